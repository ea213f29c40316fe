import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { DEFAULT_QUERY_LIMITS } from '../../src/security/queryLimits.js';

it('defaults: secrets hidden, no CORS origins, no batching, 1 MiB JSON bodies, default limits, all documents', () => {
  const config = loadConfig({});
  expect(config.revealSecrets).toBe(false);
  expect(config.corsOrigins).toEqual([]);
  expect(config.batchLimit).toBe(0);
  expect(config.maxRequestBytes).toBe(1024 * 1024);
  expect(config.queryLimits).toEqual(DEFAULT_QUERY_LIMITS);
  expect(config.persistedDocuments).toBeUndefined();
  expect(config.introspection).toBe(true);
  expect(config.graphiql).toBe(true);
});

it('reads the security settings from the environment', () => {
  const config = loadConfig({
    REVEAL_SECRETS: 'true',
    CORS_ORIGINS: 'https://app.example, http://localhost:5173',
    BATCH_LIMIT: '5',
    MAX_REQUEST_BYTES: '2048',
    MAX_DEPTH: '7',
    MAX_COST: '300',
    INTROSPECTION: 'false',
    GRAPHIQL: 'false',
  });
  expect(config.revealSecrets).toBe(true);
  expect(config.corsOrigins).toEqual(['https://app.example', 'http://localhost:5173']);
  expect(config.batchLimit).toBe(5);
  expect(config.maxRequestBytes).toBe(2048);
  expect(config.queryLimits).toMatchObject({ maxDepth: 7, maxCost: 300, maxAliases: DEFAULT_QUERY_LIMITS.maxAliases });
  expect(config.introspection).toBe(false);
  expect(config.graphiql).toBe(false);
});

it.each([
  ['CORS_ORIGINS', 'https://app.example/path'],
  ['CORS_ORIGINS', 'app.example'],
  ['REVEAL_SECRETS', 'maybe'],
  ['MAX_DEPTH', '-1'],
  ['PERSISTED_DOCUMENTS', '/nonexistent/manifest.json'],
])('refuses %s=%s with a ConfigError', (name, value) => {
  expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
});

it('loads a persisted documents manifest, as a plain map or in Apollo format', () => {
  const dir = mkdtempSync(join(tmpdir(), 'persisted-'));
  const plain = join(dir, 'plain.json');
  writeFileSync(plain, JSON.stringify({ abc: '{ __typename }' }));
  expect([...loadConfig({ PERSISTED_DOCUMENTS: plain }).persistedDocuments!]).toEqual([['abc', '{ __typename }']]);
  const apollo = join(dir, 'apollo.json');
  writeFileSync(
    apollo,
    JSON.stringify({
      format: 'apollo-persisted-query-manifest',
      version: 1,
      operations: [{ id: 'def', name: 'T', type: 'query', body: '{ __typename }' }],
    }),
  );
  expect(loadConfig({ PERSISTED_DOCUMENTS: apollo }).persistedDocuments!.get('def')).toBe('{ __typename }');
  const empty = join(dir, 'empty.json');
  writeFileSync(empty, '{}');
  expect(() => loadConfig({ PERSISTED_DOCUMENTS: empty })).toThrow(ConfigError);
});
