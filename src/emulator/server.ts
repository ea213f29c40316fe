import { stringifyJson } from '../rest/wire/json.js';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TObject } from '@sinclair/typebox';
import type { Operation } from '../rest/operation.js';
import { operationList } from '../rest/operations.js';
import { authenticate, CLIENT_OPERATIONS, refuseTokenBeforeUser, type Caller } from './auth.js';
import { defaultControls, takeRule, type EmulatorControls, type LoggedRequest } from './controls.js';
import { EmulatorError, errorBody, formatDuration, streamError } from './errors.js';
import type { Handler, Handlers, UploadedFile } from './handler.js';
import { allHandlers } from './handlers/index.js';
import { EmulatorState } from './state.js';
import { applyVoteAction, eventsOfOperation, WebhookSender, type VoteAction } from './webhooks.js';
import { ConnectionDropped, drain, DRAIN_BYTES, readBody, readRaw } from './requestBody.js';
import { decodeQuery, validate } from './validate.js';

export interface EmulatorOptions {
  port?: number;
  host?: string;
  apiKey?: string;
  apiSecret?: string;
  /** `empty` for tests, `demo` for `npm start` and benchmarks. */
  data?: 'empty' | 'demo';
  /** Largest JSON or multipart body accepted, in bytes (Stream answers 413/22 past it). */
  maxBodyBytes?: number;
}

export interface Emulator {
  url: string;
  apiKey: string;
  apiSecret: string;
  state: EmulatorState;
  controls: EmulatorControls;
  /** Every request received, oldest first. */
  log: LoggedRequest[];
  /** Signed webhooks to the URLs app settings name, as Stream sends them. */
  webhooks: WebhookSender;
  /** Resets controls and the request log (not the data). */
  resetControls(): void;
  close(): Promise<void>;
}

interface Route {
  operation: Operation;
  pattern: RegExp;
  names: readonly string[];
  handler: Handler;
}

const RATE_LIMIT = 10_000;

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const apiKey = options.apiKey ?? 'emulator-key';
  const apiSecret = options.apiSecret ?? 'emulator-secret';
  const secret = new TextEncoder().encode(apiSecret);
  const maxBodyBytes = options.maxBodyBytes ?? 10 * 1024 * 1024;
  let url = '';
  const state = new EmulatorState(() => url, apiSecret);
  const handlers = allHandlers(state);
  const routes = buildRoutes(handlers);
  const controls = defaultControls();
  const log: LoggedRequest[] = [];
  const windows = new Map<string, { start: number; count: number }>();
  const webhooks = new WebhookSender(state, apiKey, apiSecret);

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      console.error('emulator: unexpected failure', error);
      if (!res.headersSent) send(res, 500, errorBody(streamError('internal', 'internal error'), 0));
    });
  });
  server.keepAliveTimeout = 60_000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const requestUrl = new URL(req.url ?? '/', 'http://emulator');
    if (requestUrl.pathname.startsWith('/_emulator/')) return handleControl(requestUrl, req, res);
    if (requestUrl.pathname.startsWith('/uploads/')) return serveUpload(requestUrl.pathname, res);

    const match = matchRoute(routes, req.method ?? 'GET', requestUrl.pathname);
    const entry: LoggedRequest = {
      operation: match?.route.operation.name ?? 'unknown',
      method: req.method ?? 'GET',
      path: requestUrl.pathname,
      query: Object.fromEntries(requestUrl.searchParams),
      body: undefined,
      status: 0,
      time: Date.now(),
      ...(typeof req.headers.traceparent === 'string' ? { traceparent: req.headers.traceparent } : {}),
    };
    log.push(entry);
    const rateHeaders = rateLimitHeaders(entry.operation);

    const reset = takeRule(controls.resetConnections, entry.operation);
    if (reset) {
      entry.status = -1;
      req.socket.destroy();
      return;
    }
    const latency = controls.latencyByOperation[entry.operation] ?? controls.latencyMs;
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));

    try {
      if (!match) throw streamError('notFound', `no route for ${req.method} ${requestUrl.pathname}`);
      const { route, pathParams } = match;
      const caller = await authenticate(requestUrl.searchParams.get('api_key'), req.headers.authorization, {
        apiKey,
        secret,
      });
      entry.caller = caller.kind === 'server' ? 'server' : caller.userId;
      if (caller.kind === 'user') refuseTokenBeforeUser(caller, state.users.get(caller.userId)?.created_at);
      if (caller.kind === 'user' && !CLIENT_OPERATIONS.has(route.operation.name)) {
        throw streamError('notAllowed', `${route.operation.name} is a server-side only operation`);
      }
      applyFaults(entry.operation, rateHeaders.exhausted);
      const nonJson = takeRule(controls.nonJsonBody, entry.operation);
      if (nonJson) {
        entry.status = nonJson.status;
        res.writeHead(nonJson.status, { 'content-type': 'text/html' });
        res.end('<html><body>Bad Gateway</body></html>');
        return;
      }
      const body = await readBody(req, route.operation, maxBodyBytes);
      entry.body = summarizeBody(body);
      const params = { ...decodeQuery(route.operation.params as TObject, requestUrl.searchParams), ...pathParams };
      validate(route.operation.params, params, 'query');
      if (route.operation.body && !route.operation.multipart) validate(route.operation.body, body, 'body');
      const result = await route.handler({ params, body: body ?? {}, caller, state });
      for (const event of eventsOfOperation(entry.operation, params, body ?? {}, result)) webhooks.send(event);
      entry.status = route.operation.status;
      send(
        res,
        route.operation.status,
        { ...result, duration: formatDuration(performance.now() - started) },
        rateHeaders.headers,
      );
    } catch (error) {
      if (error instanceof ConnectionDropped) {
        entry.status = -1;
        return;
      }
      const apiError = error instanceof EmulatorError ? error : streamError('internal', 'internal error');
      if (!(error instanceof EmulatorError)) console.error('emulator: handler failed', error);
      entry.status = apiError.status;
      const headers: Record<string, string> = { ...rateHeaders.headers };
      if (apiError.status === 429) {
        headers['retry-after'] = String(forcedRetryAfter.get(apiError) ?? rateHeaders.retryAfter);
      }
      // Stream closes the connection after refusing a body as too large.
      if (apiError.status === 413) {
        headers.connection = 'close';
        await drain(req, maxBodyBytes + DRAIN_BYTES);
      }
      send(res, apiError.status, errorBody(apiError, performance.now() - started), headers);
    }
  }

  function applyFaults(operation: string, rateLimited: boolean): void {
    if (rateLimited) throw streamError('rateLimited', 'Too many requests, check response headers for more info');
    const forced = takeRule(controls.forcedErrors, operation);
    if (forced) {
      const error = new EmulatorError(
        forced.status,
        forced.code ?? codeForStatus(forced.status),
        forced.message ?? 'forced error',
        forced.exceptionFields,
      );
      if (forced.status === 429 && forced.retryAfter !== undefined) forcedRetryAfter.set(error, forced.retryAfter);
      throw error;
    }
    if (controls.errorRate > 0 && Math.random() < controls.errorRate) throw streamError('internal', 'random failure');
  }

  /** The Retry-After a forced 429 asked for, sent with that answer only. */
  const forcedRetryAfter = new WeakMap<EmulatorError, number>();

  function rateLimitHeaders(operation: string) {
    const now = Date.now();
    const windowMs = controls.rateLimitWindowSeconds * 1000;
    const limit = controls.rateLimitPerWindow > 0 ? controls.rateLimitPerWindow : RATE_LIMIT;
    let window = windows.get(operation);
    if (!window || now - window.start >= windowMs) {
      window = { start: now - (now % windowMs), count: 0 };
      windows.set(operation, window);
    }
    window.count += 1;
    const resetSeconds = Math.ceil((window.start + windowMs) / 1000);
    const retryAfter = Math.max(0, resetSeconds - Math.floor(now / 1000));
    return {
      exhausted: controls.rateLimitPerWindow > 0 && window.count > limit,
      retryAfter,
      headers: {
        'x-ratelimit-limit': String(limit),
        'x-ratelimit-remaining': String(Math.max(0, limit - window.count)),
        'x-ratelimit-reset': String(resetSeconds),
      },
    };
  }

  async function handleControl(requestUrl: URL, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const action = requestUrl.pathname.slice('/_emulator/'.length);
    if (action === 'log' && req.method === 'GET') return send(res, 200, { requests: log });
    if (action === 'log' && req.method === 'DELETE') {
      log.length = 0;
      return send(res, 200, {});
    }
    if (action === 'controls' && req.method === 'GET') return send(res, 200, controls);
    if (action === 'controls' && req.method === 'PUT') {
      const patch = JSON.parse(
        (await readRaw(req, maxBodyBytes)).toString('utf8') || '{}',
      ) as Partial<EmulatorControls>;
      Object.assign(controls, patch);
      return send(res, 200, controls);
    }
    if (action === 'votes' && req.method === 'POST') {
      // A chat client's vote, which the common API cannot cast: it changes the poll and sends its webhook.
      try {
        const request = JSON.parse((await readRaw(req, maxBodyBytes)).toString('utf8')) as VoteAction;
        const event = applyVoteAction(state, request);
        webhooks.send(event);
        return send(res, 200, event);
      } catch (error) {
        const apiError =
          error instanceof EmulatorError ? error : streamError('input', 'the vote request is not valid JSON');
        return send(res, apiError.status, errorBody(apiError, 0));
      }
    }
    if (action === 'reset' && req.method === 'POST') {
      emulator.resetControls();
      return send(res, 200, {});
    }
    send(res, 404, { message: 'unknown control' });
  }

  function serveUpload(pathname: string, res: ServerResponse): void {
    const file = state.files.get(pathname);
    if (!file) return send(res, 404, { message: 'no such upload' });
    res.writeHead(200, {
      'content-type': file.type || 'application/octet-stream',
      'content-length': file.bytes.byteLength,
    });
    res.end(file.bytes);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  url = `http://${host}:${address.port}`;

  if (options.data === 'demo') {
    const { loadDemoData } = await import('./demo.js');
    await loadDemoData(state, handlers);
  }

  const emulator: Emulator = {
    url,
    apiKey,
    apiSecret,
    state,
    controls,
    log,
    webhooks,
    resetControls() {
      Object.assign(controls, defaultControls());
      log.length = 0;
      windows.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return emulator;
}

function buildRoutes(handlers: Handlers): Route[] {
  return operationList
    .map((operation) => {
      const handler = handlers[operation.name as keyof Handlers] ?? notImplemented(operation.name);
      const names = operation.pathParams;
      const pattern = new RegExp(`^${operation.path.replace(/\{\w+\}/g, '([^/]+)')}$`);
      return { operation, pattern, names, handler };
    })
    .sort((a, b) => a.names.length - b.names.length);
}

function matchRoute(routes: Route[], method: string, pathname: string) {
  for (const route of routes) {
    if (route.operation.method !== method) continue;
    const found = route.pattern.exec(pathname);
    if (!found) continue;
    const pathParams: Record<string, string> = {};
    route.names.forEach((name, i) => (pathParams[name] = decodeURIComponent(found[i + 1]!)));
    return { route, pathParams };
  }
  return undefined;
}

function codeForStatus(status: number): number {
  return ({ 400: 4, 401: 5, 403: 17, 404: 16, 408: 23, 413: 22, 429: 9 } as Record<number, number>)[status] ?? -1;
}

function summarizeBody(body: Record<string, any> | undefined): unknown {
  if (!body) return undefined;
  const file = body.file as UploadedFile | undefined;
  if (file && typeof file === 'object' && 'bytes' in file)
    return { ...body, file: { name: file.name, size: file.bytes.byteLength } };
  return body;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = stringifyJson(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'x-stream-request-id': crypto.randomUUID(),
    ...headers,
  });
  res.end(text);
}

export type { Caller };

function notImplemented(name: string): Handler {
  return () => {
    throw new EmulatorError(501, -1, `${name} is not implemented by the emulator`);
  };
}
