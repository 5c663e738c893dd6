import type { FieldDefinition, ListItemDefinition, TypeDefinition, ValueDefinition } from '@lotflow/dictionary/browser';

/**
 * What a form holds while a person types: every single value as the text of its input (a number
 * half typed, a date not yet complete), lists as arrays, rows as objects. `formValuesToRecord`
 * turns it into the record the api stores; the schema then judges it, exactly as the api would.
 */
export type FormValue = string | FormValue[] | FormRow;

export interface FormRow {
  [name: string]: FormValue;
}

export type RecordValues = Record<string, unknown>;

const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** The record a form's values stand for: empty inputs are absent, numbers and yes/no are typed. */
export function formValuesToRecord(type: TypeDefinition, values: FormRow): RecordValues {
  return rowToRecord(type.fields, values);
}

/** The form's values for a stored record (or for a new one: `{}` gives each field its default). */
export function recordToFormValues(type: TypeDefinition, record: RecordValues | undefined): FormRow {
  if (record === undefined) {
    return Object.fromEntries(type.fields.map((field) => [field.name, toFormValue(field, 'default' in field ? field.default : undefined)]));
  }
  return rowToForm(type.fields, record);
}

/** A blank row of a list of rows, or a blank item of a list of single values. */
export function emptyFormValue(definition: ValueDefinition): FormValue {
  if (definition.kind === 'list') return [];
  return '';
}

export function emptyRow(fields: readonly FieldDefinition[]): FormRow {
  return Object.fromEntries(fields.map((field) => [field.name, emptyFormValue(field)]));
}

function rowToRecord(fields: readonly FieldDefinition[], row: FormRow): RecordValues {
  const record: RecordValues = {};
  for (const field of fields) {
    const value = toRecordValue(field, row[field.name]);
    if (value !== undefined) record[field.name] = value;
  }
  return record;
}

function rowToForm(fields: readonly FieldDefinition[], record: RecordValues): FormRow {
  return Object.fromEntries(fields.map((field) => [field.name, toFormValue(field, record[field.name])]));
}

/** `undefined` leaves the value out of the record. */
function toRecordValue(definition: ValueDefinition, value: FormValue | undefined): unknown {
  if (definition.kind === 'list') {
    if (!Array.isArray(value) || value.length === 0) return undefined;
    if (definition.fields) {
      const fields = definition.fields;
      return value.map((row) => rowToRecord(fields, isRow(row) ? row : {}));
    }
    const items = definition.items;
    // A blank item stays in the list, so the error lands on its own row rather than on the next one.
    return items ? value.map((item) => toRecordValue(items, item) ?? blankItem(items)) : value;
  }
  if (typeof value !== 'string' || value === '') return undefined;
  return singleValueReaders[definition.kind](value);
}

/** How each kind reads the text of its input; text the kind cannot read is kept, for the schema to reject. */
const singleValueReaders: Record<Exclude<ValueDefinition['kind'], 'list'>, (text: string) => unknown> = {
  text: (text) => text,
  code: (text) => text,
  enum: (text) => text,
  reference: (text) => text,
  date: (text) => text.trim(),
  'date-time': (text) => text.trim(),
  integer: readNumber,
  decimal: readNumber,
  boolean: (text) => (text === 'true' ? true : text === 'false' ? false : text),
};

function readNumber(text: string): unknown {
  const trimmed = text.trim();
  return NUMBER_TEXT.test(trimmed) ? Number(trimmed) : text;
}

function blankItem(definition: ListItemDefinition): unknown {
  return definition.kind === 'integer' || definition.kind === 'decimal' || definition.kind === 'boolean' ? null : '';
}

function toFormValue(definition: ValueDefinition, value: unknown): FormValue {
  if (definition.kind === 'list') {
    if (!Array.isArray(value)) return [];
    if (definition.fields) {
      const fields = definition.fields;
      return value.map((row) => rowToForm(fields, typeof row === 'object' && row !== null ? (row as RecordValues) : {}));
    }
    const items = definition.items;
    return items ? value.map((item) => toFormValue(items, item)) : [];
  }
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export function isRow(value: FormValue | undefined): value is FormRow {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
