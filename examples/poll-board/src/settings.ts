/**
 * Where the gateway is and who the app acts as, from the page's query string
 * (`?gateway=http://127.0.0.1:4000/graphql&token=<demo user token>`), so one build serves any gateway.
 */
export interface Settings {
  gatewayUrl: string;
  token: string | null;
}

const DEFAULT_GATEWAY = 'http://127.0.0.1:4000/graphql';

export function readSettings(search: string): Settings {
  const params = new URLSearchParams(search);
  return {
    gatewayUrl: params.get('gateway') ?? import.meta.env.VITE_GATEWAY_URL ?? DEFAULT_GATEWAY,
    token: params.get('token') ?? import.meta.env.VITE_TOKEN ?? null,
  };
}
