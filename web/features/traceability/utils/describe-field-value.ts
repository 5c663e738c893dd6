import type { FieldDefinition, TypeDefinition } from '@lotflow/dictionary/browser';
import type { Locale } from '../../../shared/i18n/locales';

type Field = FieldDefinition & { readonly unit?: string; readonly values?: ReadonlyArray<{ value: string; label: Record<Locale, string> }> };

const dateTimeFormat = (locale: Locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

/** A field's value as people read it: enum values by their label, date-times in the reader's language, units after numbers. */
export function describeFieldValue(field: FieldDefinition, value: unknown, locale: Locale, yesNo: { yes: string; no: string }): string {
  const definition = field as Field;
  if (value === undefined || value === null || value === '') return '';
  switch (definition.kind) {
    case 'enum':
      return definition.values?.find((option) => option.value === value)?.label[locale] ?? String(value);
    case 'boolean':
      return value ? yesNo.yes : yesNo.no;
    case 'date-time': {
      // As recorded, with the offset it was recorded in: the plant's clock, not the server's.
      const recorded = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(String(value));
      if (recorded) return `${recorded[1]} ${recorded[2]} (UTC${recorded[3] === 'Z' ? '' : recorded[3]})`;
      const time = Date.parse(String(value));
      return Number.isNaN(time) ? String(value) : dateTimeFormat(locale).format(time);
    }
    case 'integer':
    case 'decimal':
      return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(Number(value))}${definition.unit ? ` ${definition.unit}` : ''}`;
    case 'list':
      return Array.isArray(value) ? value.map((item) => (typeof item === 'object' ? '' : String(item))).filter(Boolean).join(', ') : '';
    default:
      return String(value);
  }
}

/** The label of a status value of a type, in the reader's language. */
export function describeStatus(type: TypeDefinition | undefined, value: unknown, locale: Locale): string | undefined {
  if (typeof value !== 'string') return undefined;
  const field = type?.fields.find((candidate) => candidate.name === type.statusField);
  return field ? describeFieldValue(field, value, locale, { yes: '', no: '' }) : value;
}
