import type { ColumnType, Scalar } from '../api/rule-table.shape';
import { ANY_VALUE } from './rule-table-editor.reducer';

/** A cell that lists values: `"pass", "fail"`, or `not("blocked")`; `-` lists none. */
export interface ListCell {
  readonly values: readonly Scalar[];
  readonly negated: boolean;
}

/** A cell that bounds a number or date: `[0.145..0.155]`, `> 15`, `<= date("2026-01-31")`. */
export interface RangeCell {
  /** The bound as the person types it: 0.145, 2026-01-31. */
  readonly low?: string | undefined;
  readonly lowIncluded: boolean;
  readonly high?: string | undefined;
  readonly highIncluded: boolean;
}

const DATE_LITERAL = /^date\("([^"]*)"\)$/;
const DATE_TIME_LITERAL = /^date and time\("([^"]*)"\)$/;
const NUMBER_LITERAL = /^-?\d+(\.\d+)?$/;

/** A value written as the cell language writes it for the column's type. */
export function formatLiteral(value: Scalar, type: ColumnType): string {
  switch (type) {
    case 'date':
      return `date(${JSON.stringify(String(value))})`;
    case 'date-time':
      return `date and time(${JSON.stringify(String(value))})`;
    case 'string':
      return JSON.stringify(String(value));
    default:
      return String(value);
  }
}

/** A literal of the cell language back to its value; undefined for anything else. */
function readLiteral(text: string, type: ColumnType): Scalar | undefined {
  const trimmed = text.trim();
  switch (type) {
    case 'string':
      if (/^"(?:[^"\\]|\\.)*"$/.test(trimmed)) {
        try {
          return JSON.parse(trimmed) as string;
        } catch {
          return undefined;
        }
      }
      return undefined;
    case 'number':
    case 'integer':
      return NUMBER_LITERAL.test(trimmed) ? Number(trimmed) : undefined;
    case 'boolean':
      return trimmed === 'true' ? true : trimmed === 'false' ? false : undefined;
    case 'date':
      return DATE_LITERAL.exec(trimmed)?.[1];
    case 'date-time':
      return DATE_TIME_LITERAL.exec(trimmed)?.[1];
  }
}

/** Splits at commas outside quotes and parentheses. */
function splitItems(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (quoted) {
      if (character === '\\') index += 1;
      else if (character === '"') quoted = false;
    } else if (character === '"') quoted = true;
    else if (character === '(') depth += 1;
    else if (character === ')') depth -= 1;
    else if (character === ',' && depth === 0) {
      items.push(text.slice(start, index));
      start = index + 1;
    }
  }
  items.push(text.slice(start));
  return items;
}

/** The values a cell lists, or undefined when it says more than a list can (a range, `null`, a comparison). */
export function readListCell(text: string, type: ColumnType): ListCell | undefined {
  const trimmed = text.trim();
  if (trimmed === ANY_VALUE || trimmed === '') {
    return { values: [], negated: false };
  }
  const negated = /^not\s*\((.*)\)$/s.exec(trimmed);
  const inner = negated?.[1] ?? trimmed;
  const values: Scalar[] = [];
  for (const item of splitItems(inner)) {
    const value = readLiteral(item, type);
    if (value === undefined) {
      return undefined;
    }
    values.push(value);
  }
  return { values, negated: negated !== null };
}

export function writeListCell({ values, negated }: ListCell, type: ColumnType): string {
  if (values.length === 0) {
    return ANY_VALUE;
  }
  const list = values.map((value) => formatLiteral(value, type)).join(', ');
  return negated ? `not(${list})` : list;
}

const RANGE = /^([[\]()])\s*(.+?)\s*\.\.\s*(.+?)\s*([[\]()])$/;
const COMPARISON = /^(<=|>=|<|>)\s*(.+)$/;

/** The bound a cell holds as the person types it, or undefined when it is no literal of the type. */
function readBound(text: string, type: ColumnType): string | undefined {
  const value = readLiteral(text, type);
  return value === undefined ? undefined : String(value);
}

/** The range a cell tests, or undefined when it is not one range or comparison. `-` is the open range. */
export function readRangeCell(text: string, type: ColumnType): RangeCell | undefined {
  const trimmed = text.trim();
  if (trimmed === ANY_VALUE || trimmed === '') {
    return { lowIncluded: true, highIncluded: true };
  }
  const range = RANGE.exec(trimmed);
  if (range !== null) {
    const [, open, lowText, highText, close] = range;
    const low = readBound(lowText!, type);
    const high = readBound(highText!, type);
    return low === undefined || high === undefined ? undefined : { low, lowIncluded: open === '[', high, highIncluded: close === ']' };
  }
  const comparison = COMPARISON.exec(trimmed);
  if (comparison !== null) {
    const [, operator, boundText] = comparison;
    const bound = readBound(boundText!, type);
    if (bound === undefined) {
      return undefined;
    }
    return operator!.startsWith('>')
      ? { low: bound, lowIncluded: operator === '>=', highIncluded: true }
      : { high: bound, highIncluded: operator === '<=', lowIncluded: true };
  }
  const single = readBound(trimmed, type);
  return single === undefined ? undefined : { low: single, lowIncluded: true, high: single, highIncluded: true };
}

function boundLiteral(bound: string, type: ColumnType): string {
  return type === 'date' || type === 'date-time' ? formatLiteral(bound, type) : bound.trim();
}

export function writeRangeCell({ low, lowIncluded, high, highIncluded }: RangeCell, type: ColumnType): string {
  const hasLow = low !== undefined && low.trim() !== '';
  const hasHigh = high !== undefined && high.trim() !== '';
  if (hasLow && hasHigh) {
    if (low.trim() === high.trim() && lowIncluded && highIncluded) {
      return boundLiteral(low, type);
    }
    return `${lowIncluded ? '[' : ']'}${boundLiteral(low, type)}..${boundLiteral(high, type)}${highIncluded ? ']' : '['}`;
  }
  if (hasLow) {
    return `${lowIncluded ? '>=' : '>'} ${boundLiteral(low, type)}`;
  }
  if (hasHigh) {
    return `${highIncluded ? '<=' : '<'} ${boundLiteral(high, type)}`;
  }
  return ANY_VALUE;
}

/** Which helper a cell editor offers next to the text: a pick-list, a range, or none. */
export type CellEditorKind = 'pick-list' | 'range' | 'text';

export function chooseCellEditor(column: { readonly type: ColumnType; readonly enum?: readonly Scalar[] | undefined }): CellEditorKind {
  if (column.enum !== undefined || column.type === 'boolean') {
    return 'pick-list';
  }
  return column.type === 'string' ? 'text' : 'range';
}

/** The values a pick-list offers: the column's enum, or true and false. */
export function pickListValues(column: { readonly type: ColumnType; readonly enum?: readonly Scalar[] | undefined }): readonly Scalar[] {
  return column.enum ?? (column.type === 'boolean' ? [true, false] : []);
}
