import { Type, type StaticDecode, type TObject, type TProperties, type TSchema, type TString } from '@sinclair/typebox';

/**
 * An object schema. `params` is computed from the path by defineOperation, and TypeScript cannot
 * check such a computed TObject against TObject while it is still generic; this it can.
 */
type ObjectSchema = TSchema & { properties: TProperties };

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One REST operation of Stream's common API, described once: the client builds its call
 * from it and the emulator routes and validates with it.
 */
export interface Operation<
  Name extends string = string,
  Params extends ObjectSchema = TObject,
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
  /** The names of `params` that fill the path's placeholders, in path order. */
  readonly pathParams: readonly string[];
  /** The names of `params` sent as query parameters: the others. */
  readonly queryParams: readonly string[];
  /** JSON (or multipart) body, absent for operations that send none. */
  readonly body?: Body;
  readonly multipart?: boolean;
  readonly response: Result;
}

/** The `{param}` placeholders of a path template, as a union of names. */
type PathParamName<Path extends string> = Path extends `${infer _Head}{${infer Name}}${infer Rest}`
  ? Name | PathParamName<Rest>
  : never;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The path placeholders as plain strings (unless the query declares them), then the query parameters. */
type ParamsOf<Path extends string, Query extends TObject> = TObject<
  Simplify<{ [K in Exclude<PathParamName<Path>, keyof Query['properties']>]: TString } & Query['properties']>
>;

/** An operation as it is written: what the method, the path and Stream's habits imply is left out. */
interface OperationDefinition<Name extends string, Path extends string, Query extends TObject, Body, Result> {
  readonly name: Name;
  readonly method: HttpMethod;
  readonly path: Path;
  /** Default: true for GET, PUT and PATCH, false for DELETE and POST (a POST that is safe to repeat says so). */
  readonly idempotent?: boolean;
  readonly createdId?: 'id';
  /** Query parameters, and any path placeholder that is more than a plain string. */
  readonly query?: Query;
  readonly body?: Body;
  readonly multipart?: boolean;
  readonly response: Result;
}

const IDEMPOTENT_METHODS = new Set<HttpMethod>(['GET', 'PUT', 'PATCH']);
/** Stream answers a successful POST or PUT with 201, anything else with 200. */
const CREATED_METHODS = new Set<HttpMethod>(['POST', 'PUT']);
const NO_QUERY = Type.Object({});

export function defineOperation<
  const Name extends string,
  const Path extends string,
  Result extends TSchema,
  Query extends TObject = TObject<{}>,
  Body extends TObject | undefined = undefined,
>({
  query = NO_QUERY as Query,
  ...definition
}: OperationDefinition<Name, Path, Query, Body, Result>): Operation<Name, ParamsOf<Path, Query>, Body, Result> {
  const pathParams = pathParamNames(definition.path);
  const params = Type.Object({
    ...Object.fromEntries(pathParams.map((name) => [name, Type.String()])),
    ...query.properties,
  });
  return {
    idempotent: IDEMPOTENT_METHODS.has(definition.method),
    status: CREATED_METHODS.has(definition.method) ? 201 : 200,
    ...definition,
    params: params as unknown as ParamsOf<Path, Query>,
    pathParams,
    queryParams: Object.keys(params.properties).filter((name) => !pathParams.includes(name)),
  };
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
