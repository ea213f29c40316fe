import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway.close());

it('a missing task is null, not an error, with the upstream call reported', async () => {
  const result = await gateway.query('query { task(id: "nope") { id status } }');
  expect(result.data).toEqual({ task: null });
  expect(result.errors).toBeUndefined();
  expect(result.extensions?.upstream).toMatchObject({ requests: 1, rateLimit: { limit: expect.any(Number) } });
});

it('a request without a token is refused with 401 before any upstream call', async () => {
  const before = gateway.emulator.log.length;
  const result = await gateway.query('query { task(id: "nope") { id } }', undefined, null);
  expect(result.status).toBe(401);
  expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(gateway.emulator.log.length).toBe(before);
});
