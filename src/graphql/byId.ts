import { GraphQLError } from 'graphql';

/**
 * The rule of every read by id or key: what Stream does not know (404, or its code 16) is null,
 * not an error, as `user(id)` of an unknown id always was; other failures stay errors.
 */
export async function nullWhenNotFound<T>(read: Promise<T | null | undefined>): Promise<T | null> {
  try {
    return (await read) ?? null;
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === 'NOT_FOUND') return null;
    throw error;
  }
}
