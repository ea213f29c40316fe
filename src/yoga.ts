import { randomUUID } from 'node:crypto';
import type { Cache } from '@graphql-yoga/plugin-response-cache';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { createInMemoryAPQStore, useAPQ } from '@graphql-yoga/plugin-apq';
import { GraphQLError } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { useIncrementalDelivery } from './http/incrementalDelivery.js';
import { useAccessLog } from './observability/accessLog.js';
import { silentLogger, yogaLogger, type Logger } from './observability/logger.js';
import { requestInfo } from './observability/requestInfo.js';
import { createLive, type Live } from './live/live.js';
import { publishingClient } from './live/publishingClient.js';
import { quotaGuardedClient, type HeadroomStore } from './live/quotaGuard.js';
import { useGatewayResponseCache, type ResponseCacheSettings } from './live/responseCache.js';
import { liveCallerOf } from './live/session.js';
import { useStreamWebhooks } from './live/webhookReceiver.js';
import type { StreamClient } from './rest/client.js';
import { useUnreadAnswerParts } from './graphql/unreadAnswerParts.js';
import { createGraphQLContext, DEFAULT_REQUEST_TIMEOUT_MS, type GraphQLContext } from './graphql/context.js';
import { publicSchema, schema } from './executableSchema.js';
import { useCallerAuthentication } from './security/authentication.js';
import { callerCostCharge, useCallerRateLimit } from './security/callerRateLimit.js';
import { corsFromAllowList } from './security/cors.js';
import { useCsrfPrevention } from './security/csrf.js';
import { useExactJson } from './security/exactJson.js';
import { useHiddenFederationInternals } from './security/federationInternals.js';
import { usePrivateSchema } from './security/introspection.js';
import { usePersistedDocuments, type PersistedDocuments } from './security/persistedDocuments.js';
import { DEFAULT_QUERY_LIMITS, useQueryLimits, type QueryLimits } from './security/queryLimits.js';
import { createRedactor, describeForLog, useResponseRedaction } from './security/redaction.js';
import {
  DEFAULT_MAX_REQUEST_BYTES,
  DEFAULT_MAX_UPLOAD_BYTES,
  useRequestBodyLimit,
} from './security/requestBodyLimit.js';

export interface GatewayOptions {
  client: StreamClient;
  /** The Stream API secret: callers' tokens are verified against it. */
  apiSecret: string;
  /** The Stream api_key, only so that it can be scrubbed from logs and errors. */
  apiKey?: string;
  graphiql?: boolean;
  introspection?: boolean;
  /** Largest upload accepted through a multipart request, in bytes (10 MiB by default). */
  maxUploadBytes?: number;
  /** Largest JSON request body, in bytes (1 MiB by default). */
  maxRequestBytes?: number;
  /** Operations allowed in one batched (array) request; 0, the default, refuses batches. */
  batchLimit?: number;
  /** Document limits; each one left out keeps its default (DEFAULT_QUERY_LIMITS). */
  queryLimits?: Partial<QueryLimits>;
  /** Origins whose browser pages may call the gateway (`*` for any); none by default. */
  corsOrigins?: readonly string[];
  /** Trusted-documents mode: when set, only these documents run, named by id. */
  persistedDocuments?: PersistedDocuments;
  /** Show secret-bearing fields (push keys, SNS/SQS and storage credentials) to server callers. */
  revealSecrets?: boolean;
  /** The gateway's logger (access log, Stream failures, unexpected errors); silent by default. */
  log?: Logger;
  /** Time for all of one request's upstream calls together (10 s by default). */
  requestTimeoutMs?: number;
  /**
   * Where unexpected errors are logged (as text: message, stack and cause, credentials removed);
   * callers only see a masked message and the request id. The logger's error level by default.
   */
  logError?: (requestId: string, error: unknown) => void;
  /** More yoga plugins, run after the gateway's own (metrics, tracing). */
  plugins?: Plugin[];
  /** Headers GraphiQL opens with (demo mode: the demo server token). */
  graphiqlHeaders?: Record<string, string>;
  /** Subscriptions' events and limits (src/live); one in this process's memory by default. */
  live?: Live;
  /** The response cache (RESPONSE_CACHE=on): where entries live and how long; no caching when unset. */
  responseCache?: { cache: Cache; settings: ResponseCacheSettings };
  /** Per-caller request budget (createCallerLimiter); unlimited when unset. */
  callerLimiter?: RateLimiterAbstract;
  /** Per-caller query cost budget (createCallerLimiter with 'cost'); unlimited when unset. */
  callerCostLimiter?: RateLimiterAbstract;
  /** Spare Stream's last requests: at or below `floor` left for an endpoint, answer RATE_LIMITED without calling it. */
  quotaGuard?: { store: HeadroomStore; floor: number };
}

/**
 * What GraphiQL opens with: a query over the demo data `npm start` serves. Plain text rather than
 * a tagged GraphQL literal, so that formatters keep its layout as GraphiQL shows it.
 */
export const DEFAULT_QUERY = `# Stream GraphQL gateway
#
# 1. Under "Headers" below, paste a token that
#    \`npm start\` printed:
#    { "Authorization": "Bearer <token>" }
# 2. Press the run button (or Ctrl+Enter).
#
# Docs (book icon, top left) lists every field;
# re-fetch the schema (arrows, bottom left) once
# the token is in.
query Demo {
  polls(first: 5) {
    edges {
      node {
        id
        name
        voteCount
        options {
          id
          text
        }
        createdBy {
          id
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  user(id: "user-001") {
    id
    name
    role
    teams
  }
}
`;

/**
 * Documents an APQ store keeps (least recently used go first). Each replica keeps its own: a caller
 * whose hash another replica registered is told PersistedQueryNotFound and sends the text once more.
 */
const APQ_MAX_DOCUMENTS = 1000;

/** Reports the upstream calls a request made and the lowest rate-limit headroom among them. */
function upstreamExtensions(): Plugin<GraphQLContext> {
  return {
    onExecute: () => ({
      onExecuteDone: ({ args, result, setResult }) => {
        const { upstream } = args.contextValue;
        if (!('data' in result || 'errors' in result) || !upstream) return;
        const lowest = upstream.lowest;
        setResult({
          ...result,
          extensions: {
            ...result.extensions,
            upstream: {
              requests: upstream.calls,
              ...(lowest
                ? { rateLimit: { limit: lowest.limit, remaining: lowest.remaining, reset: lowest.reset.toISOString() } }
                : {}),
            },
          },
        });
      },
    }),
  };
}

/** The error at the bottom of a chain of GraphQL errors wrapping one another. */
function rootCause(error: unknown): unknown {
  let cause = error;
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  return cause;
}

/**
 * GraphQL errors (ours with a code, graphql-js's for bad variables) reach the client as they are;
 * anything else is unexpected: the client gets a request id, the log gets what happened.
 */
function maskUnexpected(error: unknown, logError: (requestId: string, cause: unknown) => void): GraphQLError {
  const cause = rootCause(error);
  if (cause instanceof GraphQLError) {
    const passed = error instanceof GraphQLError ? error : cause;
    if (passed.extensions.code || passed.path) return passed;
    // graphql-js gives request errors such as a variable of the wrong type no code.
    return new GraphQLError(passed.message, {
      nodes: passed.nodes,
      source: passed.source,
      positions: passed.positions,
      extensions: { ...passed.extensions, code: 'BAD_USER_INPUT' },
    });
  }
  const requestId = randomUUID();
  logError(requestId, cause);
  return new GraphQLError('Unexpected error.', {
    nodes: error instanceof GraphQLError ? error.nodes : undefined,
    path: error instanceof GraphQLError ? error.path : undefined,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  });
}

export function createGateway(options: GatewayOptions): YogaServerInstance<Record<string, unknown>, GraphQLContext> {
  const redact = createRedactor([options.apiSecret, ...(options.apiKey ? [options.apiKey] : [])]);
  // Yoga logs every error its maskError replaced: client errors need no log line, unexpected
  // ones were already logged with their request id.
  const handled = new WeakSet<object>();
  const log = options.log ?? silentLogger();
  const yogaLog = yogaLogger(log, redact);
  const logger = {
    ...yogaLog,
    error: (...args: unknown[]) => {
      if (!args.some((arg) => typeof arg === 'object' && arg !== null && handled.has(arg))) yogaLog.error(...args);
    },
  };
  const logError =
    options.logError ??
    ((requestId: string, error: unknown) => log.error({ errorId: requestId, error }, 'unexpected error'));
  const authentication = useCallerAuthentication(options.apiSecret);
  const maxRequestBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const revealSecrets = options.revealSecrets ?? false;
  const queryLimits = { ...DEFAULT_QUERY_LIMITS, ...options.queryLimits };
  const batchLimit = options.batchLimit ?? 0;
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const live = options.live ?? createLive({ client: options.client });
  const guarded = options.quotaGuard
    ? quotaGuardedClient(options.client, options.quotaGuard.store, options.quotaGuard.floor)
    : options.client;
  const client = publishingClient(guarded, live);

  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql:
      options.graphiql === false
        ? false
        : {
            defaultQuery: DEFAULT_QUERY,
            title: 'Stream GraphQL gateway',
            ...(options.graphiqlHeaders ? { headers: JSON.stringify(options.graphiqlHeaders, null, 2) } : {}),
            // GraphiQL streams subscriptions with a bodiless request: the page is the gateway's own,
            // so it proves it (CSRF_HEADERS) like any same-origin client.
            additionalHeaders: { 'x-graphql-yoga-csrf': 'graphiql' },
          },
    // GraphiQL's code inlined in the page: yoga's default loads it from a CDN, which a page that
    // holds the caller's token should not trust, and which offline machines cannot reach. Imported
    // on the first page asked for: the module is 9 MB of source, about 30 MB of heap once loaded.
    renderGraphiQL: async (graphiqlOptions) =>
      (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(graphiqlOptions),
    multipart: true,
    logging: logger,
    cors: corsFromAllowList(options.corsOrigins ?? []),
    // Replaced by useRequestBodyLimit, which tells JSON bodies from uploads.
    maxRequestBodySize: false,
    batching: batchLimit > 0 ? { limit: batchLimit } : false,
    extraParamNames: options.persistedDocuments ? ['documentId'] : [],
    maskedErrors: {
      // Whatever the error, the log gets it without credentials.
      maskError: (error) => {
        if (typeof error === 'object' && error !== null) handled.add(error);
        return maskUnexpected(error, (requestId, cause) => logError(requestId, describeForLog(cause, redact)));
      },
    },
    plugins: [
      useAccessLog(log),
      // POST /webhooks/stream, answered before any GraphQL plugin (its own signature check replaces them).
      ...(options.apiKey ? [useStreamWebhooks({ apiKey: options.apiKey, apiSecret: options.apiSecret, live })] : []),
      // Order matters: the cheap header checks run before the body is read or the document parsed.
      useCsrfPrevention(),
      authentication.plugin,
      ...(options.callerLimiter ? [useCallerRateLimit(options.callerLimiter, authentication.callerOf)] : []),
      useExactJson(),
      useRequestBodyLimit({
        jsonBytes: maxRequestBytes,
        multipartBytes: maxUploadBytes + maxRequestBytes,
      }),
      // Trusted documents and automatic persisted queries exclude each other: APQ registers any
      // document a caller sends, which is what trusted-documents mode forbids.
      ...(options.persistedDocuments
        ? [usePersistedDocuments(options.persistedDocuments)]
        : [useAPQ({ store: createInMemoryAPQStore({ max: APQ_MAX_DOCUMENTS }) })]),
      ...useIncrementalDelivery(),
      ...(options.introspection === false ? usePrivateSchema() : []),
      useHiddenFederationInternals(publicSchema),
      ...useQueryLimits(
        queryLimits,
        options.callerCostLimiter ? callerCostCharge(options.callerCostLimiter) : undefined,
      ),
      ...(options.responseCache
        ? [useGatewayResponseCache({ ...options.responseCache, live, callerOf: authentication.callerOf })]
        : []),
      upstreamExtensions(),
      useUnreadAnswerParts(),
      useResponseRedaction(redact),
      ...(options.plugins ?? []),
    ],
    context: (initial) => {
      const { caller, session } = liveCallerOf(initial, live, authentication);
      // WebSocket operations have no HTTP request of their own: no access-log record.
      const info = typeof initial.request?.headers?.get === 'function' ? requestInfo(initial.request) : undefined;
      if (info) info.caller = caller;
      return {
        ...createGraphQLContext(client, caller, {
          revealSecrets,
          maxUploadBytes,
          requestTimeoutMs,
          log,
          request: info,
        }),
        live: session,
      };
    },
  });
}
