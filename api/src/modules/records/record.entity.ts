import { EntitySchema } from 'typeorm';

/** A record of any dictionary type, validated against the type version it was written with. */
export interface StoredRecord {
  id: string;
  typeKey: string;
  typeVersion: number;
  /** The business code: unique across every record of every type. */
  code: string;
  values: Record<string, unknown>;
  /** Counts the changes: an update names the revision it started from. */
  revision: number;
  createdBy: string;
  createdAt: Date;
  updatedBy: string;
  updatedAt: Date;
}

/** One value of a field declared unique, so the database itself refuses a second record with it. */
export interface RecordUniqueValue {
  typeKey: string;
  fieldName: string;
  value: string;
  recordId: string;
}

export const RecordEntity = new EntitySchema<StoredRecord>({
  name: 'Record',
  tableName: 'record',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    typeKey: { name: 'type_key', type: 'varchar', length: 80 },
    typeVersion: { name: 'type_version', type: 'integer' },
    code: { type: 'varchar', length: 120 },
    values: { name: 'record_values', type: 'simple-json' },
    revision: { type: 'integer' },
    createdBy: { name: 'created_by', type: 'varchar', length: 64 },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    updatedBy: { name: 'updated_by', type: 'varchar', length: 64 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3 },
  },
});

export const RecordUniqueValueEntity = new EntitySchema<RecordUniqueValue>({
  name: 'RecordUniqueValue',
  tableName: 'record_unique_value',
  columns: {
    typeKey: { name: 'type_key', type: 'varchar', length: 80, primary: true },
    fieldName: { name: 'field_name', type: 'varchar', length: 80, primary: true },
    value: { type: 'varchar', length: 255, primary: true },
    recordId: { name: 'record_id', type: 'varchar', length: 36 },
  },
});
