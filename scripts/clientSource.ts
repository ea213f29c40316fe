import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TObject } from '@sinclair/typebox';
import { format, resolveConfig } from 'prettier';
import type { Operation } from '../src/rest/operation.js';
import { operationList } from '../src/rest/operations.js';

/** Modules that only gather what others define: the index, the operation table, the client itself. */
const REEXPORTING = /^(index|operations|client.*)\.ts$/;
const REST_DIR = join(dirname(fileURLToPath(import.meta.url)), '../src/rest');
export const GENERATED_CLIENT = join(REST_DIR, 'client.generated.ts');

interface Method {
  module: string;
  operation: Operation;
}

/**
 * Every operation of the table with the module that defines it, found among src/rest/*.ts by
 * identity, so that each method can point at its definition. Fails when an operation of the
 * table is defined in no module, or exported under a name that is not its own.
 */
async function methodsByModule(): Promise<Method[]> {
  const table = new Set(operationList);
  const found = new Map<Operation, Method>();
  const files = readdirSync(REST_DIR).filter((file) => file.endsWith('.ts') && !REEXPORTING.test(file));
  for (const file of files.sort()) {
    const module = basename(file, '.ts');
    const exports = (await import(join(REST_DIR, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (!table.has(value as Operation)) continue;
      const operation = value as Operation;
      if (operation.name !== name) throw new Error(`src/rest/${file} exports operation ${operation.name} as ${name}`);
      const other = found.get(operation);
      if (other) throw new Error(`operation ${name} is exported by both ${other.module} and ${module}`);
      found.set(operation, { module, operation });
    }
  }
  const missing = operationList.filter((operation) => !found.has(operation)).map((operation) => operation.name);
  if (missing.length > 0) throw new Error(`operations defined in no module of src/rest: ${missing.join(', ')}`);
  // By module, then by name: module namespaces list their exports in different orders under
  // Node and under vitest's transform.
  const order = (m: Method) => `${m.module} ${m.operation.name}`;
  return [...found.values()].sort((a, b) => (order(a) < order(b) ? -1 : 1));
}

/**
 * Whether every field of the operation's input may be left out, so that the input itself may be;
 * an upload's `file` is always required (see UploadInput).
 */
function inputIsOptional(operation: Operation): boolean {
  const required = (schema: TObject | undefined) => schema?.required?.length ?? 0;
  const uploads = operation.body !== undefined && 'file' in operation.body.properties;
  return required(operation.params) === 0 && required(operation.body) === 0 && !uploads;
}

function renderMethod({ module, operation }: Method): string {
  const { name, method, path, idempotent } = operation;
  const retried = idempotent ? 'retried on transient failures' : 'never retried';
  const input = inputIsOptional(operation) ? 'input?' : 'input';
  return [
    `  /** \`${method} ${path}\`, ${retried}: {@link ${module}.${name}} */`,
    `  ${name}(${input}: MethodInput<'${name}'>, options?: RequestOptions) {`,
    `    return this.call(${module}.${name}, input, options);`,
    `  }`,
  ].join('\n');
}

/** The text of src/rest/client.generated.ts for the current operation table. */
export async function renderClient(): Promise<string> {
  const methods = await methodsByModule();
  const modules = [...new Set(methods.map((m) => m.module))];
  const text = [
    '// generated — do not edit. `npm run client:generate` writes it from the operation table',
    '// (src/rest/operations.ts) with scripts/generate-client.ts; test/rest/client-drift.test.ts fails when it drifts.',
    '',
    "import { StreamClientCore, type MethodInput } from './clientCore.js';",
    "import type { RequestOptions } from './transport.js';",
    ...modules.map((module) => `import * as ${module} from './${module}.js';`),
    '',
    "/** Stream's common API, one method per operation, named as the official SDK names it. */",
    'export class StreamClient extends StreamClientCore {',
    methods.map(renderMethod).join('\n'),
    '}',
    '',
  ].join('\n');
  return format(text, { ...(await resolveConfig(GENERATED_CLIENT)), parser: 'typescript' });
}
