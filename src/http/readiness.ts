export interface ReadinessState {
  ready: boolean;
  /** Why not, in a few words that reveal no configuration. */
  reason?: string;
}

export interface Readiness {
  check(): Promise<ReadinessState>;
  /** From now on the gateway is not ready: it is shutting down. */
  stop(): void;
}

export interface ReadinessOptions {
  /** A cheap authenticated Stream call: resolves when Stream answers and accepts the credentials. */
  probeStream: () => Promise<unknown>;
  /** How long one probe's answer is reused, in milliseconds. */
  cacheMs: number;
  /** Whether Stream calls fail fast right now (the circuit breaker is not closed): no cached answer then. */
  upstreamBlocked?: () => boolean;
}

/** Short reasons for /ready: a status class, never a message that might quote a URL or a key. */
function reasonOf(error: unknown): string {
  const { name, status } = error as { name?: string; status?: number };
  if (name === 'StreamUnavailableError') return 'circuit breaker towards Stream is open';
  if (status === 401 || status === 403) return 'Stream refuses the credentials';
  if (name === 'StreamTimeoutError') return 'Stream does not answer in time';
  if (typeof status === 'number') return `Stream answers HTTP ${status}`;
  return 'Stream is unreachable';
}

/**
 * Readiness: Stream answers with valid credentials. Probes share one call at a time and reuse its
 * answer for `cacheMs`, so a probe every second costs Stream one call per window, not per probe.
 */
export function createReadiness(options: ReadinessOptions): Readiness {
  let stopping = false;
  let last: { at: number; state: Promise<ReadinessState> } | undefined;

  const probe = (): Promise<ReadinessState> =>
    options.probeStream().then(
      () => ({ ready: true }),
      (error: unknown) => ({ ready: false, reason: reasonOf(error) }),
    );

  return {
    async check() {
      if (stopping) return { ready: false, reason: 'shutting down' };
      const now = Date.now();
      // While the breaker is open, each probe is a call it may let through to test Stream again.
      if (!last || now - last.at >= options.cacheMs || options.upstreamBlocked?.() === true)
        last = { at: now, state: probe() };
      return last.state;
    },
    stop() {
      stopping = true;
    },
  };
}
