import SchemaBuilder from '@pothos/core';
import { Type } from '@sinclair/typebox';
import { graphqlSync, printType, type GraphQLNamedType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { wireFields } from '../../src/graphql/wireFields.js';
import { wireInputFields } from '../../src/graphql/wireInputFields.js';

/** A wire body with one key of each kind the helpers read: required, optional, a list, and an object they cannot type. */
const Wire = Type.Object({
  user_id: Type.String(),
  display_name: Type.Optional(Type.String()),
  tags: Type.Array(Type.String()),
  score: Type.Optional(Type.Integer()),
  nested: Type.Optional(Type.Object({ inner: Type.String() })),
});

type Fields = Parameters<typeof wireFields>[0];
type Inputs = Parameters<typeof wireInputFields>[0];

function schemaWith(define: (builder: PothosSchemaTypes.SchemaBuilder<any>) => void) {
  // No plugins: the options the project's plugins declare globally do not apply here.
  const builder = new SchemaBuilder<{}>({} as never);
  define(builder);
  return builder.toSchema();
}

function sdl(type: GraphQLNamedType | undefined | null): string {
  if (!type) throw new Error('type missing');
  return printType(type);
}

describe('wireFields', () => {
  const record = { user_id: 'u1', tags: ['a', 'b'], score: 3 };
  const schema = schemaWith((builder) => {
    const Thing = builder.objectRef<typeof record>('Thing').implement({
      fields: (t) =>
        wireFields(t as Fields, Wire, {
          userId: { description: 'The owner.', type: 'ID' },
          displayName: 'A name, if set.',
          tags: 'Labels.',
          score: { description: 'A score Stream may leave out, answered here as required.', nullable: false },
        }),
    });
    builder.queryType({ fields: (t) => ({ thing: t.field({ type: Thing, resolve: () => record }) }) });
  });

  it('types each field by its wire schema, nullable where the wire key is optional', () => {
    const printed = sdl(schema.getType('Thing'));
    expect(printed).toContain('userId: ID!');
    expect(printed).toContain('displayName: String\n');
    expect(printed).toContain('tags: [String!]!');
    expect(printed).toContain('score: Int!');
    expect(printed).toContain('"""The owner."""');
  });

  it('answers the snake_case value under the camelCase name', () => {
    const result = graphqlSync({ schema, source: '{ thing { userId displayName tags score } }' });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ thing: { userId: 'u1', displayName: null, tags: ['a', 'b'], score: 3 } });
  });

  it('refuses a key it cannot type, naming it', () => {
    const build = () =>
      schemaWith((builder) => {
        const Odd = builder.objectRef<{ nested?: object }>('Odd').implement({
          fields: (t) => wireFields(t as Fields, Wire, { nested: 'An object.' } as never),
        });
        builder.queryType({ fields: (t) => ({ odd: t.field({ type: Odd, resolve: () => ({}) }) }) });
      });
    expect(build).toThrow(/wireFields: nested has no scalar wire definition/);
  });
});

describe('wireInputFields', () => {
  it('types each input field by the request body, required where the body requires the key', () => {
    const schema = schemaWith((builder) => {
      const ThingInput = builder.inputType('ThingInput', {
        fields: (t) =>
          wireInputFields(t as Inputs, Wire, {
            userId: { description: 'The owner.', type: 'ID' },
            displayName: 'A name.',
            tags: 'Labels.',
            score: 'A score.',
          }),
      });
      builder.queryType({
        fields: (t) => ({
          echo: t.field({
            type: 'String',
            args: { input: t.arg({ type: ThingInput, required: true }) },
            resolve: (_root: unknown, { input }: { input: unknown }) => JSON.stringify(input),
          }),
        }),
      });
    });
    const printed = sdl(schema.getType('ThingInput'));
    expect(printed).toContain('userId: ID!');
    expect(printed).toContain('displayName: String\n');
    expect(printed).toContain('tags: [String!]!');
    expect(printed).toContain('score: Int\n');
    const result = graphqlSync({ schema, source: '{ echo(input: { userId: 7, tags: ["x"], score: 2 }) }' });
    expect(result.errors).toBeUndefined();
    expect(JSON.parse((result.data as { echo: string }).echo)).toEqual({ userId: '7', tags: ['x'], score: 2 });
  });

  it('refuses a key it cannot type, naming it', () => {
    const build = () =>
      schemaWith((builder) => {
        builder.inputType('OddInput', { fields: (t) => wireInputFields(t as Inputs, Wire, { nested: 'An object.' }) });
        builder.queryType({ fields: (t) => ({ ok: t.boolean({ resolve: () => true }) }) });
      });
    expect(build).toThrow(/wireInputFields: nested has no scalar wire definition/);
  });
});
