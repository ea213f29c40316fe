import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { operationList } from '../src/rest/operations.js';
import { COVERAGE_DIR } from './support/coverage.js';

export function setup(): void {
  rmSync(COVERAGE_DIR, { recursive: true, force: true });
}

/**
 * After the whole suite: every one of the REST operations must have been reached through
 * GraphQL (recorded by test/support/gateway.ts). Skipped when only some test files ran.
 */
export function teardown(): void {
  if (!existsSync(COVERAGE_DIR) || process.env.GRAPHQL_COVERAGE !== 'check') return;
  const reached = new Set<string>();
  for (const file of readdirSync(COVERAGE_DIR)) {
    for (const line of readFileSync(join(COVERAGE_DIR, file), 'utf8').split('\n'))
      if (line) reached.add(line.split('\t')[0]!);
  }
  const all = operationList.map((operation) => operation.name);
  const missing = all.filter((name) => !reached.has(name));
  console.log(
    `GraphQL coverage: ${all.length - missing.length} of ${all.length} REST operations reached through GraphQL`,
  );
  if (missing.length > 0) {
    // A throw here is only printed by vitest; the exit code is what makes the suite fail.
    console.error(`REST operations never reached through GraphQL: ${missing.join(', ')}`);
    process.exitCode = 1;
  }
}
