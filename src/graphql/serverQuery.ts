import type { ObjectRef } from '@pothos/core';
import type { StreamClient } from '../rest/client.js';
import { builder, type BuilderTypes } from './builder.js';
import { nullWhenNotFound } from './byId.js';

type Types = PothosSchemaTypes.ExtendDefaultTypes<BuilderTypes>;

interface ServerQueryOptions<Type, Result> {
  type: Type;
  description: string;
  /** What the field answers, read from Stream. */
  read: (stream: StreamClient) => Promise<Result | null | undefined>;
}

/** A server-only root field without arguments that answers what one Stream read gives (null when nothing). */
export function serverQuery<Shape>(
  name: string,
  options: ServerQueryOptions<ObjectRef<Types, Shape>, NoInfer<Shape>>,
): void;
export function serverQuery<Shape>(
  name: string,
  options: ServerQueryOptions<[ObjectRef<Types, Shape>], readonly NoInfer<Shape>[]>,
): void;
export function serverQuery(name: string, options: ServerQueryOptions<unknown, unknown>): void {
  serverRootField(name, options.type, options.description, undefined, options.read);
}

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
  serverRootField(name, options.type, options.description, options.idDescription, (stream, id) =>
    nullWhenNotFound(options.read(stream, id)),
  );
}

/** A nullable, server-only root field; with an id description, it takes `id: ID!`. */
function serverRootField(
  name: string,
  type: unknown,
  description: string,
  idDescription: string | undefined,
  read: (stream: StreamClient, id: string) => Promise<unknown>,
): void {
  builder.queryField(name, (t) =>
    t.field({
      // The exported functions checked `read` against the type; Pothos cannot check a generic ref.
      type: type as ObjectRef<Types, object>,
      nullable: true,
      description,
      authScopes: { server: true },
      args: idDescription === undefined ? {} : { id: t.arg.id({ required: true, description: idDescription }) },
      resolve: (_root, args: { id?: string | number }, { stream }) =>
        read(stream, String(args.id)) as Promise<object | null | undefined>,
    }),
  );
}
