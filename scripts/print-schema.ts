import { writeFileSync } from 'node:fs';
import { schemaSdl } from '../src/executableSchema.js';

const target = new URL('../schema.graphql', import.meta.url);
writeFileSync(target, schemaSdl + '\n');
console.log(`wrote ${target.pathname}`);
