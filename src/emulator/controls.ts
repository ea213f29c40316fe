/** One request the emulator received, as tests read it to count upstream calls. */
export interface LoggedRequest {
  operation: string;
  method: string;
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, or the multipart fields (files as `{ name, size }`). */
  body: unknown;
  status: number;
  time: number;
  /** `server` or the user id the token was issued for, when auth passed. */
  caller?: string;
  /** The W3C trace context the caller sent, as a traced Stream would continue it. */
  traceparent?: string;
}

export interface ForcedError {
  status: number;
  code?: number;
  message?: string;
  /** Only for this operation name; every operation when absent. */
  operation?: string;
  /** How many requests to fail; unlimited when absent. */
  times?: number;
  /** Seconds sent in Retry-After (429 only). */
  retryAfter?: number;
  /** The fields named in `exception_fields`, as Stream's input errors (400, code 4) name several at once. */
  exceptionFields?: Record<string, string>;
}

/** Fault injection and observation; everything off by default. */
export interface EmulatorControls {
  latencyMs: number;
  /** Latency per operation name, overriding `latencyMs`. */
  latencyByOperation: Record<string, number>;
  forcedErrors: ForcedError[];
  /** Probability (0..1) that a request fails with 500. */
  errorRate: number;
  /** Operations whose connection is destroyed instead of answered; `*` for all. */
  resetConnections: { operation: string; times?: number }[];
  /** Answer with a non-JSON body (HTML), like a broken proxy. */
  nonJsonBody: { operation: string; status: number; times?: number }[];
  /** Requests allowed per window per operation before 429; off when 0. */
  rateLimitPerWindow: number;
  rateLimitWindowSeconds: number;
}

export function defaultControls(): EmulatorControls {
  return {
    latencyMs: 0,
    latencyByOperation: {},
    forcedErrors: [],
    errorRate: 0,
    resetConnections: [],
    nonJsonBody: [],
    rateLimitPerWindow: 0,
    rateLimitWindowSeconds: 60,
  };
}

/** Takes the first matching rule, counting down its `times`. */
export function takeRule<T extends { operation?: string; times?: number }>(
  rules: T[],
  operation: string,
): T | undefined {
  const index = rules.findIndex((rule) => !rule.operation || rule.operation === '*' || rule.operation === operation);
  if (index < 0) return undefined;
  const rule = rules[index]!;
  if (rule.times !== undefined) {
    rule.times -= 1;
    if (rule.times <= 0) rules.splice(index, 1);
  }
  return rule;
}
