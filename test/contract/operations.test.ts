import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/server.js';
import type { LoggedRequest } from '../../src/emulator/controls.js';
import { decodeLenient } from '../../src/rest/decode.js';
import type { Operation } from '../../src/rest/operation.js';
import { operationList, operations, type OperationName } from '../../src/rest/operations.js';
import { StreamApiError, type StreamClient } from '../../src/rest/index.js';
import { ContractCoverage } from '../support/contractCoverage.js';
import { datePaths, invalidDatePaths } from '../support/dates.js';
import { clientFor, startTestEmulator } from '../support/emulator.js';
import { startRecordingProxy, type RecordingProxy } from '../support/recordingProxy.js';
import { officialClientFor, officialMethod, type OfficialClient } from '../support/sdk.js';
import { checkExchange } from '../support/wireCheck.js';
import type { Context, Family } from './families/family.js';
import { families } from './families/index.js';
import { describeError, runFamily, settle, stepLabel, type Call, type Settled } from './families/run.js';

interface Rig {
  emulator: Emulator;
  proxy: RecordingProxy;
  sdk: OfficialClient;
  ours: StreamClient;
  close(): Promise<void>;
}

/** An emulator behind a recording proxy, with both clients talking to the proxy. */
async function startRig(): Promise<Rig> {
  const emulator = await startTestEmulator();
  const proxy = await startRecordingProxy(emulator.url);
  const sdk = officialClientFor(proxy.url, emulator.apiKey, emulator.apiSecret);
  const ours = clientFor({ ...emulator, url: proxy.url });
  return {
    emulator,
    proxy,
    sdk,
    ours,
    async close() {
      await ours.close();
      await proxy.close();
      await emulator.close();
    },
  };
}

function ourCall(client: StreamClient): Call {
  return (operation, input) => (client[operation] as (input: unknown) => Promise<unknown>)(input);
}

/** Validates every raw answer the proxy saw, recording which operations answered in the right shape. */
function expectWireShapes(proxy: RecordingProxy, coverage: ContractCoverage): void {
  const broken: string[] = [];
  for (const exchange of proxy.exchanges) {
    const verdict = checkExchange(exchange);
    const where = `${verdict.operation?.name ?? '?'} ${exchange.method} ${exchange.pathname} → ${exchange.status}`;
    if (verdict.problems.length > 0)
      broken.push(`${where}: ${verdict.problems.join('; ')} ${exchange.text.slice(0, 300)}`);
    else if (verdict.operation) coverage.record(verdict.operation.name, `${verdict.kind} schema`);
  }
  expect(broken, broken.join('\n')).toEqual([]);
}

/**
 * Runs a family with the official SDK where it has a method for the operation, our client
 * elsewhere, recording what each answer proved; answers the instants the two decode differently.
 */
async function performFamily(rig: Rig, family: Family, coverage: ContractCoverage): Promise<string[]> {
  const dateMismatches: string[] = [];
  const callerFor = (operation: OperationName): Call => {
    const official = officialMethod(rig.sdk, operation);
    if (!official) return ourCall(rig.ours);
    return (_operation, input) => official(input);
  };
  await runFamily(family, callerFor, (operation, answer) => {
    const label = `${family.name} ${operation}`;
    const official = officialMethod(rig.sdk, operation) !== undefined;
    coverage.record(operation, official ? 'official SDK' : 'own client');
    expect(invalidDatePaths(answer), `${label}: dates that did not decode`).toEqual([]);
    if (official) dateMismatches.push(...compareDecodedDates(operations[operation], answer, rig.proxy));
  });
  return dateMismatches;
}

describe('the official SDK performs every operation against the emulator', () => {
  let rig: Rig;
  const coverage = new ContractCoverage();
  const dateMismatches: string[] = [];
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(() => rig.close());

  it('has a method for every operation but createPermission, deletePermission and updatePermission', () => {
    const lacking = operationList.filter((operation) => !officialMethod(rig.sdk, operation.name));
    expect(lacking.map((operation) => operation.name).sort()).toEqual([
      'createPermission',
      'deletePermission',
      'updatePermission',
    ]);
  });

  it.each(families.map((family) => [family.name, family] as const))('%s', async (_name, family) => {
    dateMismatches.push(...(await performFamily(rig, family, coverage)));
  });

  it('decodes instants where the official SDK does', () => {
    const unique = [...new Set(dateMismatches)];
    expect(unique, unique.join('\n')).toEqual([]);
  });

  it('received answers that all match the wire schemas', () => {
    expectWireShapes(rig.proxy, coverage);
  });
});

/**
 * Decodes the raw body the SDK just received with our schema and compares where each side
 * found instants: a field the SDK turns into a Date must be a DateTime in our wire schema.
 */
function compareDecodedDates(operation: Operation, officialAnswer: unknown, proxy: RecordingProxy): string[] {
  const raw = proxy.exchanges.at(-1);
  if (!raw || raw.status >= 300) return [];
  const ours = new Set(datePaths(decodeLenient(operation.response, JSON.parse(raw.text))));
  const official = new Set(datePaths(officialAnswer));
  return [
    ...[...official].filter((path) => !ours.has(path)).map((path) => `${operation.name}: only the SDK decodes ${path}`),
    ...[...ours].filter((path) => !official.has(path)).map((path) => `${operation.name}: only we decode ${path}`),
  ];
}

const FORCED = [400, 401, 403, 404, 408, 413, 500];

/**
 * Makes an operation fail three ways through our client: a forced error (status by index), the
 * handler's answer to an input holding only path parameters, and a token signed with another secret.
 */
async function failOperation(rig: Rig, operation: Operation, index: number): Promise<void> {
  const input = placeholderInput(operation);
  const status = FORCED[index % FORCED.length]!;
  rig.emulator.controls.forcedErrors.push({ status, operation: operation.name, times: 1 });
  const forced = await settle(ourCall(rig.ours)(operation.name as OperationName, input));
  expect(forced.ok).toBe(false);
  if (!forced.ok) {
    expect(forced.error, describeError(forced.error)).toBeInstanceOf(StreamApiError);
    expect((forced.error as StreamApiError).status).toBe(status);
  }
  // Whatever the handler makes of an input holding only path parameters (mostly a 400 naming a field).
  await settle(ourCall(rig.ours)(operation.name as OperationName, input));
  const stranger = clientFor({ ...rig.emulator, url: rig.proxy.url, apiSecret: 'not-the-secret' });
  const unsigned = await settle(ourCall(stranger)(operation.name as OperationName, input));
  await stranger.close();
  expect(unsigned.ok ? 0 : (unsigned.error as StreamApiError).code).toBe(43);
}

describe('every operation answers failures in Stream’s error shape', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(() => rig.close());

  it.each(operationList.map((operation, index) => [operation.name, operation, index] as const))(
    '%s',
    (_name, operation, index) => failOperation(rig, operation, index),
  );

  it('answered every error in the shape of Stream’s APIError', () => {
    expectWireShapes(rig.proxy, new ContractCoverage());
  });
});

/** Path parameters filled with a value that names nothing; everything else left out. */
function placeholderInput(operation: Operation): Record<string, unknown> {
  const values: Record<string, string> = { type: 'firebase' };
  const input: Record<string, unknown> = {};
  for (const [, name] of operation.path.matchAll(/\{(\w+)\}/g)) input[name!] = values[name!] ?? 'no-such-thing';
  return input;
}

/** Runs a family's steps with the official SDK and with our client, comparing the requests each sent. */
async function compareRequests(rig: Rig, family: Family, coverage: ContractCoverage): Promise<void> {
  const context: Context = {};
  for (const [index, step] of family.steps.entries()) {
    const label = stepLabel(family, index, step);
    const input = step.input?.(context) ?? {};
    const official = officialMethod(rig.sdk, step.operation);
    let officialRequests: LoggedRequest[] = [];
    let officialOutcome: Settled | undefined;
    if (official) {
      const start = rig.emulator.log.length;
      officialOutcome = await settle(official(input));
      officialRequests = rig.emulator.log.slice(start);
    }
    const start = rig.emulator.log.length;
    const ourOutcome = await settle(ourCall(rig.ours)(step.operation, input));
    const ourRequests = rig.emulator.log.slice(start);

    expect.soft(ourRequests.length, `${label}: requests our client sent`).toBe(1);
    expectMetadata(step.operation, ourOutcome, label, coverage);
    const keptFrom = officialOutcome ?? ourOutcome;
    if (keptFrom.ok) step.keep?.(keptFrom.answer, context);
    if (!official) continue;
    expect.soft(officialRequests.length, `${label}: requests the SDK sent`).toBe(1);
    const theirs = comparable(officialRequests[0]);
    const ours = comparable(ourRequests[0]);
    expect.soft(ours, `${label}: our request differs from the SDK's`).toEqual(theirs);
    if (isDeepStrictEqual(ours, theirs)) coverage.record(step.operation, 'same request');
  }
}

describe('our client sends what the official SDK sends', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(() => rig.close());

  it.each(families.map((family) => [family.name, family] as const))('%s', (_name, family) =>
    compareRequests(rig, family, new ContractCoverage()),
  );

  it('received answers that all match the wire schemas', () => {
    expectWireShapes(rig.proxy, new ContractCoverage());
  });
});

/** Our client's answer, or its error, exposes the status, request id and rate limit. */
function expectMetadata(operation: string, outcome: Settled, label: string, coverage: ContractCoverage): void {
  const metadata = outcome.ok
    ? (outcome.answer as { metadata?: StreamApiError['metadata'] }).metadata
    : outcome.error instanceof StreamApiError
      ? outcome.error.metadata
      : undefined;
  expect.soft(metadata, `${label}: metadata`).toBeDefined();
  if (!metadata) return;
  const { requestId, rateLimit } = metadata;
  const valid =
    typeof requestId === 'string' &&
    requestId.length > 0 &&
    Number.isInteger(rateLimit?.limit) &&
    Number.isInteger(rateLimit?.remaining) &&
    rateLimit!.reset instanceof Date &&
    !Number.isNaN(rateLimit!.reset.getTime());
  expect.soft(valid, `${label}: requestId and rateLimit in ${JSON.stringify(metadata)}`).toBe(true);
  if (valid) coverage.record(operation, 'metadata');
}

/** A logged request as the comparison sees it: JSON-valued query parameters parsed, api_key included. */
function comparable(entry: LoggedRequest | undefined) {
  if (!entry) return undefined;
  const query = Object.fromEntries(Object.entries(entry.query).map(([key, value]) => [key, parseIfJson(value)]));
  return { method: entry.method, path: entry.path, query, body: entry.body };
}

function parseIfJson(value: string): unknown {
  if (!value.startsWith('{') && !value.startsWith('[')) return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** Every proof made afresh, on rigs of its own: the coverage case needs no other test to have run. */
async function proveAll(): Promise<ContractCoverage> {
  const coverage = new ContractCoverage();
  const withRig = async (use: (rig: Rig) => Promise<void>) => {
    const rig = await startRig();
    try {
      await use(rig);
      expectWireShapes(rig.proxy, coverage);
    } finally {
      await rig.close();
    }
  };
  await withRig(async (rig) => {
    for (const family of families) await performFamily(rig, family, coverage);
  });
  await withRig(async (rig) => {
    for (const [index, operation] of operationList.entries()) await failOperation(rig, operation, index);
  });
  await withRig(async (rig) => {
    for (const family of families) await compareRequests(rig, family, coverage);
  });
  return coverage;
}

describe('coverage', () => {
  // The whole contract once more (proveAll): more time than other tests, for a busy machine.
  it('proves all 90 operations', async () => {
    const coverage = await proveAll();
    console.log(`\nContract coverage of the ${operationList.length} operations\n${coverage.table()}\n`);
    expect(operationList).toHaveLength(90);
    const ran = operationList.filter(
      (o) => !coverage.has(o.name, 'official SDK') && !coverage.has(o.name, 'own client'),
    );
    expect(
      ran.map((o) => o.name),
      'operations no client performed',
    ).toEqual([]);
    expect(coverage.missing('success schema'), 'operations without a schema-checked success').toEqual([]);
    expect(coverage.missing('error schema'), 'operations without a schema-checked error').toEqual([]);
    expect(coverage.missing('metadata'), 'operations whose metadata was not checked').toEqual([]);
    const sdkOperations = operationList.filter((o) => coverage.has(o.name, 'official SDK')).map((o) => o.name);
    expect(sdkOperations).toHaveLength(87);
    expect(
      sdkOperations.filter((name) => !coverage.has(name, 'same request')),
      'requests that differ',
    ).toEqual([]);
  }, 120_000);
});
