import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { expect, it } from 'vitest';
import { assertRootFieldsDeclareAuthScopes } from '../../src/schema/authCheck.js';
import { schema } from '../../src/schema/index.js';

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

it('accepts the live schema', () => {
  expect(() => assertRootFieldsDeclareAuthScopes(schema)).not.toThrow();
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
