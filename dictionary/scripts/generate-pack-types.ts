import { writeFileSync } from 'node:fs';
import { packTypesFile, renderPackTypes } from './render-pack-types.js';

// Run after changing a type under pack/types: npx tsx dictionary/scripts/generate-pack-types.ts
writeFileSync(packTypesFile, await renderPackTypes());
console.log(`Wrote ${packTypesFile}`);
