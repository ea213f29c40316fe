import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars.js';
import './root.js';
import '../resolvers/task.js';
import '../resolvers/upload.js';

export const schema = builder.toSchema();

/** The SDL as `schema.graphql` holds it: sorted, so diffs show what changed. */
export const sortedSchema = lexicographicSortSchema(schema);
