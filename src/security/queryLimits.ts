import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createComplexityRule } from '@pothos/plugin-complexity';
import { GraphQLError, validate, visit, type ArgumentNode, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { stringifyJson } from '../rest/wire/json.js';
import { COST_ARGUMENTS } from '../graphql/complexity.js';
import { pageSizeErrors } from './pageSizes.js';

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

/**
 * A graphql-armor limit of `max`, reported through its onReject callback: throwing our own error
 * there stops parsing or validation at once. The callback is told nothing but graphql-armor's
 * error, whose count is only in its text, so these refusals carry no `actual`.
 */
function armorLimit(name: LimitName, max: number) {
  return {
    n: max,
    onReject: [
      () => {
        throw limitExceeded(name, max);
      },
    ],
  };
}

const COMPLEXITY_LIMITS: Record<string, { name: LimitName; key: 'queryComplexity' | 'queryDepth' | 'queryBreadth' }> = {
  QUERY_COMPLEXITY: { name: 'cost', key: 'queryComplexity' },
  QUERY_DEPTH: { name: 'depth', key: 'queryDepth' },
  QUERY_BREADTH: { name: 'breadth', key: 'queryBreadth' },
};

type ComplexityArgs = { schema: GraphQLSchema; document: DocumentNode } & {
  variableValues?: Record<string, unknown> | null;
  operationName?: string | null;
  contextValue?: unknown;
};

/** A depth, breadth or cost limit the operation exceeds: what its error says. */
interface LimitHit {
  name: LimitName;
  max: number;
  actual: number;
}

/** What the operation about to run costs (src/graphql/complexity.ts) and the limits it exceeds. */
interface Measure {
  /** Page sizes no connection accepts: reported instead of, and before, any limit. */
  pageSizeErrors: GraphQLError[];
  hits: LimitHit[];
  /** Undefined when the rule skipped the operation (variables that do not coerce, an unknown operation name). */
  cost?: number;
}

/**
 * The operation's cost, and the depth, breadth and cost limits it exceeds, with its variables.
 * Anything else the rule reports (variables that do not coerce, an unknown operation name) is
 * left to execution, which reports it in its usual way; such a measure is not `complete`
 * (the rule skipped the operation) and is not reused.
 */
function measureOperation(args: ComplexityArgs, limits: QueryLimits): Measure & { complete: boolean } {
  let cost: number | undefined;
  const rule = createComplexityRule({
    variableValues: args.variableValues ?? {},
    operationName: args.operationName ?? undefined,
    context: (args.contextValue ?? {}) as object,
    maxComplexity: limits.maxCost,
    maxDepth: limits.maxDepth,
    maxBreadth: limits.maxBreadth,
    onResult: (state) => void (cost = state.complexity),
  });
  const hits: LimitHit[] = [];
  let complete = true;
  for (const error of validate(args.schema, args.document, [rule])) {
    const known = COMPLEXITY_LIMITS[String(error.extensions?.code)];
    if (!known) {
      complete = false;
      continue;
    }
    const measured = error.extensions[known.key] as { max: number; actual: number };
    hits.push({ name: known.name, max: measured.max, actual: measured.actual });
  }
  const pageSizes = pageSizeErrors(args.schema, args.document, args.operationName, args.variableValues ?? {});
  return { pageSizeErrors: pageSizes, hits, cost, complete };
}

/**
 * The variables a document's cost can depend on: those used in a cost argument
 * (COST_ARGUMENTS: page sizes, `_entities` representations), and, to be safe should the measure
 * ever honour `@skip`/`@include` (it counts their fields today), those used in a directive.
 * Any other variable (an id, a filter) leaves the cost as it is.
 */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  let inside = 0;
  const counts = (node: ArgumentNode) => COST_ARGUMENTS.has(node.name.value);
  visit(document, {
    Directive: { enter: () => void inside++, leave: () => void inside-- },
    Argument: {
      enter: (node) => void (counts(node) && inside++),
      leave: (node) => void (counts(node) && inside--),
    },
    Variable: (node) => void (inside > 0 && names.add(node.name.value)),
  });
  return [...names].sort();
}

/** Longer keys (a federation request's representations) are computed every time rather than kept. */
const MAX_KEY_LENGTH = 1024;
/** Distinct operation names and cost-variable values remembered per document. */
const MAX_ENTRIES_PER_DOCUMENT = 64;

/**
 * The operation name and the values of the cost variables, as text; `{}` for a variable left out
 * (its default applies), which differs from `{"v":null}`. Undefined for values JSON cannot tell apart.
 */
function cacheKey(args: ComplexityArgs, variables: readonly string[]): string | undefined {
  const values = args.variableValues ?? {};
  try {
    return stringifyJson([args.operationName ?? null, ...variables.map((name) => ({ v: values[name] }))]);
  } catch {
    return undefined;
  }
}

interface DocumentCosts {
  variables: string[];
  measures: Map<string, Measure>;
}

/**
 * Depth, breadth and cost are measured once per document, operation name and values of the
 * variables they depend on (costVariables), rather than on every request: the measure walks the
 * whole document with graphql-js's validation machinery. The cost model reads nothing from the
 * request context (src/graphql/complexity.ts), so the context is not part of the key. Documents
 * are the parsed ones yoga's parser cache hands out, held weakly.
 */
function complexityCache(limits: QueryLimits) {
  const bySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, DocumentCosts>>();
  return (args: ComplexityArgs): Measure => {
    let byDocument = bySchema.get(args.schema);
    if (!byDocument) bySchema.set(args.schema, (byDocument = new WeakMap()));
    let costs = byDocument.get(args.document);
    if (!costs)
      byDocument.set(args.document, (costs = { variables: costVariables(args.document), measures: new Map() }));
    const key = cacheKey(args, costs.variables);
    const cached = key === undefined ? undefined : costs.measures.get(key);
    if (cached) return cached;
    const { complete, ...measure } = measureOperation(args, limits);
    if (complete && key !== undefined && key.length <= MAX_KEY_LENGTH) {
      if (costs.measures.size >= MAX_ENTRIES_PER_DOCUMENT) costs.measures.delete(costs.measures.keys().next().value!);
      costs.measures.set(key, measure);
    }
    return measure;
  };
}

/**
 * Spends an operation's cost from its caller's budget (src/security/callerRateLimit.ts): an error
 * refuses the operation.
 */
export type CostCharge = (cost: number, context: unknown) => Promise<GraphQLError | undefined>;

/**
 * Document limits: tokens while parsing; aliases and directives while validating (graphql-armor);
 * depth, breadth and cost (the schema's cost model, src/graphql/complexity.ts) just before
 * execution, because they depend on the request's variables (`first: $n`) and yoga caches
 * validation results by document; they are kept per document and cost-variable values
 * (complexityCache).
 */
export function useQueryLimits(limits: QueryLimits, charge?: CostCharge): Plugin[] {
  const armor = EnvelopArmorPlugin({
    maxTokens: armorLimit('tokens', limits.maxTokens),
    maxAliases: { ...armorLimit('aliases', limits.maxAliases), allowList: [] },
    maxDirectives: armorLimit('directives', limits.maxDirectives),
    maxDepth: { enabled: false },
    costLimit: { enabled: false },
    // Suggestions are hidden only where introspection is off (src/security/introspection.ts).
    blockFieldSuggestion: { enabled: false },
  });
  const measure = complexityCache(limits);
  const check = ({
    args,
    setResultAndStopExecution,
  }: {
    args: ComplexityArgs;
    setResultAndStopExecution: (result: { errors: GraphQLError[] }) => void;
  }): Promise<void> | undefined => {
    const { pageSizeErrors: badPageSizes, hits, cost } = measure(args);
    if (badPageSizes.length > 0) {
      setResultAndStopExecution({ errors: badPageSizes });
      return undefined;
    }
    if (hits.length > 0) {
      setResultAndStopExecution({ errors: hits.map((hit) => limitExceeded(hit.name, hit.max, hit.actual)) });
      return undefined;
    }
    // Synchronous unless a cost budget is charged: no await on the path of every operation otherwise.
    if (!charge || !cost) return undefined;
    return charge(cost, args.contextValue).then((refused) => {
      if (refused) setResultAndStopExecution({ errors: [refused] });
    });
  };
  // Subscriptions run through onSubscribe, not onExecute: the same limits apply to them.
  const complexity: Plugin = { onExecute: check, onSubscribe: check };
  return [armor as Plugin, complexity];
}
