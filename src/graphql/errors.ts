import { GraphQLError } from 'graphql';
import { StreamRequestError } from '../rest/requestGuard.js';
import {
  StreamApiError,
  StreamNetworkError,
  StreamOutcomeUnknownError,
  StreamQueueFullError,
  StreamResponseError,
  StreamTimeoutError,
  StreamUnavailableError,
} from '../rest/errors.js';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'UPSTREAM_TIMEOUT'
  | 'UPSTREAM_ERROR'
  | 'UPSTREAM_OUTCOME_UNKNOWN'
  | 'UPSTREAM_UNAVAILABLE'
  | 'OVERLOADED';

export function gatewayError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export const badUserInput = (message: string, fields?: Record<string, string>) =>
  gatewayError('BAD_USER_INPUT', message, fields ? { fields } : {});
export const forbidden = (message: string) => gatewayError('FORBIDDEN', message);
export const notFoundError = (message: string) => gatewayError('NOT_FOUND', message);

function codeForStreamError(error: StreamApiError): ErrorCode {
  if (error.status === 429 || error.code === 9) return 'RATE_LIMITED';
  if (error.status === 404 || error.code === 16) return 'NOT_FOUND';
  if (error.status === 403 || error.code === 17) return 'FORBIDDEN';
  if (error.status === 401) return 'UNAUTHENTICATED';
  if (error.status === 408) return 'UPSTREAM_TIMEOUT';
  if (error.status >= 400 && error.status < 500) return 'BAD_USER_INPUT';
  return 'UPSTREAM_ERROR';
}

/** What went wrong on the way, for a write whose outcome is unknown. */
function failureOf(error: StreamOutcomeUnknownError): 'timeout' | 'connection' | 'unreadableAnswer' {
  if (error.cause instanceof StreamTimeoutError) return 'timeout';
  if (error.cause instanceof StreamNetworkError) return 'connection';
  return 'unreadableAnswer';
}

/**
 * A REST failure as a GraphQL error the client can act on. Stream's own message is kept
 * (it never holds credentials); unknown errors pass through untouched so yoga masks them.
 */
export function toGraphQLError(error: unknown): unknown {
  if (error instanceof GraphQLError) return error;
  if (error instanceof StreamRequestError) {
    return badUserInput(error.message, { [error.parameter]: error.problem });
  }
  if (error instanceof StreamApiError) {
    return gatewayError(codeForStreamError(error), error.message, {
      streamCode: error.code,
      httpStatus: error.status,
      fields: error.exceptionFields,
      ...(error.rateLimit ? { rateLimitReset: error.rateLimit.reset.toISOString() } : {}),
    });
  }
  if (error instanceof StreamOutcomeUnknownError) {
    return gatewayError('UPSTREAM_OUTCOME_UNKNOWN', error.message, {
      operation: error.operation,
      failure: failureOf(error),
      ...(error.createdId !== undefined ? { id: error.createdId } : {}),
    });
  }
  if (error instanceof StreamTimeoutError) {
    return gatewayError('UPSTREAM_TIMEOUT', error.message, { phase: error.phase, timeoutMs: error.timeoutMs });
  }
  if (error instanceof StreamUnavailableError) return gatewayError('UPSTREAM_UNAVAILABLE', error.message);
  if (error instanceof StreamQueueFullError) return gatewayError('OVERLOADED', error.message);
  if (error instanceof StreamNetworkError || error instanceof StreamResponseError) {
    return gatewayError('UPSTREAM_ERROR', error.message);
  }
  return error;
}
