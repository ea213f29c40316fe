import { getNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { schema } from '../../src/executableSchema.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/** Same-named fields that are deliberately not the input's enum: the output is a different set. */
const NOT_THE_SAME_SET = new Set([
  'AttachmentAction.type', // a message attachment's action kind, not a block list or provider type
  'Geofence.type',
  'OpenGraph.type',
  'Reaction.type', // the reaction name users choose (like, love…): open text
  'TaskError.type',
  'TaskError.version',
  'WebhookFailoverConfig.type',
  'EventHook.product', // event hook products are not documented as a closed set
  'UserError.field', // the path to the input field a user error is about, not a sort field
]);

/** Enum outputs that echo the caller's own input, so never hold a value Stream added. */
const ECHOES_INPUT = new Set(['DeletePushProviderPayload.type']);

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ data: 'demo' });
});
afterAll(() => gateway.close());

it('every input enum field has its same-named scalar output fields typed with an enum too', () => {
  const inputEnumNames = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isInputObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (isEnumType(getNamedType(field.type))) inputEnumNames.add(field.name);
    }
  }
  const stringly: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      const scalar = named.name === 'String' || named.name === 'Int';
      if (scalar && inputEnumNames.has(field.name) && !NOT_THE_SAME_SET.has(`${type.name}.${field.name}`)) {
        stringly.push(`${type.name}.${field.name}`);
      }
    }
  }
  expect(stringly).toEqual([]);
});

it('every output field of an enum with UNKNOWN has a …Raw string sibling', () => {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    const fields = type.getFields();
    for (const field of Object.values(fields)) {
      const named = getNamedType(field.type);
      if (ECHOES_INPUT.has(`${type.name}.${field.name}`) || !isEnumType(named) || !named.getValue('UNKNOWN')) continue;
      if (fields[`${field.name}Raw`]?.type.toString() !== 'String') {
        missing.push(`${type.name}.${field.name}`);
      }
    }
  }
  expect(missing).toEqual([]);
});

it('UNKNOWN is refused as input, as a literal and as a variable, before any upstream call', async () => {
  const { result: literal, counts: literalCounts } = await gateway.countedQuery(
    'mutation { createDevice(input: { id: "d-1", pushProvider: UNKNOWN, userId: "u-1" }) { id } }',
  );
  expect(literal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(literalCounts).toEqual({});
  const { result: variable, counts: variableCounts } = await gateway.countedQuery(
    'mutation($p: PushProvider!) { createDevice(input: { id: "d-1", pushProvider: $p, userId: "u-1" }) { id } }',
    { p: 'UNKNOWN' },
  );
  expect(variable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(variableCounts).toEqual({});
});

it('a value read is accepted back by the update input (poll voting visibility round trip)', async () => {
  const created = await gateway.queryData(
    'mutation { createPoll(input: { name: "Lunch?", userId: "user-001", votingVisibility: ANONYMOUS }) { poll { id name votingVisibility votingVisibilityRaw } } }',
  );
  const poll = created.createPoll.poll;
  expect(poll).toMatchObject({ votingVisibility: 'ANONYMOUS', votingVisibilityRaw: 'anonymous' });
  const updated = await gateway.queryData(
    'mutation($input: UpdatePollInput!) { updatePoll(input: $input) { poll { votingVisibility } } }',
    { input: { id: poll.id, name: 'Lunch today?', userId: 'user-001', votingVisibility: poll.votingVisibility } },
  );
  expect(updated.updatePoll.poll.votingVisibility).toBe('ANONYMOUS');
  const sent = gateway.emulator.log.filter((entry) => entry.operation === 'updatePoll').at(-1)!.body;
  expect(sent).toMatchObject({ voting_visibility: 'anonymous' });
});
