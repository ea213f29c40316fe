import type { HttpMethod } from './operation.js';
import type { RateLimit } from './errors.js';

/** One Stream call as observers see it: no credentials, no query string. */
export interface ObservedCall {
  operation: string;
  method: HttpMethod;
  /** The path template, e.g. `/api/v2/polls/{poll_id}`. */
  route: string;
}

export interface CallOutcome {
  /** HTTP status of Stream's answer; absent when none came (timeout, reset, refused). */
  status?: number;
  /** Stream's error code from an error body. */
  streamCode?: number;
  rateLimit?: RateLimit;
  error?: unknown;
}

/** Watches each attempt of each Stream call: metrics and tracing plug in here. */
export interface UpstreamObserver {
  /**
   * Called as an attempt starts; the headers it adds (a W3C traceparent) go with the request.
   * The returned function is called once with how the attempt ended.
   */
  start(call: ObservedCall, headers: Record<string, string>): (outcome: CallOutcome) => void;
}

/** Several observers as one, in order. */
export function combineObservers(observers: readonly UpstreamObserver[]): UpstreamObserver | undefined {
  if (observers.length <= 1) return observers[0];
  return {
    start(call, headers) {
      const ends = observers.map((observer) => observer.start(call, headers));
      return (outcome) => {
        for (const end of ends) end(outcome);
      };
    },
  };
}
