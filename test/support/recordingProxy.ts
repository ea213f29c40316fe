import { startPassThroughProxy } from './passThroughProxy.js';

/** One request that went through the proxy, with the raw answer the upstream gave. */
export interface Exchange {
  method: string;
  pathname: string;
  status: number;
  contentType: string;
  /** The answer's text exactly as the upstream sent it. */
  text: string;
}

export interface RecordingProxy {
  url: string;
  exchanges: Exchange[];
  close(): Promise<void>;
}

/**
 * A pass-through HTTP proxy on loopback that keeps every raw answer, so tests can check the
 * bytes a client received before its decoders touched them.
 */
export async function startRecordingProxy(upstream: string): Promise<RecordingProxy> {
  const exchanges: Exchange[] = [];
  const proxy = await startPassThroughProxy(
    () => upstream,
    ({ method, pathname, status, headers, body }) => {
      exchanges.push({ method, pathname, status, contentType: headers['content-type'] ?? '', text: body.toString() });
    },
  );
  return { url: proxy.url, exchanges, close: () => proxy.close() };
}
