/** Micro-benchmark of the exact-JSON path (src/rest/wire/json.ts) against the native one: `npx tsx bench/exactJson.ts`. */
import { parseJson, stringifyJson } from '../src/rest/wire/json.js';
const user = (i: number) => ({
  id: `user-${i}`,
  name: `User ${i}`,
  role: 'user',
  teams: ['red'],
  custom: { score: i, tags: ['a', 'b'] },
  created_at: '2026-01-01T01:00:00.123456Z',
  updated_at: '2026-01-01T01:00:00.123456Z',
  online: false,
  banned: false,
});
const body = JSON.stringify({ duration: '1ms', users: Array.from({ length: 25 }, (_, i) => user(i)) });
const big = body.replace('"score":0', '"score":9007199254740993');
function time(name: string, f: () => unknown, n = 20000) {
  for (let i = 0; i < 2000; i++) f();
  const t = process.hrtime.bigint();
  for (let i = 0; i < n; i++) f();
  const us = Number(process.hrtime.bigint() - t) / 1e3 / n;
  console.log(`${name}: ${us.toFixed(2)} µs`);
}
const obj = JSON.parse(body);
time('JSON.parse (common body, ' + body.length + ' B)', () => JSON.parse(body));
time('parseJson  (common body)', () => parseJson(body));
time('parseJson  (body with one 2^53+1)', () => parseJson(big), 2000);
time('JSON.stringify', () => JSON.stringify(obj));
time('stringifyJson (no bigint)', () => stringifyJson(obj));
const withBig = parseJson(big);
time('stringifyJson (one bigint)', () => stringifyJson(withBig), 2000);
