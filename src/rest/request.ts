import { v7 as uuidv7 } from 'uuid';
import type { Operation } from './operation.js';
import { encodeQuery } from './query.js';
import { checkedPathValue, checkQueryText, checkRequestTarget } from './requestGuard.js';
import { stringifyJson } from './wire/json.js';
import { FormData, type RawRequest } from './transport.js';

/** Splits the SDK-style input into path, query and body, as the official SDK does. */
export function buildRequest(operation: Operation, input: Record<string, unknown>): RawRequest {
  let path = operation.path;
  for (const name of operation.pathParams) {
    path = path.replace(`{${name}}`, encodeURIComponent(checkedPathValue(operation.name, name, input[name])));
  }
  const query: Record<string, unknown> = {};
  for (const name of operation.queryParams) query[name] = input[name];
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
