import type { ObjectRef } from '@pothos/core';
import { GraphQLError } from 'graphql';
import type { StreamClient } from '../rest/client.js';
import { builder, type BuilderTypes } from './builder.js';

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

type Types = PothosSchemaTypes.ExtendDefaultTypes<BuilderTypes>;

/** A server-only root field reading one thing by its id: `name(id: ID!): Type`, null when Stream has no such thing. */
export function serverQueryById<Shape>(
  name: string,
  options: {
    type: ObjectRef<Types, Shape>;
    description: string;
    idDescription: string;
    read: (stream: StreamClient, id: string) => Promise<NoInfer<Shape> | null | undefined>;
  },
): void {
  builder.queryField(name, (t) =>
    t.field({
      // Pothos cannot check a resolver against a still generic ref: `read` was checked against it above.
      type: options.type as ObjectRef<Types, object>,
      nullable: true,
      description: options.description,
      authScopes: { server: true },
      args: { id: t.arg.id({ required: true, description: options.idDescription }) },
      resolve: (_root, { id }, { stream }) =>
        nullWhenNotFound(options.read(stream, String(id)) as Promise<object | null | undefined>),
    }),
  );
}
