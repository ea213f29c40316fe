import type { TSchema } from '@sinclair/typebox';
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';
import type { Operation } from '../../src/rest/operation.js';
import { APIError } from '../../src/rest/wire/errors.js';
import type { Exchange } from './recordingProxy.js';
import { operationForRequest } from './routes.js';

/** Stream codes that may accompany each HTTP status (Stream's public error table). */
const CODES_BY_STATUS: Record<number, number[]> = {
  400: [4, 6],
  401: [2, 5, 40, 41, 42, 43],
  403: [17, 99],
  404: [16],
  408: [23],
  413: [22],
  429: [9],
  500: [-1],
};

const compiled = new WeakMap<TSchema, TypeCheck<TSchema>>();

/** Every way `value` misses `schema`, as `path: message` lines (empty when it matches). */
function schemaProblems(schema: TSchema, value: unknown): string[] {
  let check = compiled.get(schema);
  if (!check) {
    check = TypeCompiler.Compile(schema);
    compiled.set(schema, check);
  }
  if (check.Check(value)) return [];
  return [...check.Errors(value)].slice(0, 8).map((error) => `${error.path || '/'}: ${error.message}`);
}

export interface ExchangeVerdict {
  operation?: Operation;
  kind: 'success' | 'error';
  problems: string[];
}

/**
 * Checks one raw answer against the schema table the project keeps: a success against the
 * operation's response schema (src/rest/operations.ts), an error against Stream's error body
 * (APIError in src/rest/wire/errors.ts).
 */
export function checkExchange(exchange: Exchange): ExchangeVerdict {
  const operation = operationForRequest(exchange.method, exchange.pathname);
  const kind = exchange.status >= 200 && exchange.status < 300 ? 'success' : 'error';
  if (!operation) return { kind, problems: [`no operation answers ${exchange.method} ${exchange.pathname}`] };
  let body: unknown;
  try {
    body = JSON.parse(exchange.text);
  } catch {
    return { operation, kind, problems: ['the answer is not JSON'] };
  }
  const problems: string[] = [];
  if (!exchange.contentType.startsWith('application/json')) problems.push(`content-type is ${exchange.contentType}`);
  if (kind === 'success') {
    if (exchange.status !== operation.status) problems.push(`status ${exchange.status}, expected ${operation.status}`);
    problems.push(...schemaProblems(operation.response, body));
    return { operation, kind, problems };
  }
  problems.push(...schemaProblems(APIError, body));
  const error = body as { StatusCode?: unknown; code?: unknown };
  if (error.StatusCode !== exchange.status)
    problems.push(`StatusCode ${String(error.StatusCode)} ≠ HTTP ${exchange.status}`);
  const allowed = CODES_BY_STATUS[exchange.status];
  if (allowed && !allowed.includes(error.code as number)) {
    problems.push(`code ${String(error.code)} does not go with HTTP ${exchange.status}`);
  }
  return { operation, kind, problems };
}
