import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * graphql-armor (3.0.1) hides `Did you mean "x"?` but not graphql-js's other form, ending an
 * enum value error: `Did you mean the enum value "A"?` (or `"A" or "B"?`, `"A", "B", or "C"?`).
 */
const ENUM_VALUE_SUGGESTION = /\s*Did you mean the enum value .+\?$/;

/** Drops the enum value hint graphql-armor leaves in validation errors. */
function hideEnumValueSuggestions(): Plugin {
  const hide = (error: GraphQLError) =>
    ENUM_VALUE_SUGGESTION.test(error.message)
      ? new GraphQLError(error.message.replace(ENUM_VALUE_SUGGESTION, ''), {
          nodes: error.nodes,
          source: error.source,
          positions: error.positions,
          extensions: error.extensions,
        })
      : error;
  return {
    onValidate:
      () =>
      ({ valid, result, setResult }) => {
        if (!valid) setResult(result.map((error) => (error instanceof GraphQLError ? hide(error) : error)));
      },
  };
}

/**
 * For deployments that keep their graph private: yoga's plugin refuses `__schema` and `__type`
 * (not `__typename`), and graphql-armor's drops graphql-js's "Did you mean ...?" hints, which
 * would otherwise let a caller guess field, argument, type and enum value names one typo at a time.
 */
export function usePrivateSchema() {
  return [useDisableIntrospection(), blockFieldSuggestionsPlugin({ mask: '' }), hideEnumValueSuggestions()];
}
