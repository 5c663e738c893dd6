import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentTypesFile, renderDocumentTypes } from '../../../scripts/generate-rule-table-types.js';

describe('rule-table.schema.json', () => {
  it('given the schema, when its TypeScript types are generated, then rule-table-document.types.ts already holds them', async () => {
    // If this fails, run `npm run generate:types -w @lotflow/rules` and commit the result.
    expect(readFileSync(documentTypesFile, 'utf8')).toBe(await renderDocumentTypes());
  });
});
