import { Instant } from '../../src/rest/wire/instant.js';

/** JSON paths of every instant (Instant, or Date) in a decoded answer (the response `metadata` left out). */
export function datePaths(value: unknown, path = ''): string[] {
  if (value instanceof Date || value instanceof Instant) return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => datePaths(item, `${path}/${index}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    path === '' && key === 'metadata' ? [] : datePaths(child, `${path}/${key}`),
  );
}

/** Paths of dates that did not decode to an instant. */
export function invalidDatePaths(value: unknown): string[] {
  return datePaths(value).filter((path) => Number.isNaN(dateAt(value, path).getTime()));
}

function dateAt(value: unknown, path: string): Date | Instant {
  let node = value as Record<string, unknown>;
  for (const key of path.split('/').slice(1)) node = node[key] as Record<string, unknown>;
  return node as unknown as Date | Instant;
}
