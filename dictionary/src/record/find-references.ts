import type { ValueDefinition } from '../model/field-kind.js';
import type { FieldDefinition, TypeDefinition } from '../model/type-definition.types.js';

/** A code in a record that names a record of another type. */
export interface RecordReference {
  /** Where the code is: `/lines/0/material`. */
  pointer: string;
  targetType: string;
  code: string;
  /** The statuses the referenced record may have when the reference is set. */
  allowedStatuses?: string[];
}

/**
 * Every reference a record holds, rows and lists included, for the api to check that each target
 * exists (and has an allowed status when the reference is set). The record should be valid.
 */
export function findReferences(type: TypeDefinition, record: Record<string, unknown>): RecordReference[] {
  const references: RecordReference[] = [];
  const visitRow = (fields: readonly FieldDefinition[], row: unknown, pointer: string): void => {
    if (typeof row !== 'object' || row === null) return;
    for (const field of fields) {
      const value = (row as Record<string, unknown>)[field.name];
      if (value !== undefined) visitValue(field, value, `${pointer}/${field.name}`);
    }
  };
  const visitValue = (definition: ValueDefinition, value: unknown, pointer: string): void => {
    if (definition.kind === 'reference' && typeof value === 'string') {
      references.push({ pointer, targetType: definition.targetType, code: value, ...(definition.allowedStatuses ? { allowedStatuses: definition.allowedStatuses } : {}) });
    }
    if (definition.kind === 'list' && Array.isArray(value)) {
      value.forEach((item, index) => {
        if (definition.fields) visitRow(definition.fields, item, `${pointer}/${index}`);
        else if (definition.items) visitValue(definition.items, item, `${pointer}/${index}`);
      });
    }
  };
  visitRow(type.fields, record, '');
  return references;
}
