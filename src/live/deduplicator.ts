import { LRUCache } from 'lru-cache';

/** Remembers keys for a while, so that a second report of the same thing is recognised. */
export interface Deduplicator {
  /** True the first time `key` is seen within `ttlMs`, false for every repeat. */
  firstTime(key: string, ttlMs: number): Promise<boolean>;
}

/** Most keys remembered at once in one process; the oldest are forgotten first. */
const MAX_KEYS = 50_000;

export function createMemoryDeduplicator(): Deduplicator {
  const seen = new LRUCache<string, true>({ max: MAX_KEYS });
  return {
    firstTime(key, ttlMs) {
      if (seen.get(key)) return Promise.resolve(false);
      seen.set(key, true, { ttl: ttlMs });
      return Promise.resolve(true);
    },
  };
}
