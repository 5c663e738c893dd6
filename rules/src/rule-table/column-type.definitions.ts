import { calendarDateOf, parseDateTimeToInstant, parseDateToDay } from './date-value.util.js';
import type { ColumnType, Scalar } from './rule-table-document.types.js';

/** The kinds of literal a cell can write. */
export type LiteralKind = 'string' | 'number' | 'boolean' | 'date' | 'date-time';

/** What the rest of the package needs to know about an input or output type, declared as data. */
export interface ColumnTypeDefinition {
  /** JSON Schema of a fact or output value of this type. */
  valueSchema: object;
  /** The literal a cell of this type writes. */
  literalKind: LiteralKind;
  /** A problem with a literal of the right kind, e.g. a fraction in an integer column. */
  checkLiteral?: (value: Scalar) => string | undefined;
  /** Whether comparisons (< <= > >=) and ranges apply. */
  ordered: boolean;
  /** How to write a value of this type, for messages. */
  howToWrite: string;
  /** A value that `===` (and for ordered types `<`) compares correctly: days for dates, milliseconds for date-times. */
  toComparable(value: Scalar): Scalar | undefined;
  /** A JavaScript Date (the process engine's Date variables) in this type's text form. */
  fromDate?: (value: Date, timeZone: string) => string;
}

const identity = (value: Scalar): Scalar => value;

export const columnTypes: Record<ColumnType, ColumnTypeDefinition> = {
  string: {
    valueSchema: { type: 'string' },
    literalKind: 'string',
    ordered: false,
    howToWrite: 'text in double quotes, e.g. "pass"',
    toComparable: identity,
  },
  number: {
    valueSchema: { type: 'number' },
    literalKind: 'number',
    ordered: true,
    howToWrite: 'a number without quotes, e.g. 0.15',
    toComparable: identity,
  },
  integer: {
    valueSchema: { type: 'integer' },
    literalKind: 'number',
    checkLiteral: (value) => (Number.isInteger(value) ? undefined : `${String(value)} is not a whole number`),
    ordered: true,
    howToWrite: 'a whole number without quotes, e.g. 3',
    toComparable: identity,
  },
  boolean: {
    valueSchema: { type: 'boolean' },
    literalKind: 'boolean',
    ordered: false,
    howToWrite: 'true or false',
    toComparable: identity,
  },
  date: {
    valueSchema: { type: 'string', format: 'date' },
    literalKind: 'date',
    ordered: true,
    howToWrite: 'date("2026-01-31")',
    toComparable: (value) => (typeof value === 'string' ? parseDateToDay(value) : undefined),
    fromDate: (value, timeZone) => calendarDateOf(value, timeZone),
  },
  'date-time': {
    valueSchema: { type: 'string', format: 'iso-date-time' },
    literalKind: 'date-time',
    ordered: true,
    howToWrite: 'date and time("2026-01-31T08:00:00Z")',
    toComparable: (value) => (typeof value === 'string' ? parseDateTimeToInstant(value) : undefined),
    fromDate: (value) => value.toISOString(),
  },
};

/** The number an ordered type's value sorts by, or undefined for a value of another shape. */
export function toOrdinal(type: ColumnType, value: Scalar): number | undefined {
  const comparable = columnTypes[type].toComparable(value);
  return typeof comparable === 'number' ? comparable : undefined;
}
