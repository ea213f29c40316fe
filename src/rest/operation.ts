import type { StaticDecode, TObject, TSchema } from '@sinclair/typebox';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One REST operation of Stream's common API, described once: the client builds its call
 * from it and the emulator routes and validates with it.
 */
export interface Operation<
  Name extends string = string,
  Params extends TObject = TObject,
  Body extends TObject | undefined = TObject | undefined,
  Result extends TSchema = TSchema,
> {
  readonly name: Name;
  readonly method: HttpMethod;
  /**
   * Whether sending it twice leaves Stream as sending it once and answers alike: reads (GET or
   * POST), replacing updates and upserts keyed by the caller. Only these are retried. Creates and
   * deletes are not: a repeated create is refused or duplicated, a repeated delete answers 404.
   */
  readonly idempotent: boolean;
  /**
   * The body field naming what a create makes, when the caller may choose it: the client fills it
   * with a UUIDv7 when left out, so that a write whose outcome is unknown can be looked up or sent
   * again (Stream refuses an id it already has).
   */
  readonly createdId?: 'id';
  /** Path template with `{param}` placeholders, e.g. `/api/v2/polls/{poll_id}`. */
  readonly path: string;
  /** HTTP status of a successful answer (Stream answers most writes with 201). */
  readonly status: 200 | 201;
  /** Path placeholders and query parameters. */
  readonly params: Params;
  /** JSON (or multipart) body, absent for operations that send none. */
  readonly body?: Body;
  readonly multipart?: boolean;
  readonly response: Result;
}

export function defineOperation<
  const Name extends string,
  Params extends TObject,
  Result extends TSchema,
  Body extends TObject | undefined = undefined,
>(operation: Operation<Name, Params, Body, Result>): Operation<Name, Params, Body, Result> {
  return operation;
}

type BodyInput<B> = B extends TObject ? StaticDecode<B> : unknown;

/** What a caller passes: path, query and body fields in one object, as the official SDK takes them. */
export type OperationInput<O> =
  O extends Operation<string, infer P, infer B, TSchema> ? StaticDecode<P> & BodyInput<B> : never;

export type OperationResult<O> =
  O extends Operation<string, TObject, TObject | undefined, infer R> ? StaticDecode<R> : never;

export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}
