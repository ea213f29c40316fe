import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';

/**
 * Where test processes record the REST operations that GraphQL requests reached; the global
 * teardown (test/globalSetup.ts) checks that together they reached every operation.
 */
export const COVERAGE_DIR = join(
  process.env.GRAPHQL_COVERAGE_DIR ?? join(process.cwd(), 'node_modules', '.graphql-coverage'),
);

/** Records `operation<TAB>root fields of the GraphQL request` lines. */
export function recordReachedOperations(operations: Iterable<string>, rootFields: string[] = []): void {
  const unique = [...new Set(operations)].filter((name) => name !== 'unknown');
  if (unique.length === 0) return;
  mkdirSync(COVERAGE_DIR, { recursive: true });
  const lines = unique.map((name) => `${name}\t${rootFields.join(',')}`);
  appendFileSync(join(COVERAGE_DIR, `${process.pid}.txt`), lines.join('\n') + '\n');
}

/** The root fields a GraphQL document selects in its first operation, as `Query.x` / `Mutation.y`. */
export function rootFieldsOf(document: string): string[] {
  try {
    const parsed = parse(document);
    const operation = parsed.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return [];
    const type =
      operation.operation === 'mutation' ? 'Mutation' : operation.operation === 'query' ? 'Query' : 'Subscription';
    return operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [`${type}.${s.name.value}`] : []));
  } catch {
    return [];
  }
}
