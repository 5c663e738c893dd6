import { createHash } from 'node:crypto';
import type { RuleTableDocument } from './rule-table-document.types.js';

/**
 * sha256 of the table's canonical JSON: object keys sorted, no whitespace, `$schema` left out.
 * Reformatting a file or reordering its keys keeps the version; changing a cell changes it.
 */
export function computeTableVersion(document: RuleTableDocument): string {
  const { $schema: _editorHint, ...content } = document;
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
