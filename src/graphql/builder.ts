import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { Instant } from '../rest/wire/instant.js';
import { fieldComplexity } from './complexity.js';
import type { GraphQLContext } from './context.js';
import { forbidden } from './errors.js';
import { decodeGlobalIdOrRefuse } from './globalId.js';
import UserErrorsPlugin from './userErrorsPlugin.js';

/** The gateway's Pothos types: context, auth scopes and scalars. */
export interface BuilderTypes {
  Context: GraphQLContext;
  AuthScopes: { server: boolean; user: boolean };
  Scalars: {
    DateTime: { Input: Instant; Output: Instant | Date | string | number | bigint };
    JSON: { Input: unknown; Output: unknown };
    JSONObject: { Input: Record<string, unknown>; Output: Record<string, unknown> };
    URL: { Input: URL; Output: URL | string };
    NonNegativeInt: { Input: number; Output: number };
    Upload: { Input: File; Output: never };
  };
  DefaultFieldNullability: false;
  /** What a connection resolver may add to its page: the list's exact size, where Stream tells it. */
  Connection: { totalCount?: number | (() => Promise<number>) };
}

/** The field builder of input types, for helpers that add the same fields to several inputs. */
export type InputFields = PothosSchemaTypes.InputFieldBuilder<
  PothosSchemaTypes.ExtendDefaultTypes<BuilderTypes>,
  'InputObject'
>;

/** The field builder of an object type of that shape, for helpers that add the same fields to several objects. */
export type ObjectFields<Shape> = PothosSchemaTypes.ObjectFieldBuilder<
  PothosSchemaTypes.ExtendDefaultTypes<BuilderTypes>,
  Shape
>;

/** The field builder of an interface type of that shape. */
export type InterfaceFields<Shape> = PothosSchemaTypes.InterfaceFieldBuilder<
  PothosSchemaTypes.ExtendDefaultTypes<BuilderTypes>,
  Shape
>;

export const builder = new SchemaBuilder<BuilderTypes>({
  plugins: [ScopeAuthPlugin, RelayPlugin, DirectivePlugin, FederationPlugin, ComplexityPlugin, UserErrorsPlugin],
  scopeAuth: {
    // Subscriptions are authorized when they start, before any event is listened for.
    authorizeOnSubscribe: true,
    authScopes: (context) => ({
      server: context.caller.kind === 'server',
      user: context.caller.kind === 'user',
    }),
    unauthorizedError: (_parent, _context, info) =>
      forbidden(`not allowed to use ${info.parentType.name}.${info.fieldName}`),
  },
  // Only the cost model lives in the schema; the gateway checks each request against its
  // configured limits before execution (src/security/queryLimits.ts).
  complexity: { fieldComplexity, disabled: true },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // `id` stays Stream's id: federation keys and Apollo's `__typename:id` cache identity use it.
    // Node's global id (base64 of `Type:id`) is a field of its own (src/resolvers/node).
    idFieldName: 'globalId',
    decodeGlobalID: decodeGlobalIdOrRefuse,
    idFieldOptions: { description: 'The id `node(id:)` and `nodes(ids:)` take: unique across all types.' },
    nodesOnConnection: { description: 'The items of this page, without their cursors.' },
    // node(id:) and nodes(ids:) are defined with the loaders behind them (src/resolvers/node).
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    // Other subgraphs declare the same Relay PageInfo.
    pageInfoTypeOptions: { shareable: true },
  },
  defaultFieldNullability: false,
});
