import { parseDateTimeToInstant } from '../rule-table/date-value.util.js';
import type { ColumnType, Scalar } from '../rule-table/rule-table-document.types.js';

/** `a"b\c` → `"a\"b\\c"`: FEEL and Lotflow cells agree on these two escapes and need no others. */
export function quoteString(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

const decimalPattern = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * A number literal as FEEL reads it: plain decimal notation (FEEL has no exponent), and the
 * exact decimal of the double Lotflow compares with. The text is kept when it already is that.
 */
export function formatFeelNumber(text: string): string {
  const value = Number(text);
  const written = toPlainDecimal(text);
  const shortest = toPlainDecimal(String(value));
  if (normalizeDecimal(written) !== normalizeDecimal(shortest)) return normalizeDecimal(shortest);
  return /[eE]/.test(text) ? normalizeDecimal(written) : text;
}

/** A number value as a FEEL literal. */
export function formatNumberValue(value: number): string {
  return normalizeDecimal(toPlainDecimal(String(value)));
}

/** `1.5e-3` → `0.0015`; text without an exponent comes back as it is. */
function toPlainDecimal(text: string): string {
  const match = decimalPattern.exec(text);
  if (!match || match[4] === undefined) return text;
  const [, sign, integerPart = '', fractionPart = '', exponent] = match;
  const digits = integerPart + fractionPart;
  const point = integerPart.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Leading zeros of the integer part and trailing zeros of the fraction dropped; -0 is 0. */
function normalizeDecimal(text: string): string {
  const match = decimalPattern.exec(text);
  if (!match) return text;
  const [, sign, integerPart = '', fractionPart = ''] = match;
  const integer = integerPart.replace(/^0+(?=\d)/, '') || '0';
  const fraction = fractionPart.replace(/0+$/, '');
  const magnitude = fraction === '' ? integer : `${integer}.${fraction}`;
  return magnitude === '0' ? '0' : `${sign}${magnitude}`;
}

const dateTimePattern = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(\.\d+)?([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * A Lotflow date-time as FEEL writes it: `T` between date and time, `Z` or `±hh:mm` offsets.
 * `asUtcLocal` writes the same instant in UTC without an offset (Camunda 7, see dmnTargets).
 */
export function formatFeelDateTime(text: string, asUtcLocal: boolean): string {
  if (asUtcLocal) {
    const iso = new Date(parseDateTimeToInstant(text)!).toISOString();
    return iso.replace(/(\.000)?Z$/, '');
  }
  const match = dateTimePattern.exec(text);
  if (!match) return text;
  const [, date, time, fraction = '', offset = ''] = match;
  const feelOffset = offset.toUpperCase() === 'Z' ? 'Z' : offset === '' ? '' : `${offset.slice(0, 3)}:${offset.slice(3).replace(':', '') || '00'}`;
  return `${date}T${time}${fraction}${feelOffset}`;
}

/** An output value, or an enum value, as a FEEL literal of its column's type. */
export function formatFeelLiteral(value: Scalar, type: ColumnType, dateTimesAsUtcLocal: boolean): string {
  switch (type) {
    case 'string':
      return quoteString(String(value));
    case 'number':
    case 'integer':
      return formatNumberValue(value as number);
    case 'boolean':
      return String(value);
    case 'date':
      return `date(${quoteString(String(value))})`;
    case 'date-time':
      return `date and time(${quoteString(formatFeelDateTime(String(value), dateTimesAsUtcLocal))})`;
  }
}
