import type { UnaryTest } from '../rule-table/cell-expression.types.js';
import { columnTypes, toOrdinal } from '../rule-table/column-type.definitions.js';
import type { RuleTableInput, Scalar } from '../rule-table/rule-table-document.types.js';
import type { RuleTable } from '../rule-table/rule-table.types.js';

/** One of the values of an input with finitely many: a literal, or every string no cell names. */
export type AxisPoint = { kind: 'value'; value: Scalar } | { kind: 'other' };

export type AxisScale =
  /**
   * Finitely many values, the point at index i standing for the values [i, i+1): enum inputs,
   * booleans, and strings without an enum (the literals the cells use, then "any other value").
   * The first `domainSize` points are the input's values; any after them are literals the cells
   * use that the dictionary's enum does not allow.
   */
  | { kind: 'points'; points: AxisPoint[]; domainSize: number }
  /**
   * Numbers, dates (days since 1970-01-01) and date-times (epoch milliseconds) by their ordinal.
   * Discrete for all but numbers. With `relativeDays` the ordinal is days after the evaluation
   * date: every cell of the input is `within N days`, `before today` or `after today`.
   */
  | { kind: 'line'; discrete: boolean; relativeDays: boolean };

export interface ColumnAxis {
  columnIndex: number;
  input: RuleTableInput;
  scale: AxisScale;
  /** Every cell reads as `-`: the input mixes fixed date-times with relative days. */
  leftOut: boolean;
}

/** Why an input was analysed other than exactly. */
export interface AxisNote {
  columnIndex: number;
  kind: 'as-of-date' | 'left-out';
}

export interface AxisContext {
  /** Per input: the dictionary's enum when the input declares none and the types agree. */
  dictionaryEnums: ReadonlyArray<Scalar[] | undefined>;
}

/** Decides, per input, the axis its cells' values are placed on. */
export function buildColumnAxes(table: RuleTable, context: AxisContext): { axes: ColumnAxis[]; notes: AxisNote[] } {
  const notes: AxisNote[] = [];
  const axes = table.inputs.map((input, columnIndex): ColumnAxis => {
    const tests = table.rows.flatMap((row) => {
      const cell = row.parsedCells[columnIndex]!;
      return cell.kind === 'any' ? [] : cell.tests;
    });
    const enumValues = input.enum ?? context.dictionaryEnums[columnIndex];
    if (enumValues || !columnTypes[input.type].ordered) {
      return { columnIndex, input, scale: pointScale(input, enumValues, tests), leftOut: false };
    }
    const relative = tests.some((test) => test.kind === 'relative-days');
    const absolute = tests.some((test) => test.kind === 'equal' || test.kind === 'interval');
    const discrete = input.type !== 'number';
    if (relative && absolute) {
      // A date's relative days are whole days, resolved against one evaluation date; a
      // date-time's would need that date's start in the time zone, which is not worth it here.
      const leftOut = input.type === 'date-time';
      notes.push({ columnIndex, kind: leftOut ? 'left-out' : 'as-of-date' });
      return { columnIndex, input, scale: { kind: 'line', discrete, relativeDays: false }, leftOut };
    }
    return { columnIndex, input, scale: { kind: 'line', discrete, relativeDays: relative }, leftOut: false };
  });
  return { axes, notes };
}

function pointScale(input: RuleTableInput, enumValues: Scalar[] | undefined, tests: UnaryTest[]): AxisScale {
  const literals = uniqueBy(
    tests.flatMap((test) => (test.kind === 'equal' ? [test.value] : [])),
    (value) => comparable(input, value),
  );
  if (enumValues) {
    const ordered = columnTypes[input.type].ordered;
    const domain = ordered ? [...enumValues].sort((a, b) => toOrdinal(input.type, a)! - toOrdinal(input.type, b)!) : enumValues;
    const known = new Set(domain.map((value) => comparable(input, value)));
    const outside = literals.filter((value) => !known.has(comparable(input, value)));
    return { kind: 'points', points: [...domain, ...outside].map((value) => ({ kind: 'value', value })), domainSize: domain.length };
  }
  if (input.type === 'boolean') return { kind: 'points', points: [true, false].map((value) => ({ kind: 'value', value })), domainSize: 2 };
  const points: AxisPoint[] = [...literals.map((value): AxisPoint => ({ kind: 'value', value })), { kind: 'other' }];
  return { kind: 'points', points, domainSize: points.length };
}

/** The key two literals of an input share exactly when a fact equal to one equals the other. */
export function comparable(input: RuleTableInput, value: Scalar): Scalar | undefined {
  return columnTypes[input.type].toComparable(value);
}

function uniqueBy<T>(values: T[], key: (value: T) => unknown): T[] {
  const seen = new Set<unknown>();
  return values.filter((value) => {
    const k = key(value);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
