import path from 'node:path';
import type { JsonSchema } from '../src/schema/json-schema.types.js';
import { compileTypeSchema } from '../src/schema/compile-type-schema.js';
import { loadPack } from '../src/pack/load-pack.js';
import { renderTypeScript } from './render-typescript.js';

export const packTypesFile = path.join(import.meta.dirname, '..', 'src', 'pack', 'pack-types.generated.ts');

const banner = `/*
 * Generated from the pack's types (dictionary/pack/types/*.json) by dictionary/scripts/generate-pack-types.ts.
 * Do not edit: change a type and run \`npx tsx dictionary/scripts/generate-pack-types.ts\`.
 */`;

/** TypeScript interfaces for the records of every built-in type, derived from their compiled schemas. */
export async function renderPackTypes(): Promise<string> {
  const { types } = loadPack();
  const declarations: string[] = [];
  for (const type of types) {
    const schema = compileTypeSchema(type, { locale: 'en' });
    const code = await renderTypeScript({ ...asDocumentation(schema), title: typeName(type.key) }, typeName(type.key), '');
    declarations.push(code.trim());
  }
  const index = [
    '/** The record shape of each built-in type, by type key. */',
    'export interface PackRecordTypes {',
    ...types.map((type) => `  '${type.key}': ${typeName(type.key)};`),
    '}',
  ].join('\n');
  return `${banner}\n\n${declarations.join('\n\n')}\n\n${index}\n`;
}

/** `inspection-point` → `InspectionPoint`. */
export function typeName(key: string): string {
  return key
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/**
 * json-schema-to-typescript names a declaration after every `title`; field labels become doc
 * comments instead, so fields with the same label in two types don't collide.
 */
function asDocumentation(schema: JsonSchema): JsonSchema {
  if (Array.isArray(schema)) return schema.map((item: unknown) => (isObject(item) ? asDocumentation(item) : item)) as unknown as JsonSchema;
  const result: JsonSchema = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === 'title') continue;
    result[keyword] = isObject(value) || Array.isArray(value) ? asDocumentation(value as JsonSchema) : value;
  }
  if (typeof schema.title === 'string') {
    const unit = typeof schema['x-lotflow-unit'] === 'string' ? ` (${schema['x-lotflow-unit']})` : '';
    result.description = `${schema.title}${unit}${typeof schema.description === 'string' ? `: ${schema.description}` : ''}`;
  }
  return result;
}

function isObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
