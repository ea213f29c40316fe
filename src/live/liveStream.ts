import { Repeater } from 'graphql-yoga';

/** The longest delay setTimeout accepts; a token valid for longer is checked again then. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Calls `onExpire` once `expiresAtMs` (ms since the epoch) has passed, at once if it already has;
 * nothing when undefined. Returns what cancels it.
 */
export function atExpiry(expiresAtMs: number | undefined, onExpire: () => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    if (expiresAtMs === undefined) return;
    const left = expiresAtMs - Date.now();
    if (left <= 0) return onExpire();
    timer = setTimeout(arm, Math.min(left, MAX_TIMER_MS));
  };
  arm();
  return () => clearTimeout(timer);
}

export interface LiveStreamOptions<E, T> {
  /** What the subscriber gets first, read after the source listens, so that nothing falls between. */
  initial?: T;
  /** The value an event becomes for this subscriber; undefined skips the event. */
  read: (event: E) => Promise<T | undefined>;
  /** Whether the stream ends after this value (a finished task, a deleted poll). */
  endsAfter?: (value: T) => boolean;
  /** When the caller's token expires (ms since the epoch): the stream ends then. */
  expiresAtMs?: number;
  /** Runs once when the stream ends, however it ends. */
  onEnd: () => void;
}

/**
 * A subscription's stream of values: events from `source` read for the subscriber, in order, one
 * at a time. A Repeater rather than an async generator, so that a client leaving ends it at once
 * (an async generator's return() waits for the pending event).
 */
export function liveStream<E, T>(source: AsyncIterator<E>, options: LiveStreamOptions<E, T>): Repeater<T> {
  return new Repeater<T>(async (push, stop) => {
    const cancelExpiry = atExpiry(options.expiresAtMs, () => void stop());
    const stopped = stop.then(() => {
      cancelExpiry();
      void source.return?.();
      options.onEnd();
      return { done: true as const, value: undefined };
    });
    try {
      if (options.initial !== undefined) {
        await push(options.initial);
        if (options.endsAfter?.(options.initial)) return stop();
      }
      for (;;) {
        const next = await Promise.race([source.next(), stopped]);
        if (next.done) break;
        const value = await options.read(next.value);
        if (value === undefined) continue;
        await push(value);
        if (options.endsAfter?.(value)) break;
      }
      stop();
    } catch (error) {
      stop(error);
    }
  });
}

/**
 * Starts listening on a pub/sub stream now (its first next() registers the listener), rather
 * than when the subscriber first asks for a value.
 */
export function listenNow<E>(source: AsyncIterable<E>): AsyncIterator<E> {
  const iterator = source[Symbol.asyncIterator]();
  let first: Promise<IteratorResult<E>> | undefined = iterator.next();
  return {
    next: () => {
      const pending = first;
      first = undefined;
      return pending ?? iterator.next();
    },
    return: (value?: unknown) => iterator.return?.(value) ?? Promise.resolve({ done: true, value: undefined }),
  };
}
