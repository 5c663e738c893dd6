import { EntitySchema } from 'typeorm';

export const snapshotTriggers = ['manual', 'scheduled'] as const;
export type SnapshotTrigger = (typeof snapshotTriggers)[number];

/**
 * The rows of a snapshot's tables, each table keyed by a stable key (a record's code, a lot, a
 * lot at a location), so two snapshots compare row by row: `record:supplier`, `lot-status`, …
 */
export type SnapshotTables = Record<string, Record<string, Record<string, unknown>>>;

/** A copy of the key tables at one moment, kept to see later what changed between two of them. */
export interface DataQualitySnapshot {
  id: string;
  takenAt: Date;
  /** The user who asked for it, or `scheduler`. */
  takenBy: string;
  trigger: SnapshotTrigger;
  /** `scheduled:<plant wall-clock start of the period>`; null for a snapshot taken on request. */
  slotKey: string | null;
  recordTypes: string[];
  rowCounts: Record<string, number>;
  content: SnapshotTables;
}

export const DataQualitySnapshotEntity = new EntitySchema<DataQualitySnapshot>({
  name: 'DataQualitySnapshot',
  tableName: 'data_quality_snapshot',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    takenAt: { name: 'taken_at', type: 'datetime', precision: 3 },
    takenBy: { name: 'taken_by', type: 'varchar', length: 64 },
    trigger: { name: 'trigger_kind', type: 'varchar', length: 16 },
    slotKey: { name: 'slot_key', type: 'varchar', length: 40, nullable: true },
    recordTypes: { name: 'record_types', type: 'simple-json' },
    rowCounts: { name: 'row_counts', type: 'simple-json' },
    // longtext on MySQL, text on SQLite: the migration chooses.
    content: { type: 'simple-json', select: false },
  },
});
