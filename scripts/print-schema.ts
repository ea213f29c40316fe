import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { sortedSchema } from '../src/schema/index.js';

const target = new URL('../schema.graphql', import.meta.url);
writeFileSync(target, printSchema(sortedSchema) + '\n');
console.log(`wrote ${target.pathname}`);
