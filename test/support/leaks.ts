import { inspect } from 'node:util';

const JWT = /eyJ[\w-]{4,}\.[\w-]*\.?[\w-]*/;

/** Every text an error offers a logger or a GraphQL formatter: message, stack, inspection, each property as JSON. */
export function errorSurfaces(error: unknown): string[] {
  const surfaces: string[] = [String(error), inspect(error, { showHidden: true, depth: null })];
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current !== null && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    for (const name of Object.getOwnPropertyNames(current)) {
      surfaces.push(safeJson((current as Record<string, unknown>)[name]));
    }
    surfaces.push(safeJson(current));
    current = (current as { cause?: unknown }).cause;
  }
  return surfaces;
}

/** The secrets (and anything shaped like a JWT) found in any surface of `error`. */
export function leakedSecrets(error: unknown, secrets: string[]): string[] {
  const found = new Set<string>();
  for (const surface of errorSurfaces(error)) {
    for (const secret of secrets) if (surface.includes(secret)) found.add(secret);
    const jwt = JWT.exec(surface);
    if (jwt) found.add(`a JWT (${jwt[0].slice(0, 12)}…)`);
  }
  return [...found];
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? String(inner) : inner)) ?? '';
  } catch {
    return inspect(value, { depth: null });
  }
}
