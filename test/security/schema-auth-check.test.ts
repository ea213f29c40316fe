import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { expect, it } from 'vitest';
import { assertRootFieldsDeclareAuthScopes } from '../../src/graphql/authCheck.js';

function schemaWith(define: (builder: PothosSchemaTypes.SchemaBuilder<any>) => void) {
  const builder = new SchemaBuilder<{ AuthScopes: { server: boolean; user: boolean } }>({
    plugins: [ScopeAuthPlugin],
    scopeAuth: { authScopes: () => ({ server: true, user: false }) },
  });
  builder.queryType({});
  builder.mutationType({});
  define(builder);
  return builder.toSchema();
}

// The live schema is checked where it is built (src/executableSchema.ts); these cases check the check.
it('accepts root fields open to servers, or to servers and users, or decided by a function', () => {
  const guarded = schemaWith((builder) => {
    builder.queryField('servers', (t) => t.string({ authScopes: { server: true }, resolve: () => '' }));
    builder.queryField('both', (t) => t.string({ authScopes: { server: true, user: true }, resolve: () => '' }));
    builder.mutationField('decided', (t) => t.string({ authScopes: () => ({ server: true }), resolve: () => '' }));
  });
  expect(assertRootFieldsDeclareAuthScopes(guarded)).toBe(guarded);
});

it("exempts federation's Query._service, not Query._entities", () => {
  const federation = schemaWith((builder) => {
    builder.queryField('_service', (t) => t.string({ resolve: () => '' }));
    builder.queryField('_entities', (t) => t.string({ resolve: () => '' }));
  });
  expect(() => assertRootFieldsDeclareAuthScopes(federation)).toThrow(/Query\._entities declares no authScopes$/);
  expect(() => assertRootFieldsDeclareAuthScopes(federation)).not.toThrow(/_service/);
});

it('refuses a schema with root fields that declare no authScopes, naming each of them', () => {
  const unguarded = schemaWith((builder) => {
    builder.queryField('guarded', (t) => t.string({ authScopes: { server: true }, resolve: () => 'ok' }));
    builder.queryField('forgotten', (t) => t.string({ resolve: () => 'oops' }));
    builder.mutationField('alsoForgotten', (t) => t.string({ resolve: () => 'oops' }));
  });
  expect(() => assertRootFieldsDeclareAuthScopes(unguarded)).toThrow(
    /Query\.forgotten declares no authScopes[\s\S]*Mutation\.alsoForgotten/,
  );
  expect(() => assertRootFieldsDeclareAuthScopes(unguarded)).not.toThrow(/Query\.guarded/);
});

it('refuses root fields closed to server callers or naming unknown scopes', () => {
  const userOnly = schemaWith((builder) =>
    builder.queryField('mine', (t) => t.string({ authScopes: { user: true }, resolve: () => '' })),
  );
  expect(() => assertRootFieldsDeclareAuthScopes(userOnly)).toThrow(/Query\.mine does not allow server callers/);
  const unknown = schemaWith((builder) =>
    builder.queryField('odd', (t) =>
      t.string({ authScopes: { server: true, admin: true } as never, resolve: () => '' }),
    ),
  );
  expect(() => assertRootFieldsDeclareAuthScopes(unknown)).toThrow(/Query\.odd names unknown scopes \(admin\)/);
});
