import { readFileSync } from 'node:fs';
import { isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationList } from '../../src/rest/operations.js';
import { schema } from '../../src/executableSchema.js';

/**
 * docs/OPERATIONS.md maps every REST operation to the GraphQL fields that reach it; these tests
 * fail when the table and the code (src/rest operations, the live schema) disagree.
 */

interface Row {
  line: number;
  domain: string;
  operation: string;
  http: string;
  fields: string;
  notes: string;
}

const DOC = 'docs/OPERATIONS.md';
const COLUMNS = ['Domain', 'REST operation', 'HTTP', 'GraphQL field', 'Notes'] as const;
/** Federation's root fields, which answer for every entity rather than for one operation. */
const FEDERATION_ROOT_FIELDS = new Set(['Query._entities', 'Query._service']);

const cellsOf = (line: string) =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());

/** The rows of the one table whose header starts with the expected columns. */
function parseTable(markdown: string): Row[] {
  const lines = markdown.split('\n');
  const header = lines.findIndex((line) => line.trim().startsWith('|') && cellsOf(line)[1] === 'REST operation');
  if (header < 0) throw new Error(`${DOC} has no table with a "REST operation" column`);
  if (cellsOf(lines[header]!).join('|') !== COLUMNS.join('|')) {
    throw new Error(`${DOC}:${header + 1}: the table's columns should be ${COLUMNS.join(', ')}`);
  }
  const rows: Row[] = [];
  for (let i = header + 2; i < lines.length && lines[i]!.trim().startsWith('|'); i++) {
    const cells = cellsOf(lines[i]!);
    if (cells.length !== COLUMNS.length) throw new Error(`${DOC}:${i + 1}: expected ${COLUMNS.length} cells`);
    const [domain, operation, http, fields, notes] = cells as [string, string, string, string, string];
    rows.push({ line: i + 1, domain, operation, http, fields, notes });
  }
  return rows;
}

/** `Type.field` names quoted in a cell. */
const fieldNamesIn = (cell: string) => [...cell.matchAll(/`([A-Z_]\w*\.\w+)`/g)].map((m) => m[1]!);

function fieldExists(name: string): boolean {
  const [typeName, fieldName] = name.split('.') as [string, string];
  const type = schema.getType(typeName);
  return (isObjectType(type) || isInterfaceType(type)) && fieldName in type.getFields();
}

const rows = parseTable(readFileSync(new URL('../../docs/OPERATIONS.md', import.meta.url), 'utf8'));
const byName = new Map(operationList.map((operation) => [operation.name, operation]));

describe(DOC, () => {
  it('has one row per REST operation: each of operationList exactly once, and nothing else', () => {
    const names = rows.map((row) => row.operation.match(/^`(\w+)`$/)?.[1] ?? row.operation);
    const count = (name: string) => names.filter((n) => n === name).length;
    expect(
      operationList.map((o) => o.name).filter((name) => count(name) !== 1),
      'operations missing from the table or listed more than once',
    ).toEqual([]);
    expect(
      names.filter((name) => !byName.has(name)),
      'rows naming no REST operation of src/rest',
    ).toEqual([]);
    expect(rows).toHaveLength(operationList.length);
  });

  it('gives each operation the HTTP verb and path it has in src/rest', () => {
    const wrong = rows.flatMap((row) => {
      const operation = byName.get(row.operation.replace(/`/g, ''));
      if (!operation) return [];
      const expected = `\`${operation.method} ${operation.path}\``;
      return row.http === expected ? [] : [`line ${row.line}: ${row.http} should be ${expected}`];
    });
    expect(wrong).toEqual([]);
  });

  it('names at least one Query or Mutation root field per operation, each in the live schema', () => {
    const wrong = rows.flatMap((row) => {
      const fields = fieldNamesIn(row.fields);
      const problems = fields.filter((name) => !fieldExists(name)).map((name) => `${name} is not in the schema`);
      if (!fields.some((name) => /^(Query|Mutation)\./.test(name))) problems.push('no Query/Mutation root field');
      return problems.map((problem) => `line ${row.line} (${row.operation}): ${problem}`);
    });
    expect(wrong).toEqual([]);
  });

  it('names only fields of the live schema in its notes', () => {
    const wrong = rows.flatMap((row) =>
      fieldNamesIn(row.notes)
        .filter((name) => !fieldExists(name))
        .map((name) => `line ${row.line} (${row.operation}): ${name} is not in the schema`),
    );
    expect(wrong).toEqual([]);
  });

  it('lists every root field of the schema (but federation’s) against the operation it calls', () => {
    const listed = new Set(rows.flatMap((row) => fieldNamesIn(row.fields)));
    const roots = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
    );
    expect(roots.filter((name) => !FEDERATION_ROOT_FIELDS.has(name) && !listed.has(name))).toEqual([]);
  });

  it('puts every operation under a domain, each domain in one block of rows', () => {
    expect(rows.filter((row) => !row.domain).map((row) => row.line)).toEqual([]);
    const blocks = rows.map((row) => row.domain).filter((domain, i, all) => domain !== all[i - 1]);
    expect(blocks).toEqual([...new Set(blocks)]);
  });
});
