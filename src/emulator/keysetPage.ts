/** Orders strings by code unit, as a database orders them with a binary collation. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts a copy of `items` and keeps the first `limit` of those `isAfter` accepts (all when no cursor). */
export function keysetPage<T>(
  items: Iterable<T>,
  compare: (a: T, b: T) => number,
  isAfter: (item: T) => boolean,
  limit: number,
): { page: T[]; more: boolean } {
  const remaining = [...items].sort(compare).filter(isAfter);
  return { page: remaining.slice(0, limit), more: remaining.length > limit };
}
