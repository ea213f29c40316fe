import type { TObject } from '@sinclair/typebox';
import { v7 as uuidv7 } from 'uuid';
import { resolveClientConfig, type CircuitState, type StreamClientConfig } from './config.js';
import { decodeLenient } from './decode.js';
import type { ResponseMetadata } from './errors.js';
import { pathParamNames, type Operation, type OperationInput, type OperationResult } from './operation.js';
import { operations, type Operations } from './operations.js';
import { encodeQuery } from './query.js';
import { checkedPathValue, checkQueryText, checkRequestTarget } from './requestGuard.js';
import { stringifyJson } from './wire/json.js';
import { FormData, Transport, type RawRequest, type RequestOptions } from './transport.js';

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

type OperationMethod<O> = (
  input: ClientInput<O>,
  options?: RequestOptions,
) => Promise<StreamResponse<OperationResult<O>>>;

export type StreamClient = {
  [K in keyof Operations]: {} extends ClientInput<Operations[K]>
    ? (
        input?: ClientInput<Operations[K]>,
        options?: RequestOptions,
      ) => Promise<StreamResponse<OperationResult<Operations[K]>>>
    : OperationMethod<Operations[K]>;
} & {
  /** Closes the connection pool once in-flight requests finish. */
  close(): Promise<void>;
  /** The circuit breaker's state for the client's origin (changes are told to `onCircuitStateChange`). */
  circuitState(): CircuitState;
};

export function createStreamClient(config: StreamClientConfig): StreamClient {
  const transport = new Transport(resolveClientConfig(config));
  const methods: Record<string, unknown> = {
    close: () => transport.close(),
    circuitState: () => transport.circuitState(),
  };
  for (const [name, operation] of Object.entries(operations) as [string, Operation][]) {
    methods[name] = async (input: Record<string, unknown> = {}, options?: RequestOptions) => {
      const { body, metadata } = await transport.send(buildRequest(operation, input), options);
      return Object.assign(decodeLenient(operation.response, body) as object, { metadata });
    };
  }
  return methods as StreamClient;
}

/** Splits the SDK-style input into path, query and body, as the official SDK does. */
export function buildRequest(operation: Operation, input: Record<string, unknown>): RawRequest {
  let path = operation.path;
  for (const name of pathParamNames(operation.path)) {
    path = path.replace(`{${name}}`, encodeURIComponent(checkedPathValue(operation.name, name, input[name])));
  }
  const query: Record<string, unknown> = {};
  for (const name of Object.keys((operation.params as TObject).properties)) {
    if (!path.includes(`{${name}}`) && !operation.path.includes(`{${name}}`)) query[name] = input[name];
  }
  checkQueryText(operation.name, query);
  checkRequestTarget(operation.name, path, encodeQuery(query));
  const request: RawRequest = {
    operation: operation.name,
    method: operation.method,
    route: operation.path,
    path,
    query,
    idempotent: operation.idempotent,
  };
  if (!operation.body) return request;
  const fields = Object.keys(operation.body.properties);
  if (operation.createdId) {
    // UUIDv7, as Stream makes them up itself: time-ordered, so id-ordered pages keep creation order.
    input = { ...input, [operation.createdId]: input[operation.createdId] ?? uuidv7() };
    request.createdId = String(input[operation.createdId]);
  }
  if (operation.multipart) {
    request.form = buildForm(input, fields);
    return request;
  }
  const json: Record<string, unknown> = {};
  for (const name of fields) if (input[name] !== undefined) json[name] = input[name];
  request.json = json;
  return request;
}

function buildForm(input: Record<string, unknown>, fields: string[]): FormData {
  const form = new FormData();
  for (const name of fields) {
    const value = input[name];
    if (value === undefined || value === null) continue;
    if (name === 'file' && value instanceof Blob) {
      const fileName = (input.fileName as string | undefined) ?? (value as File).name ?? 'upload';
      form.append('file', value, fileName);
    } else {
      form.append(name, typeof value === 'object' ? stringifyJson(value) : String(value));
    }
  }
  return form;
}
