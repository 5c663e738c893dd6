import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile, type JSONSchema } from 'json-schema-to-typescript';

const schemaFile = fileURLToPath(new URL('../src/rule-table/rule-table.schema.json', import.meta.url));
export const documentTypesFile = fileURLToPath(new URL('../src/rule-table/rule-table-document.types.ts', import.meta.url));

const banner = `/**
 * Generated from rule-table.schema.json by \`npm run generate:types -w @lotflow/rules\`; do not edit.
 * The schema is the one source of truth for a rule table's shape.
 */`;

/** The TypeScript declarations the schema implies, as the generated file should hold them. */
export async function renderDocumentTypes(): Promise<string> {
  const schema = JSON.parse(await readFile(schemaFile, 'utf8')) as JSONSchema;
  return compile(schema, 'RuleTableDocument', { bannerComment: banner, additionalProperties: false, ignoreMinAndMaxItems: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(documentTypesFile, await renderDocumentTypes());
  console.log(`Wrote ${documentTypesFile}`);
}
