import type { FieldDefinition, TypeDefinition } from '@lotflow/dictionary/browser';

/** A field's kind; what the editor offers when a field is added or its kind changes. */
export const FIELD_KINDS = ['text', 'integer', 'decimal', 'boolean', 'date', 'date-time', 'enum', 'reference', 'list', 'code'] as const;

export type EditableKind = (typeof FIELD_KINDS)[number];

/** The options only one kind has; changing the kind drops the old kind's and starts the new one's. */
const KIND_OPTIONS = ['minLength', 'maxLength', 'pattern', 'min', 'max', 'unit', 'scale', 'values', 'targetType', 'allowedStatuses', 'items', 'fields', 'minItems', 'maxItems', 'numbering', 'default'];

const STARTING_OPTIONS: Readonly<Record<EditableKind, Record<string, unknown>>> = {
  text: {},
  integer: {},
  decimal: {},
  boolean: {},
  date: {},
  'date-time': {},
  enum: { values: [{ value: '', label: { en: '', 'zh-CN': '' } }] },
  reference: { targetType: '' },
  list: { items: { kind: 'text' } },
  code: { numbering: '' },
};

/** The same field as another kind: name, labels, help and flags kept, the old kind's options gone. */
export function changeFieldKind(field: FieldDefinition, kind: EditableKind): FieldDefinition {
  const kept = Object.fromEntries(Object.entries(field).filter(([name]) => !KIND_OPTIONS.includes(name)));
  return { ...kept, kind, ...structuredClone(STARTING_OPTIONS[kind]) } as FieldDefinition;
}

/** A new optional text field with a name not used yet. */
export function createField(existing: readonly FieldDefinition[]): FieldDefinition {
  const names = new Set(existing.map((field) => field.name));
  let number = existing.length + 1;
  while (names.has(`field${number}`)) number += 1;
  return { name: `field${number}`, kind: 'text', label: { en: '', 'zh-CN': '' } };
}

/** The fields (or anything kept beside them) with one moved by `offset` places (−1 up, +1 down); out of range leaves them as they are. */
export function moveField<T>(fields: readonly T[], index: number, offset: number): T[] {
  const target = index + offset;
  if (target < 0 || target >= fields.length) return [...fields];
  const moved = [...fields];
  const [field] = moved.splice(index, 1);
  if (field !== undefined) moved.splice(target, 0, field);
  return moved;
}

/** A field with an option set, or removed when `value` is undefined (an emptied input). */
export function setFieldOption(field: FieldDefinition, option: string, value: unknown): FieldDefinition {
  const next = { ...field } as Record<string, unknown>;
  if (value === undefined) delete next[option];
  else next[option] = value;
  return next as unknown as FieldDefinition;
}

/** The starting point of a type that was never saved: its code field. */
export function createBlankType(key: string): TypeDefinition {
  return {
    key,
    label: { en: '', 'zh-CN': '' },
    codeField: 'code',
    fields: [{ name: 'code', kind: 'text', required: true, unique: true, label: { en: 'Code', 'zh-CN': '编码' } }],
  };
}
