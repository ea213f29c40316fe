import { writeFileSync } from 'node:fs';
import { configurationDoc } from './configurationDoc.js';

const target = new URL('../docs/CONFIGURATION.md', import.meta.url);
writeFileSync(target, configurationDoc());
console.log(`wrote ${target.pathname}`);
