import type { RuleTableDocument } from '../api/rule-table.shape';

/** What a JSON Pointer of a diff is about, in the table's own terms. */
export type ChangePlace =
  | { readonly kind: 'cell'; readonly rowNumber: number; readonly rowId: string; readonly column: string }
  | { readonly kind: 'output'; readonly rowNumber: number; readonly rowId: string; readonly column: string }
  | { readonly kind: 'row'; readonly rowNumber: number; readonly rowId: string }
  | { readonly kind: 'input'; readonly column: string }
  | { readonly kind: 'output-column'; readonly column: string }
  | { readonly kind: 'table'; readonly property: string };

/**
 * Names the row and column a change is at, reading ids and labels from the newer version (the
 * older one for what was removed). `/rows/2/cells/0` → row 3, the first input.
 */
export function describeChangePath(path: string, newer: RuleTableDocument | undefined, older: RuleTableDocument | undefined, locale: 'en' | 'zh-CN'): ChangePlace {
  const [collection, index, field, item] = path.split('/').slice(1).map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
  const at = Number(index);
  const pick = <T,>(select: (document: RuleTableDocument) => T | undefined): T | undefined =>
    (newer === undefined ? undefined : select(newer)) ?? (older === undefined ? undefined : select(older));
  if (collection === 'rows' && Number.isInteger(at)) {
    const rowId = pick((document) => document.rows[at]?.id) ?? String(at + 1);
    if (field === 'cells' && item !== undefined) {
      const column = pick((document) => document.inputs[Number(item)]?.label[locale]) ?? item;
      return { kind: 'cell', rowNumber: at + 1, rowId, column };
    }
    if (field === 'outputs' && item !== undefined) {
      const column = pick((document) => document.outputs.find((output) => output.name === item)?.label[locale]) ?? item;
      return { kind: 'output', rowNumber: at + 1, rowId, column };
    }
    return { kind: 'row', rowNumber: at + 1, rowId };
  }
  if (collection === 'inputs' && Number.isInteger(at)) {
    return { kind: 'input', column: pick((document) => document.inputs[at]?.label[locale]) ?? String(at + 1) };
  }
  if (collection === 'outputs' && Number.isInteger(at)) {
    return { kind: 'output-column', column: pick((document) => document.outputs[at]?.label[locale]) ?? String(at + 1) };
  }
  return { kind: 'table', property: path.slice(1) || '/' };
}
