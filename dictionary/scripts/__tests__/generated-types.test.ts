import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelSchemas, renderModelTypes } from '../render-model-types.js';
import { packTypesFile, renderPackTypes } from '../render-pack-types.js';
import { mergeRepeatedDeclarations } from '../render-typescript.js';

describe('TypeScript types derived from JSON Schema', () => {
  it.each(modelSchemas.map((entry) => [entry.typesFile, entry] as const))(
    'given the schemas under src, %s is up to date (npx tsx dictionary/scripts/generate-model-types.ts)',
    async (_file, entry) => {
      expect(readFileSync(entry.typesPath, 'utf8')).toBe(await renderModelTypes(entry));
    },
  );

  it('given the pack types, src/pack/pack-types.generated.ts is up to date (npx tsx dictionary/scripts/generate-pack-types.ts)', async () => {
    expect(readFileSync(packTypesFile, 'utf8')).toBe(await renderPackTypes());
  }, 30_000);
});

describe('mergeRepeatedDeclarations', () => {
  it('given a declaration repeated under a numbered name, keeps one and points every use at it', () => {
    const code = [
      'export type Field = Options & {\n  name: string;\n};',
      'export interface Options {\n  fields?: Field1[];\n}',
      'export type Field1 = Options & {\n  name: string;\n};',
      '',
    ].join('\n');

    expect(mergeRepeatedDeclarations(code)).toBe(['export type Field = Options & {\n  name: string;\n};', 'export interface Options {\n  fields?: Field[];\n}', ''].join('\n'));
  });

  it('given a numbered declaration that differs from its namesake, leaves both alone', () => {
    const code = 'export type Step = { a: string };\nexport type Step1 = { b: string };\n';
    expect(mergeRepeatedDeclarations(code)).toBe(code);
  });
});
