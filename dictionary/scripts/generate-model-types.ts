import { writeFileSync } from 'node:fs';
import { modelSchemas, renderModelTypes } from './render-model-types.js';

// Run after changing a schema under src/: npx tsx dictionary/scripts/generate-model-types.ts
for (const entry of modelSchemas) {
  writeFileSync(entry.typesPath, await renderModelTypes(entry));
  console.log(`Wrote ${entry.typesPath}`);
}
