import { Instant } from './wire/instant.js';
import { stringifyJson } from './wire/json.js';

/**
 * Encodes query parameters as the official SDK does: objects as JSON, scalar arrays comma-joined
 * (null entries dropped), dates as ISO strings, null and undefined parameters left out.
 */
export function encodeQuery(params: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    const encoded = encodeQueryValue(value);
    if (encoded !== undefined) parts.push(`${key}=${encodeURIComponent(encoded)}`);
  }
  return parts.join('&');
}

function encodeQueryValue(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) {
    const present = value.filter((item) => item !== null && item !== undefined);
    return present.every(isScalar) ? present.join(',') : stringifyJson(present);
  }
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Instant) return value.toString();
  if (typeof value === 'object') return stringifyJson(value);
  return isScalar(value) ? String(value) : undefined;
}

function isScalar(value: unknown): value is string | number | bigint | boolean {
  return (
    typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean'
  );
}
