import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createComplexityRule } from '@pothos/plugin-complexity';
import { GraphQLError, validate } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** How large a GraphQL document may be, all checked before any resolver runs. */
export interface QueryLimits {
  /** Lexical tokens in the document (checked while parsing). */
  maxTokens: number;
  /** Aliased fields in the operation, fragments included. */
  maxAliases: number;
  /** Directives in the operation. */
  maxDirectives: number;
  /** Nested selections below the root (introspection is bounded by graphql-js's own rule). */
  maxDepth: number;
  /** Fields selected in total, fragments expanded. */
  maxBreadth: number;
  /** Cost: each field 1, what lies under a list counted once per item (`first`/`limit`, else a default). */
  maxCost: number;
}

/**
 * Generous enough for GraphiQL's introspection query and any hand-written query over the graph
 * (a connection of 100 users with their devices and blocked users costs about 2,500), small
 * enough that no document can fan out into thousands of upstream calls.
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxTokens: 5000,
  maxAliases: 30,
  maxDirectives: 50,
  maxDepth: 12,
  maxBreadth: 500,
  maxCost: 10_000,
};

type LimitName = 'tokens' | 'aliases' | 'directives' | 'depth' | 'breadth' | 'cost';

function limitExceeded(name: LimitName, max: number, actual?: number): GraphQLError {
  const found = actual === undefined ? '' : ` (found ${actual})`;
  return new GraphQLError(`the document exceeds the gateway's ${name} limit of ${max}${found}`, {
    // Like any request error: 400 for application/graphql-response+json, 200 for application/json.
    extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: { name, max, actual }, http: { status: 400, spec: true } },
  });
}

/** graphql-armor reports through callbacks; throwing our own error there stops parsing or validation at once. */
function rejectWith(name: LimitName, max: number) {
  return [
    (_context: unknown, error: GraphQLError) => {
      const actual = /found (\d+)/.exec(error.message)?.[1];
      throw limitExceeded(name, max, actual === undefined ? undefined : Number(actual));
    },
  ];
}

const COMPLEXITY_LIMITS: Record<string, { name: LimitName; key: 'queryComplexity' | 'queryDepth' | 'queryBreadth' }> = {
  QUERY_COMPLEXITY: { name: 'cost', key: 'queryComplexity' },
  QUERY_DEPTH: { name: 'depth', key: 'queryDepth' },
  QUERY_BREADTH: { name: 'breadth', key: 'queryBreadth' },
};

/** The depth, breadth and cost errors of the operation about to run, with its variables. */
function complexityErrors(
  args: { schema: Parameters<typeof validate>[0]; document: Parameters<typeof validate>[1] } & {
    variableValues?: Record<string, unknown> | null;
    operationName?: string | null;
    contextValue?: unknown;
  },
  limits: QueryLimits,
): GraphQLError[] {
  const rule = createComplexityRule({
    variableValues: args.variableValues ?? {},
    operationName: args.operationName ?? undefined,
    context: (args.contextValue ?? {}) as object,
    maxComplexity: limits.maxCost,
    maxDepth: limits.maxDepth,
    maxBreadth: limits.maxBreadth,
  });
  return validate(args.schema, args.document, [rule]).flatMap((error) => {
    const known = COMPLEXITY_LIMITS[String(error.extensions?.code)];
    if (!known) return []; // variable errors: execution reports them in its usual way
    const measured = error.extensions[known.key] as { max: number; actual: number };
    return [limitExceeded(known.name, measured.max, measured.actual)];
  });
}

/**
 * Document limits: tokens while parsing; aliases and directives while validating (graphql-armor);
 * depth, breadth and cost (the schema's cost model, src/schema/complexity.ts) just before
 * execution, because they depend on the request's variables (`first: $n`) and yoga caches
 * validation results by document.
 */
export function useQueryLimits(limits: QueryLimits): Plugin[] {
  const armor = EnvelopArmorPlugin({
    maxTokens: { n: limits.maxTokens, onReject: rejectWith('tokens', limits.maxTokens) },
    maxAliases: { n: limits.maxAliases, allowList: [], onReject: rejectWith('aliases', limits.maxAliases) },
    maxDirectives: { n: limits.maxDirectives, onReject: rejectWith('directives', limits.maxDirectives) },
    maxDepth: { enabled: false },
    costLimit: { enabled: false },
    // Suggestions are hidden only where introspection is off (src/security/introspection.ts).
    blockFieldSuggestion: { enabled: false },
  });
  const complexity: Plugin = {
    onExecute({ args, setResultAndStopExecution }) {
      const errors = complexityErrors(args, limits);
      if (errors.length > 0) setResultAndStopExecution({ errors });
    },
  };
  return [armor as Plugin, complexity];
}
