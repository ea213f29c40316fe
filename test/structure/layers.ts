import type { ImportEdge } from './importGraph.js';

/**
 * The parts of src/: each folder, and each file at the top of src/ on its own.
 * src/schema/upstream.ts is GraphQL plumbing (client hooks per request) that still sits in
 * src/schema until it moves to src/graphql; it counts as src/graphql here.
 */
export function partOf(file: string): string {
  if (file === 'src/schema/upstream.ts') return 'graphql';
  const [, first] = file.split('/');
  return first!.replace(/\.ts$/, '');
}

/** What a part may use of another: everything, only types, or (for the emulator) some files. */
type Allowance = 'all' | 'types' | ((target: string) => boolean);

/**
 * Who may import whom, lowest first: rest ← loaders ← graphql ← schema ← resolvers ←
 * executableSchema ← yoga ← server. Whatever is not listed is refused, so a new folder or an
 * import upwards fails until this table says where it belongs.
 */
export const ALLOWED: Record<string, Record<string, Allowance>> = {
  // A type and a header parser every layer may share; it imports nothing.
  caller: {},
  // The REST client and the wire definitions know nothing of GraphQL, loaders or the server.
  rest: {},
  observability: { rest: 'types', security: 'all', caller: 'types' },
  loaders: { rest: 'all', observability: 'all', caller: 'all' },
  // Runtime plumbing of the graph. The request context names the live session's type, and
  // src/live names the context's type back: types only, erased before anything runs.
  graphql: { rest: 'all', loaders: 'all', observability: 'all', caller: 'all', live: 'types' },
  schema: { graphql: 'all', rest: 'all', loaders: 'all', observability: 'all', live: 'all', caller: 'all' },
  resolvers: {
    schema: 'all',
    graphql: 'all',
    rest: 'all',
    loaders: 'all',
    live: 'all',
    observability: 'all',
    caller: 'all',
  },
  executableSchema: { graphql: 'all', schema: 'all', resolvers: 'all' },
  security: { graphql: 'all', rest: 'all', observability: 'all', caller: 'all' },
  live: {
    graphql: 'types',
    loaders: 'all',
    rest: 'all',
    security: 'all',
    observability: 'all',
    config: 'all',
    caller: 'all',
  },
  http: { observability: 'all', rest: 'all', config: 'all', caller: 'all' },
  config: { graphql: 'all', rest: 'all', security: 'all', observability: 'all', live: 'all' },
  // The emulator shares the wire definitions and routes by the operation table (src/rest/operation.ts,
  // src/rest/operations.ts); it signs guest tokens with the function the client signs user tokens with.
  emulator: {
    rest: (target) =>
      target.startsWith('src/rest/wire/') ||
      ['src/rest/operation.ts', 'src/rest/operations.ts', 'src/rest/auth.ts'].includes(target),
  },
  yoga: {
    executableSchema: 'all',
    graphql: 'all',
    security: 'all',
    live: 'all',
    loaders: 'all',
    rest: 'all',
    observability: 'all',
    http: 'all',
    config: 'all',
    caller: 'all',
  },
  server: {
    yoga: 'all',
    emulator: 'all',
    http: 'all',
    live: 'all',
    rest: 'all',
    observability: 'all',
    security: 'all',
    config: 'all',
    caller: 'all',
  },
};

/** The imports that cross a boundary the table does not open, as `from -> to` lines. */
export function boundaryViolations(edges: readonly ImportEdge[], allowed = ALLOWED): string[] {
  return edges.flatMap(({ from, to, typeOnly }) => {
    const source = partOf(from);
    const target = partOf(to);
    if (source === target) return [];
    const rules = allowed[source];
    if (!rules) return [`${from}: src/${source} has no entry in the boundary table`];
    const allowance = rules[target];
    const ok =
      allowance === 'all' || (allowance === 'types' && typeOnly) || (typeof allowance === 'function' && allowance(to));
    return ok ? [] : [`${from} -> ${to}${typeOnly ? ' (types)' : ''}`];
  });
}

/** Cycles between parts through imports that run (type-only imports are erased), as `a -> b -> a`. */
export function partCycles(edges: readonly ImportEdge[]): string[] {
  const next = new Map<string, Set<string>>();
  for (const { from, to, typeOnly } of edges) {
    const [a, b] = [partOf(from), partOf(to)];
    if (typeOnly || a === b) continue;
    next.set(a, (next.get(a) ?? new Set()).add(b));
  }
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const walk = (part: string, trail: string[]) => {
    state.set(part, 'open');
    for (const target of next.get(part) ?? []) {
      if (state.get(target) === 'open') cycles.push([...trail.slice(trail.indexOf(target)), target].join(' -> '));
      else if (!state.has(target)) walk(target, [...trail, target]);
    }
    state.set(part, 'done');
  };
  for (const part of next.keys()) if (!state.has(part)) walk(part, [part]);
  return cycles;
}
