import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderTypeScript } from './render-typescript.js';

const sourceDirectory = path.join(import.meta.dirname, '..', 'src');

/** Each hand-written JSON Schema of the dictionary and the TypeScript file derived from it. */
export const modelSchemas = [
  { schemaFile: 'model/type-definition.schema.json', typesFile: 'model/type-definition.types.ts', name: 'TypeDefinition' },
  { schemaFile: 'numbering/sequence-definition.schema.json', typesFile: 'numbering/sequence-definition.types.ts', name: 'SequenceDefinition' },
].map((entry) => ({
  ...entry,
  schemaPath: path.join(sourceDirectory, entry.schemaFile),
  typesPath: path.join(sourceDirectory, entry.typesFile),
}));

/** The TypeScript types of one schema; the schema stays the one source of truth. */
export async function renderModelTypes(entry: (typeof modelSchemas)[number]): Promise<string> {
  const schema = JSON.parse(readFileSync(entry.schemaPath, 'utf8')) as object;
  const banner = `/*
 * Generated from ${path.basename(entry.schemaFile)} by dictionary/scripts/generate-model-types.ts.
 * Do not edit: change the schema and run \`npx tsx dictionary/scripts/generate-model-types.ts\`.
 */`;
  return renderTypeScript(schema, entry.name, banner);
}
