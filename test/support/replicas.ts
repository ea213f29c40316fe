import type { Emulator } from '../../src/emulator/server.js';
import { startGatewayProcess } from './gatewayProcess.js';
import type { ServerProcess } from './serverProcess.js';

export interface Replica {
  process: ServerProcess;
  /** Its /graphql URL. */
  url: string;
}

/** A gateway process (the production entry) in front of `emulator`, with extra settings such as REDIS_URL. */
export async function startReplica(emulator: Emulator, env: Record<string, string>): Promise<Replica> {
  const gateway = await startGatewayProcess(emulator, env);
  return { process: gateway.process, url: gateway.url };
}

export async function stopReplicas(replicas: Replica[]): Promise<void> {
  for (const replica of replicas) replica.process.kill();
  await Promise.all(replicas.map((replica) => replica.process.exited));
}

/** A GraphQL request to a replica with `token`; the HTTP status, headers and JSON body. */
export async function queryReplica(
  replica: Replica,
  token: string,
  query: string,
): Promise<{ status: number; headers: Headers; body: any }> {
  const response = await fetch(replica.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}
