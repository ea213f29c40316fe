import { getOperationAST, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from './logger.js';
import { requestInfo } from './requestInfo.js';

function errorCodes(result: unknown): string[] {
  const results = Array.isArray(result) ? result : [result];
  const codes: string[] = [];
  for (const one of results) {
    const errors = (one as { errors?: readonly { extensions?: { code?: unknown } }[] } | null)?.errors;
    for (const error of errors ?? [])
      codes.push(typeof error.extensions?.code === 'string' ? error.extensions.code : 'UNKNOWN');
  }
  return codes;
}

/** The request's path; @whatwg-node's Request keeps the URL it parsed for routing (`parsedUrl`), so it is not parsed again. */
function pathOf(request: Request): string {
  return ((request as { parsedUrl?: URL }).parsedUrl ?? new URL(request.url)).pathname;
}

function noteOperation(request: Request | undefined, document: DocumentNode, operationName: string | undefined): void {
  // WebSocket operations arrive without an HTTP request of their own: nothing to log them under.
  if (!request) return;
  const info = requestInfo(request);
  const operation = getOperationAST(document, operationName);
  info.operationType = operation?.operation;
  info.operationName = operation?.name?.value ?? operationName;
}

/**
 * One JSON line per request: request id, operation, status, duration, Stream calls, caller and
 * error codes (never the token). The request id comes from the caller's x-request-id, or is made
 * here, and goes back in the answer's x-request-id header.
 */
export function useAccessLog(logger: Logger): Plugin<{ request?: Request }> {
  return {
    onRequest({ request }) {
      requestInfo(request);
    },
    onExecute({ args }) {
      noteOperation(args.contextValue.request, args.document, args.operationName ?? undefined);
    },
    onSubscribe({ args }) {
      noteOperation(args.contextValue.request, args.document, args.operationName ?? undefined);
    },
    onResultProcess({ request, result }) {
      for (const code of errorCodes(result)) requestInfo(request).errorCodes.add(code);
    },
    onResponse({ request, response }) {
      const info = requestInfo(request);
      response.headers.set('x-request-id', info.id);
      if (!logger.isLevelEnabled('info')) return;
      const caller = info.caller;
      logger.info(
        {
          requestId: info.id,
          method: request.method,
          path: pathOf(request),
          status: response.status,
          durationMs: Number(process.hrtime.bigint() - info.startedAt) / 1e6,
          operationName: info.operationName,
          operationType: info.operationType,
          upstreamCalls: info.upstreamCalls,
          caller: caller?.kind,
          userId: caller?.kind === 'user' ? caller.userId : undefined,
          errorCodes: info.errorCodes.size > 0 ? [...info.errorCodes] : undefined,
        },
        'request',
      );
    },
  };
}
