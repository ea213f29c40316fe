import { StreamClient as OfficialClient } from '@stream-io/node-sdk';

export { OfficialClient };

/** Stream's official Node SDK, pointed at `baseUrl` (the emulator or a proxy in front of it). */
export function officialClientFor(baseUrl: string, apiKey: string, apiSecret: string): OfficialClient {
  return new OfficialClient(apiKey, apiSecret, { basePath: baseUrl });
}

export type OfficialMethod = (input?: Record<string, unknown>) => Promise<Record<string, unknown>>;

/** The SDK method named as our operation, or undefined when the SDK has none. */
export function officialMethod(sdk: OfficialClient, name: string): OfficialMethod | undefined {
  const method = (sdk as unknown as Record<string, unknown>)[name];
  return typeof method === 'function' ? (method as OfficialMethod).bind(sdk) : undefined;
}

/** How the SDK encodes a query string (a protected helper of its ApiClient, reached at run time). */
export function officialQueryString(sdk: OfficialClient, params: Record<string, unknown>): string {
  const apiClient = sdk.apiClient as unknown as { queryParamsStringify(params: Record<string, unknown>): string };
  return apiClient.queryParamsStringify(params);
}
