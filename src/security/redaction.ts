import { inspect } from 'node:util';
import { GraphQLError } from 'graphql';
import { isAsyncIterable, mapAsyncIterator, type Plugin } from 'graphql-yoga';
import { REDACTED } from '../graphql/secrets.js';

/** Replaces credentials in a text with a marker. */
export type Redactor = (text: string) => string;

/** Any JWT: a base64url JSON header (`{"` is `eyJ`), a payload and a signature, possibly empty. */
const JWT = /eyJ[\w-]*\.[\w-]+\.[\w-]*/g;
const API_KEY_PARAMETER = /(api_key=)[^&\s"']+/gi;
/** Shorter values would blank out ordinary words. */
const MIN_LITERAL_LENGTH = 6;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A redactor for the deployment's secret, its api_key, any JWT and any api_key query parameter. */
export function createRedactor(literals: readonly string[]): Redactor {
  const sensitive = literals.filter((value) => value.length >= MIN_LITERAL_LENGTH).map(escapeRegExp);
  const literal = sensitive.length > 0 ? new RegExp(sensitive.join('|'), 'g') : undefined;
  return (text) => {
    let result = text.replace(JWT, REDACTED).replace(API_KEY_PARAMETER, `$1${REDACTED}`);
    if (literal) result = result.replace(literal, REDACTED);
    return result;
  };
}

function redactValue(value: unknown, redact: Redactor, depth = 0): unknown {
  if (typeof value === 'string') return redact(value);
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, redact, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactValue(item, redact, depth + 1)]));
}

function redactError(error: GraphQLError, redact: Redactor): GraphQLError {
  return new GraphQLError(redact(error.message), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: redactValue(error.extensions, redact) as Record<string, unknown>,
  });
}

/** Anything logged (an error with its stack and cause, an object) as text, credentials removed. */
export function describeForLog(value: unknown, redact: Redactor): string {
  return redact(typeof value === 'string' ? value : inspect(value, { depth: 4, breakLength: Infinity }));
}

interface Payload {
  errors?: readonly GraphQLError[];
  extensions?: Record<string, unknown>;
  /** Later parts of an incremental (@defer/@stream) answer carry their own errors. */
  incremental?: readonly Payload[];
}

function redactPayload<T extends Payload>(payload: T, redact: Redactor): T {
  const { errors, extensions, incremental } = payload;
  if (!errors && !extensions && !incremental) return payload;
  return {
    ...payload,
    ...(errors ? { errors: errors.map((error) => redactError(error, redact)) } : {}),
    ...(extensions ? { extensions: redactValue(extensions, redact) as Record<string, unknown> } : {}),
    ...(incremental ? { incremental: incremental.map((part) => redactPayload(part, redact)) } : {}),
  };
}

/**
 * The last line of defence for answers: every error message and every `extensions` value is
 * redacted, whichever layer produced it (Stream's messages, yoga's parse errors quoting the body),
 * in single answers, batches, and each part of a stream (subscriptions, @defer and @stream).
 */
export function useResponseRedaction(redact: Redactor): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (isAsyncIterable(result)) {
        setResult(mapAsyncIterator(result, (part) => redactPayload(part as Payload, redact)) as typeof result);
      } else if (Array.isArray(result)) {
        setResult(result.map((one) => redactPayload(one as Payload, redact)) as typeof result);
      } else {
        setResult(redactPayload(result as Payload, redact) as typeof result);
      }
    },
  };
}
