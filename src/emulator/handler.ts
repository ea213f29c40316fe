import type { OperationName } from '../rest/operations.js';
import type { Caller } from './auth.js';
import type { EmulatorState } from './state.js';

export interface UploadedFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

export interface HandlerContext {
  /** Path parameters and query parameters, decoded and validated against the operation's schema. */
  params: Record<string, any>;
  /** The validated JSON body, or the multipart fields with `file` as an UploadedFile. */
  body: Record<string, any>;
  caller: Caller;
  state: EmulatorState;
}

/** Answers one operation; returns the body without `duration`, which the server adds. */
export type Handler = (context: HandlerContext) => object | Promise<object>;

export type Handlers = Partial<Record<OperationName, Handler>>;
