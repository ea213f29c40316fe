import { readFileSync } from 'node:fs';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEmulatorAfterEach } from './support/emulator.js';
import { startTestGateway, type TestGateway } from './support/gateway.js';
import { incrementalParts } from './support/incrementalParts.js';

// Every ```graphql block of docs/SCHEMA.md runs as printed over the demo data, and the Stream
// filter the page says a `where` becomes is the one the emulator receives.

const page = readFileSync(new URL('../docs/SCHEMA.md', import.meta.url), 'utf8');
const blocks = [...page.matchAll(/^```graphql\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);

function operationOf(block: string): OperationDefinitionNode {
  const operations = parse(block).definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  expect(operations).toHaveLength(1);
  return operations[0]!;
}

const nameOf = (block: string) => operationOf(block).name?.value ?? '(unnamed)';

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ data: 'demo' });
});
afterAll(() => gateway.close());
resetEmulatorAfterEach(() => gateway.emulator);

it('the page has named examples, queries and mutations', () => {
  const operations = blocks.map(operationOf);
  expect(operations.length).toBeGreaterThanOrEqual(5);
  expect(operations.every((operation) => operation.name?.value)).toBe(true);
  expect(operations.map((operation) => operation.operation)).toContain('mutation');
});

describe.each(blocks.map((block) => [nameOf(block), block] as const))('docs/SCHEMA.md example %s', (name, block) => {
  it('runs without errors', async () => {
    if (block.includes('@defer')) {
      const { parts: answer } = await incrementalParts(gateway.url, block, gateway.serverToken);
      expect(answer.length).toBeGreaterThanOrEqual(2);
      expect(answer.flatMap((part) => part.errors ?? [])).toEqual([]);
      return;
    }
    if (name === 'DropOption') {
      const before = await gateway.queryData('{ poll(id: "poll-01") { options { id optionId } } }');
      const last = before.poll.options.at(-1);
      const data = await gateway.queryData(block, { optionId: last.optionId });
      expect(data.deletePollOption).toMatchObject({ deletedId: last.id, userErrors: [] });
      expect(data.deletePollOption.poll.options.map((option: { id: string }) => option.id)).not.toContain(last.id);
      return;
    }
    const result = await gateway.query(block);
    expect(result.errors).toBeUndefined();
    expect(Object.values(result.data ?? {}).every((value) => value !== null)).toBe(true);
  });
});

it('the `where` example sends queryPolls the filter the page shows', async () => {
  const shown = /sends queryPolls the filter\s*`([^`]+)`/.exec(page);
  expect(shown).not.toBeNull();
  const block = blocks.find((candidate) => nameOf(candidate) === 'OpenPollsByTwoUsers');
  expect(block).toBeDefined();
  const start = gateway.emulator.log.length;
  await gateway.queryData(block!);
  const requests = gateway.emulator.log.slice(start).filter((request) => request.operation === 'queryPolls');
  expect(requests).toHaveLength(1);
  expect((requests[0]!.body as { filter: unknown }).filter).toEqual(JSON.parse(shown![1]!));
});
