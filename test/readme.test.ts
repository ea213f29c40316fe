import { readFileSync } from 'node:fs';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/gateway.js';

// Every ```graphql block of the README runs as printed, over the demo data `npm start` serves.

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/^```graphql\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);

/** How a block is run when the server token is not what the README says to use. */
const runAs: Record<string, { userId: string }> = {
  // "A mutation, with the demo user token": the poll is created as user-001.
  NewPoll: { userId: 'user-001' },
};

function operationOf(block: string): OperationDefinitionNode {
  const operations = parse(block).definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  expect(operations).toHaveLength(1);
  return operations[0]!;
}

/** Where `value` holds a null or an empty list: what a printed example should not answer. */
function emptySpots(value: unknown, path = 'data'): string[] {
  if (value === null || value === undefined) return [path];
  if (Array.isArray(value))
    return value.length === 0 ? [path] : value.flatMap((item, i) => emptySpots(item, `${path}[${i}]`));
  if (typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => emptySpots(inner, `${path}.${key}`));
  return [];
}

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ data: 'demo' });
});
afterAll(() => gateway.close());

it('the README has example queries and a mutation, each a named operation', () => {
  const operations = blocks.map(operationOf);
  expect(operations.length).toBeGreaterThanOrEqual(3);
  expect(operations.every((operation) => operation.name?.value)).toBe(true);
  expect(operations.map((operation) => operation.operation)).toContain('mutation');
  // Every special case here still matches an example.
  const names = operations.map((operation) => operation.name!.value);
  for (const name of Object.keys(runAs)) expect(names).toContain(name);
});

describe.each(blocks.map((block) => [operationOf(block).name?.value ?? '(unnamed)', block] as const))(
  'README example %s',
  (name, block) => {
    it('runs without errors and answers every field it selects', async () => {
      const as = runAs[name];
      const token = as ? await gateway.userToken(as.userId) : gateway.serverToken;
      const result = await gateway.query(block, undefined, token);
      expect(result.status).toBe(200);
      expect(result.errors).toBeUndefined();
      expect(Object.keys(result.data ?? {})).not.toHaveLength(0);
      expect(emptySpots(result.data)).toEqual([]);
    });
  },
);

it('as the README says, the demo user token gets FORBIDDEN on the moderation example', async () => {
  const block = blocks.find((candidate) => operationOf(candidate).name?.value === 'Moderation');
  expect(block).toBeDefined();
  const result = await gateway.query(block!, undefined, await gateway.userToken('user-001'));
  expect(result.errors?.length).toBeGreaterThan(0);
  expect(result.errors!.every((error) => error.extensions?.code === 'FORBIDDEN')).toBe(true);
});
