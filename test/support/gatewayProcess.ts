import type { Emulator } from '../../src/emulator/server.js';
import { createServerToken } from '../../src/rest/auth.js';
import { rememberSecrets } from './logCapture.js';
import { startServerProcess, type Launch, type ServerProcess } from './serverProcess.js';

export interface GatewayProcess {
  process: ServerProcess;
  /** http://127.0.0.1:PORT, without a path. */
  base: string;
  /** The GraphQL endpoint. */
  url: string;
  serverToken: string;
  /** The JSON log lines printed so far, parsed. */
  logLines(): Record<string, any>[];
  /** POSTs a GraphQL request with the server token unless another header set is given. */
  post(query: string, headers?: Record<string, string>, variables?: Record<string, unknown>): Promise<Response>;
}

/**
 * The compiled gateway in production mode, as the container runs it, in front of `emulator` as
 * its Stream app. `env` adds or overrides settings.
 */
export async function startGatewayProcess(
  emulator: Emulator,
  env: Record<string, string> = {},
  launch?: Launch,
): Promise<GatewayProcess> {
  rememberSecrets(emulator.apiSecret, emulator.apiKey);
  const server = startServerProcess(
    {
      NODE_ENV: 'production',
      PORT: '0',
      STREAM_API_KEY: emulator.apiKey,
      STREAM_API_SECRET: emulator.apiSecret,
      STREAM_BASE_URL: emulator.url,
      ...env,
    },
    launch,
  );
  const match = await server.waitFor(/"url":"(http:\/\/[^"]+)\/graphql"/);
  const base = match[1]!;
  const serverToken = await createServerToken(emulator.apiSecret);
  return {
    process: server,
    base,
    url: `${base}/graphql`,
    serverToken,
    logLines: () =>
      server
        .stdout()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, any>),
    post: (query, headers = { authorization: `Bearer ${serverToken}` }, variables) =>
      fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      }),
  };
}
