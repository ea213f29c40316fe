import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { operationList } from '../src/rest/operations.js';
import { COVERAGE_DIR } from './support/coverage.js';
import { LOG_DIR, scanLogs } from './support/logCapture.js';

let project: TestProject | undefined;

export function setup(testProject: TestProject): void {
  project = testProject;
  rmSync(COVERAGE_DIR, { recursive: true, force: true });
  rmSync(LOG_DIR, { recursive: true, force: true });
}

/**
 * Why this run is not the whole suite (`npm test -- some/file.test.ts`, `-t name`, a shard), or
 * undefined when it is: every test file of the project ran, with no test-name filter.
 */
async function partialRun(testProject: TestProject): Promise<string | undefined> {
  const { testNamePattern, shard } = testProject.vitest.config;
  if (testNamePattern) return `only tests matching ${String(testNamePattern)} ran`;
  if (shard) return `only shard ${shard.index}/${shard.count} ran`;
  const { testFiles } = await testProject.globTestFiles();
  // vitest's state API is marked experimental: without it, the run counts as whole and is checked.
  const modules = testProject.vitest.state?.getTestModules?.();
  if (!modules) return undefined;
  const ran = new Set(modules.map((module) => resolve(module.moduleId)));
  const notRun = testFiles.filter((file) => !ran.has(resolve(file)));
  if (notRun.length > 0) return `only ${testFiles.length - notRun.length} of ${testFiles.length} test files ran`;
  return undefined;
}

/**
 * After the whole suite: every one of the REST operations must have been reached through
 * GraphQL (recorded by test/support/gateway.ts). Skipped when only part of the suite ran.
 */
export async function teardown(): Promise<void> {
  // Every log line the run produced, in-process gateways and spawned ones alike.
  const logs = scanLogs();
  console.log(`Log scan: ${logs.lines} log lines in ${logs.files} files, ${logs.leaks.length} with a credential`);
  if (logs.leaks.length > 0) {
    console.error(`Log lines holding a secret, an api_key or a JWT:\n${logs.leaks.join('\n')}`);
    process.exitCode = 1;
  }
  if (process.env.GRAPHQL_COVERAGE !== 'check') return;
  const partial = project ? await partialRun(project) : undefined;
  if (partial) {
    console.log(`GraphQL coverage: not checked, ${partial}`);
    return;
  }
  const reached = new Set<string>();
  for (const file of existsSync(COVERAGE_DIR) ? readdirSync(COVERAGE_DIR) : []) {
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
