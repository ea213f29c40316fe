import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/server.js';
import { resetEmulatorAfterEach, TEST_API_KEY, TEST_API_SECRET } from '../support/emulator.js';
import { startTestGateway, type GraphQLResult, type TestGateway } from '../support/gateway.js';
import { leakedSecrets } from '../support/leaks.js';

// Every error class a Stream failure becomes, through HTTP: Stream's failures are forced with the
// emulator's controls, on one field of a request whose sibling field must still resolve.

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ data: 'demo', apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET });
});
afterAll(() => gateway.close());
resetEmulatorAfterEach(() => gateway.emulator);

/** One field (app, from getApp) that fails, and one (user, from queryUsers) that must not. */
const READ = `{
  app { name }
  sibling: user(id: "user-001") { id name }
}`;

interface ErrorClass {
  name: string;
  provoke(emulator: Emulator): void;
  code: string;
  /** Stream's HTTP status and error code, for failures Stream answered; absent otherwise. */
  answered?: { httpStatus: number; streamCode: number };
}

const forced =
  (status: number, code?: number, extra: { retryAfter?: number } = {}) =>
  (emulator: Emulator) => {
    emulator.controls.forcedErrors.push({ status, code, operation: 'getApp', ...extra });
  };

const classes: ErrorClass[] = [
  {
    name: 'Stream 400/4',
    provoke: forced(400, 4),
    code: 'BAD_USER_INPUT',
    answered: { httpStatus: 400, streamCode: 4 },
  },
  {
    name: 'Stream 413/22',
    provoke: forced(413),
    code: 'BAD_USER_INPUT',
    answered: { httpStatus: 413, streamCode: 22 },
  },
  { name: 'Stream 401/5', provoke: forced(401), code: 'UNAUTHENTICATED', answered: { httpStatus: 401, streamCode: 5 } },
  { name: 'Stream 403/17', provoke: forced(403), code: 'FORBIDDEN', answered: { httpStatus: 403, streamCode: 17 } },
  { name: 'Stream 404/16', provoke: forced(404), code: 'NOT_FOUND', answered: { httpStatus: 404, streamCode: 16 } },
  {
    name: 'Stream 429/9, retry-after beyond the wait',
    provoke: forced(429, 9, { retryAfter: 60 }),
    code: 'RATE_LIMITED',
    answered: { httpStatus: 429, streamCode: 9 },
  },
  {
    name: 'Stream 408/23',
    provoke: forced(408),
    code: 'UPSTREAM_TIMEOUT',
    answered: { httpStatus: 408, streamCode: 23 },
  },
  {
    name: 'Stream 500/-1',
    provoke: forced(500, -1),
    code: 'UPSTREAM_ERROR',
    answered: { httpStatus: 500, streamCode: -1 },
  },
  {
    name: 'Stream 503, after the retries',
    provoke: forced(503),
    code: 'UPSTREAM_ERROR',
    answered: { httpStatus: 503, streamCode: -1 },
  },
  {
    name: 'Stream 502 with an HTML body',
    provoke: (emulator) => emulator.controls.nonJsonBody.push({ operation: 'getApp', status: 502 }),
    code: 'UPSTREAM_ERROR',
    answered: { httpStatus: 502, streamCode: -1 },
  },
  {
    name: 'a 200 with an HTML body',
    provoke: (emulator) => emulator.controls.nonJsonBody.push({ operation: 'getApp', status: 200 }),
    code: 'UPSTREAM_ERROR',
  },
  {
    name: 'connection reset on every attempt',
    provoke: (emulator) => emulator.controls.resetConnections.push({ operation: 'getApp' }),
    code: 'UPSTREAM_ERROR',
  },
  {
    name: 'no answer within the client timeout',
    // The test gateway's client gives up after 2 s.
    provoke: (emulator) => (emulator.controls.latencyByOperation.getApp = 2_500),
    code: 'UPSTREAM_TIMEOUT',
  },
];

function expectNoSecrets(result: GraphQLResult): void {
  expect(leakedSecrets(result, [TEST_API_SECRET, TEST_API_KEY])).toEqual([]);
}

describe('each class of upstream failure, on one field of a read', () => {
  it.for(classes)('$name is $code, and the sibling field resolves', async (errorClass) => {
    errorClass.provoke(gateway.emulator);
    const result = await gateway.query(READ);

    expect(result.status).toBe(200);
    expect(result.data).toEqual({ app: null, sibling: { id: 'user-001', name: expect.any(String) } });
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors!;
    expect(error!.path).toEqual(['app']);
    expect(error!.message).toEqual(expect.any(String));
    expect(error!.extensions?.code).toBe(errorClass.code);
    if (errorClass.answered) {
      expect(error!.extensions).toMatchObject(errorClass.answered);
    } else {
      expect(error!.extensions).not.toHaveProperty('httpStatus');
      expect(error!.extensions).not.toHaveProperty('streamCode');
    }
    expectNoSecrets(result);
    // The failed call happened: the error is Stream's, not one the gateway made up before asking.
    expect(gateway.emulator.log.some((entry) => entry.operation === 'getApp')).toBe(true);
  });

  it('a 429 also tells when the rate-limit window resets', async () => {
    forced(429, 9, { retryAfter: 60 })(gateway.emulator);
    const result = await gateway.query(READ);
    const reset = result.errors?.[0]?.extensions?.rateLimitReset as string;
    expect(new Date(reset).toISOString()).toBe(reset);
  });
});

describe('connection resets', () => {
  const MUTATION = `mutation {
    failed: createPoll(input: { userId: "user-001", name: "never created" }) { poll { id } }
    sibling: blockUser(input: { userId: "user-002", blockedUserId: "user-003" }) { block { blockedUserId } }
  }`;

  // Mutation fields are nullable (schema v2): a top-level error nulls only its own field, so the next
  // mutation still runs and answers; the unknown outcome stays top-level, never a userError.
  it('on a mutation: UPSTREAM_OUTCOME_UNKNOWN with the id it made up, sent once, never a userError; only that field is null, and the next mutation still runs', async () => {
    gateway.emulator.controls.resetConnections.push({ operation: 'createPoll' });
    let result: GraphQLResult | undefined;
    const counts = await gateway.countUpstream(async () => {
      result = await gateway.query(MUTATION);
    });

    expect(counts.byOperation.createPoll).toBe(1);
    expect(counts.byOperation.blockUsers).toBe(1);
    expect(result!.data).toEqual({ failed: null, sibling: { block: { blockedUserId: 'user-003' } } });
    expect(result!.errors).toHaveLength(1);
    expect(result!.errors![0]).toMatchObject({
      path: ['failed'],
      extensions: { code: 'UPSTREAM_OUTCOME_UNKNOWN', operation: 'createPoll', failure: 'connection' },
    });
    expect(result!.errors![0]!.extensions!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
    expect(result!.errors![0]!.extensions).not.toHaveProperty('httpStatus');
    expectNoSecrets(result!);
  });

  it('on a read, once: retried, and the answer arrives', async () => {
    gateway.emulator.controls.resetConnections.push({ operation: 'getApp', times: 1 });
    let result: GraphQLResult | undefined;
    const counts = await gateway.countUpstream(async () => {
      result = await gateway.query(READ);
    });
    expect(result!.errors).toBeUndefined();
    expect(result!.data.app).toEqual({ name: expect.any(String) });
    expect(counts.byOperation.getApp).toBe(2);
  });
});
