import { Type, type TSchema } from '@sinclair/typebox';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { OperationInput } from '../../src/rest/operation.js';
import { operationList } from '../../src/rest/operations.js';
import { createPoll, updatePoll } from '../../src/rest/polls.js';
import { updateApp } from '../../src/rest/app.js';
import { JsonObject } from '../../src/rest/wire/primitives.js';
import {
  camelToSnake,
  snakeToCamel,
  toWire,
  type CamelToSnake,
  type SnakeToCamel,
} from '../../src/rest/wire/toWire.js';
import { toWireInput } from '../../src/rest/wireInput.js';

const Settings = Type.Object({
  name: Type.String(),
  max_votes_allowed: Type.Optional(Type.Integer()),
  apn_p12_cert: Type.Optional(Type.String()),
  custom: Type.Optional(JsonObject),
  options: Type.Optional(
    Type.Array(Type.Object({ text: Type.Optional(Type.String()), is_default: Type.Optional(Type.Boolean()) })),
  ),
  nested: Type.Optional(Type.Object({ time_zone: Type.String(), extra_data: Type.Optional(JsonObject) })),
  tags: Type.Optional(Type.Array(Type.String())),
});

describe('toWire', () => {
  it('renames each key as the schema names it, digits included', () => {
    expect(toWire(Settings, { name: 'q', maxVotesAllowed: 2, apnP12Cert: 'pem' })).toEqual({
      name: 'q',
      max_votes_allowed: 2,
      apn_p12_cert: 'pem',
    });
  });

  it('drops null and undefined, keeps false, zero and empty strings', () => {
    const wire = toWire(Settings, { name: '', maxVotesAllowed: null, apnP12Cert: undefined, options: null });
    expect(wire).toEqual({ name: '' });
    expect(Object.keys(wire)).toEqual(['name']);
    expect(toWire(Settings, { name: 'q', maxVotesAllowed: 0, options: [{ isDefault: false }] })).toEqual({
      name: 'q',
      max_votes_allowed: 0,
      options: [{ is_default: false }],
    });
  });

  it('passes free-form values through untouched, camelCase keys and nulls inside them included', () => {
    const custom = { favouriteColour: 'blue', nested_key: { innerKey: null }, list: [{ someKey: 1 }] };
    const wire = toWire(Settings, { name: 'q', custom, nested: { timeZone: 'UTC', extraData: { keepMe: null } } });
    expect(wire.custom).toBe(custom);
    expect(wire.nested).toEqual({ time_zone: 'UTC', extra_data: { keepMe: null } });
  });

  it('converts every object of a nested array and leaves arrays of scalars alone', () => {
    const tags = ['camelCase', 'snake_case'];
    const wire = toWire(Settings, {
      name: 'q',
      options: [{ text: 'a', isDefault: true }, { text: 'b', isDefault: null }, {}],
      tags,
    });
    expect(wire.options).toEqual([{ text: 'a', is_default: true }, { text: 'b' }, {}]);
    expect(wire.tags).toBe(tags);
  });

  it('does not send keys the schema does not name', () => {
    const input = { name: 'q', notOnTheWire: 1, max_votes_allowed: 3 };
    expect(toWire(Settings, input)).toEqual({ name: 'q' });
  });

  it('is typed by the schema: camelCase keys in, the decoded wire type out', () => {
    expectTypeOf(toWire(Settings, { name: 'q' })).toEqualTypeOf<(typeof Settings)['static']>();
    expectTypeOf<SnakeToCamel<'apn_p12_cert'>>().toEqualTypeOf<'apnP12Cert'>();
    expectTypeOf<SnakeToCamel<'Disabled'>>().toEqualTypeOf<'Disabled'>();
    // @ts-expect-error a misspelt key does not compile
    toWire(Settings, { name: 'q', maxVoteAllowed: 2 });
    // @ts-expect-error a snake_case key does not compile either
    toWire(Settings, { name: 'q', max_votes_allowed: 2 });
    // @ts-expect-error a required field may not be left out
    toWire(Settings, { maxVotesAllowed: 2 });
    // @ts-expect-error nor be null
    toWire(Settings, { name: null });
    // @ts-expect-error nested objects are checked as well
    toWire(Settings, { name: 'q', options: [{ txt: 'a' }] });
  });
});

describe('toWireInput', () => {
  it("builds an operation's input, checked against its body", () => {
    const input = toWireInput(updatePoll, {
      id: 'p1',
      name: 'Lunch?',
      votingVisibility: 'anonymous',
      allowUserSuggestedOptions: true,
      isClosed: null,
      options: [{ id: 'o1', text: 'Pizza', custom: { emojiName: 'pizza' } }],
      userId: 'u1',
    });
    expectTypeOf(input).toEqualTypeOf<OperationInput<typeof updatePoll>>();
    expect(input).toEqual({
      id: 'p1',
      name: 'Lunch?',
      voting_visibility: 'anonymous',
      allow_user_suggested_options: true,
      options: [{ id: 'o1', text: 'Pizza', custom: { emojiName: 'pizza' } }],
      user_id: 'u1',
    });
    // @ts-expect-error createPoll has no `pollId`
    toWireInput(createPoll, { name: 'q', pollId: 'p' });
  });

  it('converts settings nested several levels deep', () => {
    const input = toWireInput(updateApp, {
      pushConfig: { version: 'v3', offlineOnly: true },
      eventHooks: [{ hookType: 'webhook', callback: { serverUrl: 'https://example.test', mode: null } }],
      grants: { channel_member: ['read-channel'] },
    });
    expect(input).toEqual({
      push_config: { version: 'v3', offline_only: true },
      event_hooks: [{ hook_type: 'webhook', callback: { server_url: 'https://example.test' } }],
      grants: { channel_member: ['read-channel'] },
    });
  });

  it('camelToSnake takes a camelCase name back to its wire key, at run time and in types', () => {
    const keys = ['permission_version', 'chat_primary_use_case', 'apn_p12_cert', 'feeds_v2_region', 'type'];
    expect(keys.map((key) => camelToSnake(snakeToCamel(key)))).toEqual(keys);
    const typed: CamelToSnake<'apnP12Cert'> = 'apn_p12_cert';
    expect(typed).toBe(camelToSnake('apnP12Cert'));
    // @ts-expect-error the type keeps the underscores
    const wrong: CamelToSnake<'votingVisibility'> = 'votingvisibility';
    expect(wrong).not.toBe(camelToSnake('votingVisibility'));
  });

  it('reaches every key of every operation: snakeToCamel never maps two wire keys of one object alike', () => {
    const clashes: string[] = [];
    const visit = (where: string, schema: TSchema): void => {
      if (schema.type === 'array') visit(where, schema.items as TSchema);
      if (schema.type !== 'object' || !schema.properties) return;
      const seen = new Map<string, string>();
      for (const [key, property] of Object.entries(schema.properties as Record<string, TSchema>)) {
        const camel = snakeToCamel(key);
        if (seen.has(camel)) clashes.push(`${where}: ${seen.get(camel)} and ${key}`);
        seen.set(camel, key);
        visit(`${where}.${key}`, property);
      }
    };
    for (const operation of operationList) {
      visit(operation.name, Type.Object({ ...operation.params.properties, ...operation.body?.properties }));
    }
    expect(operationList.length).toBeGreaterThan(80);
    expect(clashes).toEqual([]);
  });
});
