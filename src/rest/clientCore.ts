import type { CircuitState } from './config.js';
import { decodeLenient } from './decode.js';
import type { ResponseMetadata } from './errors.js';
import type { Operation, OperationInput, OperationResult } from './operation.js';
import type { OperationName, Operations } from './operations.js';
import { buildRequest } from './request.js';
import type { RequestOptions, Transport } from './transport.js';

/** A decoded answer plus its metadata (status, request id, rate limit), as the official SDK returns it. */
export type StreamResponse<T> = T & { metadata: ResponseMetadata };

/** A file to upload: a Blob (or File, which carries its name). */
export interface UploadInput {
  file: Blob;
  fileName?: string;
}

type ClientInput<O> = 'file' extends keyof OperationInput<O>
  ? Omit<OperationInput<O>, 'file'> & UploadInput
  : OperationInput<O>;

/** What the method of operation `K` takes: path, query and body fields in one object, as the official SDK does. */
export type MethodInput<K extends OperationName> = ClientInput<Operations[K]>;

/**
 * Code that runs around every call of a client, e.g. one GraphQL request's: each hook is called
 * as a method of the hooks object (a class instance needs no closures per call).
 */
export interface ClientHooks {
  /** Before the request is built; returns the options the call is sent with (the caller's, by default). */
  onRequest?(operation: Operation, options: RequestOptions | undefined): RequestOptions | undefined;
  /**
   * When Stream's answer is parsed, before it is decoded: a hook may drop parts of a read's answer
   * it knows go unread, which are then not decoded either. What a write answers is also seen by
   * the client's steps (events published after it), so a hook must leave writes' answers whole.
   */
  onAnswer?(operation: Operation, body: object): void;
  /** After a successful, decoded answer, before the caller has it. */
  onResponse?(operation: Operation, metadata: ResponseMetadata): void;
  /** After any failure (refused input, transport, Stream's error, undecodable answer); returns what the call throws. */
  onError?(operation: Operation, error: unknown): unknown;
}

/**
 * A step of every call of a client, between its hooks and the transport, set once for the
 * process (e.g. a quota guard, or events published after writes): it may refuse the call, or act
 * on its answer; `send` makes the call (through the inner steps). It sees the caller's input.
 */
export type CallStep = (
  operation: Operation,
  input: Readonly<Record<string, unknown>>,
  send: () => Promise<StreamResponse<object>>,
) => Promise<StreamResponse<object>>;

/**
 * What every Stream client has besides its operations (those are generated into client.generated.ts):
 * the shared transport, the steps and hooks of this view of it, and the one code path every operation takes.
 */
export class StreamClientCore {
  constructor(
    protected readonly transport: Transport,
    protected readonly hooks?: ClientHooks,
    /** Innermost first. */
    protected readonly steps: readonly CallStep[] = [],
  ) {}

  /**
   * The same client (same connection pool, breaker, queue and steps) with these hooks instead of
   * its own: one small object, cheap enough to make per GraphQL request.
   */
  withHooks(hooks: ClientHooks): this {
    return new (this.constructor as ClientView<this>)(this.transport, hooks, this.steps);
  }

  /** The same client with one more step, around those it has. */
  withStep(step: CallStep): this {
    return new (this.constructor as ClientView<this>)(this.transport, this.hooks, [...this.steps, step]);
  }

  /** Closes the connection pool once in-flight requests finish. */
  close(): Promise<void> {
    return this.transport.close();
  }

  /** The circuit breaker's state for the client's origin (changes are told to `onCircuitStateChange`). */
  circuitState(): CircuitState {
    return this.transport.circuitState();
  }

  protected async call<O extends Operation>(
    operation: O,
    input: object | undefined,
    options: RequestOptions | undefined,
  ): Promise<StreamResponse<OperationResult<O>>> {
    const hooks = this.hooks;
    if (hooks?.onRequest) options = hooks.onRequest(operation, options);
    let result: StreamResponse<object>;
    try {
      result = await this.send(operation, (input ?? {}) as Record<string, unknown>, options, this.steps.length);
    } catch (error) {
      throw hooks?.onError ? hooks.onError(operation, error) : error;
    }
    hooks?.onResponse?.(operation, result.metadata);
    return result as StreamResponse<OperationResult<O>>;
  }

  /** Sends through the first `depth` steps, outermost first, then the transport. */
  private async send(
    operation: Operation,
    input: Record<string, unknown>,
    options: RequestOptions | undefined,
    depth: number,
  ): Promise<StreamResponse<object>> {
    if (depth > 0) {
      return this.steps[depth - 1]!(operation, input, () => this.send(operation, input, options, depth - 1));
    }
    const { body, metadata } = await this.transport.send(buildRequest(operation, input), options);
    if (typeof body === 'object' && body !== null) this.hooks?.onAnswer?.(operation, body);
    return Object.assign(decodeLenient(operation.response, body) as object, { metadata });
  }
}

type ClientView<C> = new (transport: Transport, hooks: ClientHooks | undefined, steps: readonly CallStep[]) => C;
