import type { LocalizedText } from '@lotflow/dictionary';
import diff from 'microdiff';
import type { SnapshotTables } from './data-quality-snapshot.entity.js';

/** One field of a row that differs: JSON Pointer into the row, the value before and after (absent when there was none). */
export interface FieldChange {
  field: string;
  /** The field's labels, when the table's rows are of a known shape. */
  label?: LocalizedText;
  before?: unknown;
  after?: unknown;
}

export interface TableDifference {
  table: string;
  added: Array<{ key: string; row: Record<string, unknown> }>;
  removed: Array<{ key: string; row: Record<string, unknown> }>;
  changed: Array<{ key: string; fields: FieldChange[] }>;
}

export interface SnapshotDifference {
  /** Tables in both snapshots, compared row by row; only those with a difference. */
  tables: TableDifference[];
  /** Tables one snapshot has and the other has not (other record types were chosen): not compared. */
  onlyInFrom: string[];
  onlyInTo: string[];
}

const pointer = (path: ReadonlyArray<string | number>) => `/${path.map((segment) => String(segment).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
const byKey = <T extends { key: string }>(a: T, b: T) => a.key.localeCompare(b.key);

/** What changed from one snapshot to a later one: rows added, removed, and changed field by field. */
export function diffSnapshots(from: SnapshotTables, to: SnapshotTables): SnapshotDifference {
  const tables: TableDifference[] = [];
  for (const table of Object.keys(from).filter((name) => name in to).sort()) {
    const before = from[table]!;
    const after = to[table]!;
    const difference: TableDifference = { table, added: [], removed: [], changed: [] };
    for (const [key, row] of Object.entries(after)) {
      const old = before[key];
      if (old === undefined) {
        difference.added.push({ key, row });
        continue;
      }
      const fields = diff(old, row).map((change): FieldChange => {
        switch (change.type) {
          case 'CREATE':
            return { field: pointer(change.path), after: change.value };
          case 'REMOVE':
            return { field: pointer(change.path), before: change.oldValue };
          case 'CHANGE':
            return { field: pointer(change.path), before: change.oldValue, after: change.value };
        }
      });
      if (fields.length > 0) difference.changed.push({ key, fields });
    }
    for (const [key, row] of Object.entries(before)) if (!(key in after)) difference.removed.push({ key, row });
    difference.added.sort(byKey);
    difference.removed.sort(byKey);
    difference.changed.sort(byKey);
    if (difference.added.length + difference.removed.length + difference.changed.length > 0) tables.push(difference);
  }
  return {
    tables,
    onlyInFrom: Object.keys(from).filter((name) => !(name in to)).sort(),
    onlyInTo: Object.keys(to).filter((name) => !(name in from)).sort(),
  };
}
