import { getNamedType, isInterfaceType, isNonNullType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/executableSchema.js';
import { StreamApiError } from '../../src/rest/errors.js';
import { rejectionOf, resetEmulatorAfterEach, TEST_API_KEY, TEST_API_SECRET } from '../support/emulator.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

// Errors as data: what Stream refuses as input (400, code 4, exception_fields) and targets that do
// not exist come back as `userErrors` in the payload; authentication, authorization and upstream
// failures stay top-level errors with codes.

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ data: 'demo', apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET });
});
afterAll(() => gateway.close());
resetEmulatorAfterEach(() => gateway.emulator);

describe('the payload shape', () => {
  it('every mutation answers a payload implementing MutationPayload, whose other fields are nullable; the mutation field is nullable, so a top-level failure nulls only itself', () => {
    const mutationPayload = schema.getType('MutationPayload');
    expect(isInterfaceType(mutationPayload)).toBe(true);
    const mutations = Object.values(schema.getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThan(50);
    for (const mutation of mutations) {
      expect(isNonNullType(mutation.type), mutation.name).toBe(false);
      const payload = getNamedType(mutation.type);
      if (!isObjectType(payload)) throw new Error(`${mutation.name} answers ${payload.name}`);
      expect(
        payload.getInterfaces().map((i) => i.name),
        mutation.name,
      ).toContain('MutationPayload');
      for (const field of Object.values(payload.getFields())) {
        const nonNull = isNonNullType(field.type);
        expect(nonNull, `${payload.name}.${field.name}`).toBe(field.name === 'userErrors');
      }
    }
  });
});

describe("Stream's input errors", () => {
  it('the emulator answers an invalid poll as Stream does: 400, code 4, exception_fields naming the field', async () => {
    const error = await rejectionOf(gateway.client.createPoll({ name: '  ', user_id: 'user-001' }));
    expect(error).toBeInstanceOf(StreamApiError);
    expect(error).toMatchObject({ status: 400, code: 4, exceptionFields: { name: expect.any(String) } });
  });

  it('become userErrors with a path into the input; the other fields are null and nothing was created', async () => {
    const before = (await gateway.queryData('{ polls(first: 100) { edges { node { id } } } }')).polls.edges.length;
    const { result, counts } = await gateway.countedQuery(
      `mutation { createPoll(input: { name: "  ", userId: "user-001" }) {
        poll { id } userErrors { field message code }
      } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.createPoll).toEqual({
      poll: null,
      userErrors: [{ field: ['input', 'name'], message: expect.stringMatching(/^name: .+/), code: 'INVALID_INPUT' }],
    });
    expect(counts).toEqual({ createPoll: 1 });
    const after = (await gateway.queryData('{ polls(first: 100) { edges { node { id } } } }')).polls.edges.length;
    expect(after).toBe(before);
  });

  it('every field Stream names is one userError; an answer naming none is one userError without a path', async () => {
    gateway.emulator.controls.forcedErrors.push({
      status: 400,
      code: 4,
      operation: 'createPoll',
      times: 1,
      message: 'CreatePoll failed with error: "invalid fields"',
      exceptionFields: { max_votes_allowed: 'must be at most 10', 'options.1.text': 'must not be empty' },
    });
    const named = await gateway.queryData(
      `mutation { createPoll(input: { name: "Lunch?", userId: "user-001" }) { poll { id } userErrors { field code } } }`,
    );
    expect(named.createPoll.userErrors).toEqual([
      { field: ['input', 'maxVotesAllowed'], code: 'INVALID_INPUT' },
      { field: ['input', 'options', '1', 'text'], code: 'INVALID_INPUT' },
    ]);

    gateway.emulator.controls.forcedErrors.push({ status: 400, code: 4, operation: 'createPoll', times: 1 });
    const unnamed = await gateway.queryData(
      `mutation { createPoll(input: { name: "Lunch?", userId: "user-001" }) { userErrors { field message code } } }`,
    );
    expect(unnamed.createPoll.userErrors).toEqual([
      { field: null, message: expect.stringContaining('forced error'), code: 'INVALID_INPUT' },
    ]);
  });

  it('other 4xx answers of Stream stay top-level errors (a payload too big is no field of the input)', async () => {
    gateway.emulator.controls.forcedErrors.push({ status: 413, code: 22, operation: 'createPoll', times: 1 });
    const result = await gateway.query(
      `mutation { createPoll(input: { name: "Lunch?", userId: "user-001" }) { userErrors { code } } }`,
    );
    expect(result.data).toEqual({ createPoll: null });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', streamCode: 22 });
  });
});

describe('missing targets', () => {
  it("Stream's 404 (server token) is a NOT_FOUND userError", async () => {
    const { result, counts } = await gateway.countedQuery(
      'mutation { deletePoll(input: { pollId: "no-such-poll" }) { deletedId userErrors { field message code } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.deletePoll).toEqual({
      deletedId: null,
      userErrors: [{ field: null, message: expect.stringContaining('no-such-poll'), code: 'NOT_FOUND' }],
    });
    expect(counts).toEqual({ deletePoll: 1 });
  });

  it("the gateway's own look-up (user token) is the same NOT_FOUND userError, before any write", async () => {
    const token = await gateway.userToken('user-150');
    const { result, counts } = await gateway.countedQuery(
      'mutation { deletePoll(input: { pollId: "no-such-poll" }) { deletedId userErrors { code } } }',
      undefined,
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.deletePoll).toEqual({ deletedId: null, userErrors: [{ code: 'NOT_FOUND' }] });
    expect(counts.deletePoll).toBeUndefined();
  });
});

describe('failures that stay top-level', () => {
  it('a user token refused a server-only mutation is FORBIDDEN, with no payload and no upstream call', async () => {
    const token = await gateway.userToken('user-150');
    const { result, counts } = await gateway.countedQuery(
      'mutation { deleteRole(input: { name: "admin" }) { deletedName userErrors { code } } }',
      undefined,
      token,
    );
    expect(result.data).toEqual({ deleteRole: null });
    expect(result.errors.map((error: { extensions: { code: string } }) => error.extensions.code)).toEqual([
      'FORBIDDEN',
    ]);
    expect(counts).toEqual({});
  });

  it("changing someone else's poll is FORBIDDEN, not a userError", async () => {
    const token = await gateway.userToken('user-150');
    const result = await gateway.query(
      'mutation { deletePoll(input: { pollId: "poll-01" }) { deletedId userErrors { code } } }',
      undefined,
      token,
    );
    expect(result.data).toEqual({ deletePoll: null });
    expect(result.errors?.[0]).toMatchObject({ path: ['deletePoll'], extensions: { code: 'FORBIDDEN' } });
  });

  it('Stream refusing the credentials is a top-level error, not a userError', async () => {
    gateway.emulator.controls.forcedErrors.push({ status: 401, code: 5, operation: 'createPoll', times: 1 });
    const result = await gateway.query(
      `mutation { createPoll(input: { name: "Lunch?", userId: "user-001" }) { userErrors { code } } }`,
    );
    expect(result.data).toEqual({ createPoll: null });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', streamCode: 5 });
  });

  it('an upstream failure is UPSTREAM_ERROR at the top level', async () => {
    gateway.emulator.controls.forcedErrors.push({ status: 500, code: -1, operation: 'deletePoll', times: 1 });
    const result = await gateway.query('mutation { deletePoll(input: { pollId: "poll-01" }) { deletedId } }');
    expect(result.data).toEqual({ deletePoll: null });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_ERROR' });
  });
});

describe('delete payloads', () => {
  it('deletePollOption answers the removed id and the poll without it', async () => {
    const poll = (await gateway.queryData('{ poll(id: "poll-02") { options { id optionId } } }')).poll;
    const [removed] = poll.options;
    const data = await gateway.queryData(
      `mutation ($id: ID!) { deletePollOption(input: { pollId: "poll-02", optionId: $id }) {
        deletedId poll { id options { id optionId } } userErrors { code }
      } }`,
      { id: removed.optionId },
    );
    expect(data.deletePollOption).toEqual({
      deletedId: removed.id,
      poll: { id: 'poll-02', options: poll.options.slice(1) },
      userErrors: [],
    });
  });
});
