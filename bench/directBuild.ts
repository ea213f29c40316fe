import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * A bench server (bench/direct-server.ts, bench/yoga-floor.ts) as plain JavaScript, so that it
 * runs on `node` alone like the gateway's production entry (no tsx loader in its start-up time or
 * memory). Each imports only node: modules and the project's packages, so one file transpiled on
 * its own is enough. Written under node_modules/.cache so that packages resolve to the project's
 * copies, never to bench/node_modules.
 */
export function buildBenchServer(root: string, name: 'direct-server' | 'yoga-floor'): string {
  const source = readFileSync(join(root, `bench/${name}.ts`), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const dir = join(root, 'node_modules/.cache/bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.mjs`);
  writeFileSync(path, outputText);
  return path;
}
