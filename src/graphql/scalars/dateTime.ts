import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { Instant } from '../../rest/wire/instant.js';

function parseInstant(value: unknown): Instant {
  const instant = typeof value === 'string' ? Instant.parse(value) : undefined;
  if (!instant) {
    throw new GraphQLError(
      `DateTime must be an RFC 3339 timestamp with up to nine fractional digits, such as 2026-01-01T00:00:00.123456789Z`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return instant;
}

/**
 * An instant to the nanosecond. graphql-scalars' DateTime holds a JS Date, which keeps
 * milliseconds only: two of Stream's instants a microsecond apart would print the same, and a
 * time read from the graph and sent back as a filter would mean another instant.
 */
export const DateTimeScalar = new GraphQLScalarType<Instant, string>({
  name: 'DateTime',
  description:
    'An instant as an RFC 3339 timestamp, printed in UTC with 3, 6 or 9 fractional digits as its precision needs (e.g. 2026-01-01T01:00:00.123456789Z). Every digit Stream sends is kept; inputs take any offset and up to nine fractional digits.',
  specifiedByURL: 'https://datatracker.ietf.org/doc/html/rfc3339#section-5.6',
  serialize(value) {
    const instant = Instant.from(value);
    if (!instant) {
      const text = value instanceof Instant ? value.unreadText : String(value);
      throw new GraphQLError(`DateTime cannot represent ${text}`);
    }
    return instant.toString();
  },
  parseValue: parseInstant,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('DateTime must be a string', { nodes: ast, extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parseInstant(ast.value);
  },
});
