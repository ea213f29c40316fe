/** Encodes query parameters as the official SDK does: objects as JSON, scalar arrays comma-joined, dates as ISO strings. */
export function encodeQuery(params: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined) continue;
    parts.push(`${key}=${encodeURIComponent(encodeQueryValue(value))}`);
  }
  return parts.join('&');
}

function encodeQueryValue(value: unknown): string {
  if (Array.isArray(value)) {
    return value.every((item) => item === null || typeof item !== 'object') ? value.join(',') : JSON.stringify(value);
  }
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
