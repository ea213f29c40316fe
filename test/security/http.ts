import type { Emulator } from '../../src/emulator/server.js';

/** Generous: no request here should come near it, but a hang must fail the test, not stall the run. */
const REQUEST_TIMEOUT_MS = 15_000;

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body, when it is JSON. */
  json?: {
    data?: unknown;
    errors?: { message: string; path?: unknown[]; extensions?: Record<string, any> }[];
    extensions?: Record<string, any>;
  };
  /** Requests the emulator received while this one ran. */
  upstream: number;
}

export interface SendOptions {
  method?: 'GET' | 'POST' | 'OPTIONS';
  /** Sent as `Authorization: Bearer <token>`; undefined sends no Authorization header. */
  token?: string;
  headers?: Record<string, string>;
  body?: string | FormData | Uint8Array;
  /** Query string for GET requests. */
  search?: Record<string, string>;
}

/** One HTTP request to the gateway, with a timeout, counting the upstream requests it caused. */
export async function send(url: string, emulator: Emulator, options: SendOptions = {}): Promise<RawResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  const target = new URL(url);
  for (const [name, value] of Object.entries(options.search ?? {})) target.searchParams.set(name, value);
  const before = emulator.log.length;
  const response = await fetch(target, {
    method: options.method ?? 'POST',
    headers,
    body: options.body as BodyInit | undefined,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  let json: RawResponse['json'];
  try {
    json = JSON.parse(text) as RawResponse['json'];
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json, upstream: emulator.log.length - before };
}

/** A JSON GraphQL request. */
export function graphql(
  url: string,
  emulator: Emulator,
  query: string,
  variables?: Record<string, unknown>,
  options: Omit<SendOptions, 'body'> = {},
): Promise<RawResponse> {
  return send(url, emulator, {
    ...options,
    headers: { 'content-type': 'application/json', ...options.headers },
    body: JSON.stringify({ query, variables }),
  });
}

export function errorCodes(response: RawResponse): string[] {
  return (response.json?.errors ?? []).map((error) => String(error.extensions?.code));
}
