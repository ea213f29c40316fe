import {
  CircuitState as CockatielState,
  ConsecutiveBreaker,
  CountBreaker,
  circuitBreaker,
  handleWhen,
  type CircuitBreakerPolicy,
  type IBreaker,
} from 'cockatiel';
import type { CircuitBreakerConfig, CircuitState } from './config.js';
import { StreamApiError, StreamNetworkError, StreamResponseError, StreamTimeoutError } from './errors.js';

/**
 * Opens when either breaker would: cockatiel has one for failures in a row and one for a failure
 * rate, but none for both, so this only asks each of them.
 */
class EitherBreaker implements IBreaker {
  constructor(private readonly breakers: IBreaker[]) {}

  get state(): unknown {
    return this.breakers.map((breaker) => breaker.state);
  }

  set state(value: unknown) {
    (value as unknown[]).forEach((state, index) => (this.breakers[index]!.state = state));
  }

  success(state: CockatielState): void {
    for (const breaker of this.breakers) breaker.success(state);
  }

  failure(state: CockatielState): boolean {
    return this.breakers.map((breaker) => breaker.failure(state)).some(Boolean);
  }
}

/** Failures that say Stream (or the way to it) is unwell; a 4xx answer is the caller's doing and never counts. */
export function isUpstreamFailure(error: unknown): boolean {
  if (error instanceof StreamApiError) return error.status >= 500;
  return (
    error instanceof StreamNetworkError || error instanceof StreamTimeoutError || error instanceof StreamResponseError
  );
}

export function createCircuitBreaker(config: CircuitBreakerConfig): CircuitBreakerPolicy {
  return circuitBreaker(handleWhen(isUpstreamFailure), {
    halfOpenAfter: config.cooldownMs,
    breaker: new EitherBreaker([
      new ConsecutiveBreaker(config.consecutiveFailures),
      new CountBreaker({
        threshold: config.failureRate,
        size: config.windowSize,
        minimumNumberOfCalls: config.minimumCalls,
      }),
    ]),
  });
}

export function circuitStateName(state: CockatielState): CircuitState {
  if (state === CockatielState.Closed) return 'closed';
  if (state === CockatielState.HalfOpen) return 'halfOpen';
  return 'open';
}
