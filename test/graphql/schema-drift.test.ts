import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { schemaSdl } from '../../src/schemaSdl.js';

it('schema.graphql is the SDL printed from the code (run `npm run schema:print` after changing the schema)', () => {
  const committed = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
  expect(committed).toBe(schemaSdl + '\n');
});
