import { writeFileSync } from 'node:fs';
import { schemaSdl } from '../src/schemaSdl.js';

const target = new URL('../schema.graphql', import.meta.url);
writeFileSync(target, schemaSdl + '\n');
console.log(`wrote ${target.pathname}`);
