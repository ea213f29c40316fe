import { readFileSync } from 'node:fs';
import { buildASTSchema, buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { scenarios, SCENARIO_NAMES } from '../../bench/scenarios.js';

const data = { pollId: 'poll-1', userId: 'user-1', pollsOnFirstPage: 25, missing: {} };
// The subgraph SDL uses federation's directives, which it imports rather than defines.
const gatewaySchema = buildASTSchema(parse(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8')), {
  assumeValidSDL: true,
});

/** The GraphQL document a contender sends in a scenario (the body made for each request, where there is one). */
function documentOf(scenario: (typeof SCENARIO_NAMES)[number], contender: 'gateway' | 'yoga-floor'): string {
  const request = scenarios[scenario].request(contender, data);
  const body = request.bodyFor ? request.bodyFor() : request.body;
  return (JSON.parse(String(body)) as { query: string }).query;
}

/** yoga-floor's SDL, read from its source: the floor is a standalone program the harness transpiles on its own. */
function floorSchema() {
  const source = readFileSync(new URL('../../bench/yoga-floor.ts', import.meta.url), 'utf8');
  const sdl = /typeDefs: \/\* GraphQL \*\/ `([^`]*)`/.exec(source)?.[1];
  if (!sdl) throw new Error('bench/yoga-floor.ts has no typeDefs');
  return buildSchema(sdl);
}

// A document the schema no longer accepts makes the harness skip the gateway in that scenario
// (its answer check fails): the benchmark would then run without it and say so only in a log line.
describe('the benchmark documents', () => {
  it.each(SCENARIO_NAMES.filter((name) => name !== 'S5'))(
    '%s is valid against schema.graphql and yoga-floor',
    (name) => {
      expect(validate(gatewaySchema, parse(documentOf(name, 'gateway'))).map((error) => error.message)).toEqual([]);
      expect(validate(floorSchema(), parse(documentOf(name, 'yoga-floor'))).map((error) => error.message)).toEqual([]);
    },
  );

  it('S5 is valid against schema.graphql', () => {
    expect(validate(gatewaySchema, parse(documentOf('S5', 'gateway'))).map((error) => error.message)).toEqual([]);
  });
});
