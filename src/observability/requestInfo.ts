import { randomUUID } from 'node:crypto';
import type { Caller } from '../caller.js';

/** What the gateway learns about one HTTP request as it goes, for its access-log line and its errors. */
export interface RequestInfo {
  /** The caller's x-request-id when it is well-formed, a new UUID otherwise; echoed in the answer. */
  readonly id: string;
  /** process.hrtime.bigint() when the request arrived. */
  readonly startedAt: bigint;
  operationName?: string;
  operationType?: string;
  caller?: Caller;
  /** Stream calls the request made. */
  upstreamCalls: number;
  errorCodes: Set<string>;
}

/** Printable ASCII without spaces or quotes, bounded: safe to log, to echo and to use as a label. */
const REQUEST_ID = /^[\w.:@/+=-]{1,128}$/;

export function requestIdFrom(header: string | null): string {
  return header !== null && REQUEST_ID.test(header) ? header : randomUUID();
}

const infos = new WeakMap<Request, RequestInfo>();

/** The request's info, created on first use (the access-log plugin's onRequest, normally). */
export function requestInfo(request: Request): RequestInfo {
  let info = infos.get(request);
  if (!info) {
    info = {
      id: requestIdFrom(request.headers.get('x-request-id')),
      startedAt: process.hrtime.bigint(),
      upstreamCalls: 0,
      errorCodes: new Set(),
    };
    infos.set(request, info);
  }
  return info;
}
