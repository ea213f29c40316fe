import { createStreamClient, type StreamClient, type StreamClientConfig } from '../../../src/rest/index.js';
import type { GatewayOptions } from '../../../src/yoga.js';
import { TEST_API_KEY, TEST_API_SECRET } from '../../support/emulator.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { startFaultProxy, type Fault, type FaultProxy, type ProxiedRequest } from './faultProxy.js';

export interface FaultEnv {
  /** The gateway over HTTP; its client goes through the proxy. `gateway.client` goes straight to the emulator. */
  gateway: TestGateway;
  proxy: FaultProxy;
  /** The gateway's client, through the proxy. */
  client: StreamClient;
  /** Picks the fault for each request from now on (none by default). */
  inject(faultFor: (request: ProxiedRequest) => Fault | undefined): void;
  /** Requests that reached the proxy for `method pathname` since the start. */
  count(method: string, pathname: string): number;
  close(): Promise<void>;
}

/** Emulator (demo data) ← fault proxy ← REST client ← gateway, all over loopback sockets. */
export async function startFaultEnv(
  clientOptions: Partial<StreamClientConfig> = {},
  gatewayOptions: Partial<GatewayOptions> = {},
  slowMs?: number,
): Promise<FaultEnv> {
  let target = '';
  let faultFor: (request: ProxiedRequest) => Fault | undefined = () => undefined;
  const proxy = await startFaultProxy(
    () => target,
    (request) => faultFor(request),
    slowMs,
  );
  const client = createStreamClient({
    apiKey: TEST_API_KEY,
    apiSecret: TEST_API_SECRET,
    baseUrl: proxy.url,
    timeoutMs: 1000,
    // Failures are what these tests make: the breaker only opens where a test asks it to.
    breaker: { consecutiveFailures: 10_000, windowSize: 10_000, minimumCalls: 10_000 },
    ...clientOptions,
  });
  const gateway = await startTestGateway(
    { data: 'demo', apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET },
    { client, ...gatewayOptions },
  );
  target = gateway.emulator.url;
  return {
    gateway,
    proxy,
    client,
    inject: (next) => (faultFor = next),
    count: (method, pathname) =>
      proxy.requests.filter((request) => request.method === method && request.pathname === pathname).length,
    async close() {
      await gateway.close();
      await client.close();
      await proxy.close();
    },
  };
}
