import { isListType, isNonNullType, type GraphQLField, type GraphQLOutputType } from 'graphql';

/** What one list item is assumed to cost when nothing says how many items a list holds. */
const DEFAULT_LIST_SIZE = 10;
/** The page size a paged field is assumed to return when the caller does not ask for one. */
const DEFAULT_PAGE_SIZE = 25;
const PAGE_SIZE_ARGUMENTS = ['first', 'last', 'limit'];

/**
 * The field arguments whose values the cost model reads: the page sizes here, the
 * representations of `_entities` (src/graphql/federation.ts) and the ids of `nodes`. A document's cost depends on its
 * variables only through these arguments and through directives (`@skip`/`@include`), which lets
 * src/security/queryLimits.ts reuse a cost computed for the same values.
 */
export const COST_ARGUMENTS: ReadonlySet<string> = new Set([...PAGE_SIZE_ARGUMENTS, 'representations', 'ids']);

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

function requestedPageSize(args: Record<string, unknown>): number | undefined {
  for (const name of PAGE_SIZE_ARGUMENTS) {
    const value = args[name];
    if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, Math.floor(value));
  }
  return undefined;
}

/** Whether the field is the edges/nodes list of a Relay connection, whose size its connection field already counted. */
function isConnectionItems(field: GraphQLField<unknown, any>): boolean {
  const parentType = (field.extensions?.pothosConfig as { parentType?: string } | undefined)?.parentType;
  return (field.name === 'edges' || field.name === 'nodes') && !!parentType?.endsWith('Connection');
}

/**
 * The cost model of the graph: a field costs 1, and what is selected under it counts once per
 * item it may return: the `first`/`last`/`limit` the caller asked for on paged fields (a
 * default page otherwise), DEFAULT_LIST_SIZE for other lists.
 */
export function fieldComplexity(
  args: Record<string, unknown>,
  _context: object,
  field: GraphQLField<unknown, any>,
): { field: number; multiplier: number } {
  const requested = requestedPageSize(args);
  if (requested !== undefined) return { field: 1, multiplier: requested };
  if (field.args.some((arg) => PAGE_SIZE_ARGUMENTS.includes(arg.name)))
    return { field: 1, multiplier: DEFAULT_PAGE_SIZE };
  if (isConnectionItems(field)) return { field: 1, multiplier: 1 };
  return { field: 1, multiplier: isList(field.type) ? DEFAULT_LIST_SIZE : 1 };
}
