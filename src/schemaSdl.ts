import { printSubgraphSchema } from '@apollo/subgraph';
import { lexicographicSortSchema } from 'graphql';
import { schema } from './executableSchema.js';

// Its own module: sorting and printing the whole schema costs start-up time the server never needs
// (`_service { sdl }` is printed by the federation plugin); the schema script and tests import it.

/**
 * The SDL as `schema.graphql` holds it and `_service { sdl }` serves it, federation directives
 * included: types sorted by name, so diffs show what changed.
 */
export const schemaSdl = printSubgraphSchema(lexicographicSortSchema(schema));
