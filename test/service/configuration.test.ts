import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeSettings } from '../../src/config.js';
import { configurationDoc } from '../../scripts/configurationDoc.js';
import { sourceFiles } from '../structure/importGraph.js';

const SRC = new URL('../../src/', import.meta.url).pathname;

const files = sourceFiles(SRC).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const names = describeSettings().map((setting) => setting.name);

it('docs/CONFIGURATION.md is printed from the settings table (run `npm run docs:config` after changing it)', () => {
  expect(readFileSync(new URL('../../docs/CONFIGURATION.md', import.meta.url), 'utf8')).toBe(configurationDoc());
});

it('every environment variable the code reads is a documented setting', () => {
  const read = new Set<string>();
  for (const { text } of files) {
    for (const match of text.matchAll(/\benv(?:\.([A-Z][A-Z0-9_]*)|\[['"]([A-Z][A-Z0-9_]*)['"]\])/g))
      read.add(match[1] ?? match[2]!);
  }
  expect(read.size).toBeGreaterThan(0);
  expect([...read].filter((name) => !names.includes(name))).toEqual([]);
});

it('every documented setting is used: read from the cleaned environment somewhere in src/', () => {
  const all = files.map(({ text }) => text).join('\n');
  const unused = names.filter((name) => !new RegExp(`\\.${name}\\b`).test(all));
  expect(unused).toEqual([]);
});

it('secrets are marked: the credentials and the Redis URL (it may hold a password), nothing else', () => {
  expect(
    describeSettings()
      .filter((setting) => setting.secret)
      .map((setting) => setting.name),
  ).toEqual(['STREAM_API_KEY', 'STREAM_API_SECRET', 'REDIS_URL']);
});
