import { writeFileSync } from 'node:fs';
import { GENERATED_CLIENT, renderClient } from './clientSource.js';

writeFileSync(GENERATED_CLIENT, await renderClient());
console.log(`wrote ${GENERATED_CLIENT}`);
