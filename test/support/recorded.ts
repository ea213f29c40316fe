import type { TestGateway } from './gateway.js';

/** Runs a query that must succeed, and the upstream requests of one operation it made. */
export async function recorded(
  gateway: TestGateway,
  operation: string,
  query: string,
  variables?: Record<string, unknown>,
) {
  const before = gateway.emulator.log.length;
  const data = await gateway.queryData(query, variables);
  const requests = gateway.emulator.log.slice(before).filter((r) => r.operation === operation);
  return { data, requests };
}
