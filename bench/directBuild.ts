import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * The direct server as plain JavaScript, so that it runs on `node` alone like the gateway's
 * production entry (no tsx loader in its start-up time or memory). It imports only node: modules
 * and undici, so one file transpiled on its own is enough. Written under node_modules/.cache so
 * that `undici` resolves to the project's copy, never to bench/node_modules.
 */
export function buildDirectServer(root: string): string {
  const source = readFileSync(join(root, 'bench/direct-server.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const dir = join(root, 'node_modules/.cache/bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'direct-server.mjs');
  writeFileSync(path, outputText);
  return path;
}
