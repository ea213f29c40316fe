import { request } from 'undici';
import type { RequestSpec } from './load.js';

/** Sends one request as the load generator would, for checks outside the timed rounds. */
export async function sendOnce(
  origin: string,
  spec: RequestSpec,
  token: string,
): Promise<{ status: number; text: string }> {
  const body = spec.bodyFor ? spec.bodyFor() : spec.body;
  const response = await request(`${origin}${spec.path}`, {
    method: spec.method,
    headers: { authorization: token, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body,
  });
  return { status: response.statusCode, text: await response.body.text() };
}
