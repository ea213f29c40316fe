let last = 0;

/** Now as Stream writes instants: RFC 3339 with microseconds, strictly increasing so sorts are stable. */
export function nowTimestamp(): string {
  let micros = Date.now() * 1000;
  if (micros <= last) micros = last + 1;
  last = micros;
  return formatMicros(micros);
}

export function formatMicros(micros: number): string {
  const iso = new Date(Math.floor(micros / 1000)).toISOString();
  return `${iso.slice(0, 19)}.${String(micros % 1_000_000).padStart(6, '0')}Z`;
}

/** A fixed instant for deterministic demo data: `base` plus `offsetSeconds`. */
export function fixedTimestamp(offsetSeconds: number, base = Date.UTC(2026, 0, 1)): string {
  return formatMicros((base + offsetSeconds * 1000) * 1000);
}
