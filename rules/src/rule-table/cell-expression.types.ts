import type { Scalar } from './rule-table-document.types.js';

/**
 * A cell parsed from its S-FEEL text. Comparisons and ranges both become intervals, so later
 * analysis (overlaps, gaps) and DMN export work on one shape.
 */
export type CellExpression =
  /** `-`: any value, including a missing one. */
  | { kind: 'any' }
  /** One or more tests separated by commas; the cell holds when any of them holds. */
  | { kind: 'tests'; tests: UnaryTest[] }
  /** `not(…)`: holds when none of the tests holds and the value is present. */
  | { kind: 'not'; tests: UnaryTest[] };

export type UnaryTest = NullTest | EqualityTest | IntervalTest | RelativeDaysTest;

/** `null`: the value is missing. */
export interface NullTest {
  kind: 'null';
}

/** A literal: `"pass"`, `0.15`, `true`, `date("2026-01-31")` (held as its ISO text). */
export interface EqualityTest {
  kind: 'equal';
  value: Scalar;
}

/** `< 5` is (-∞..5), `[0.145..0.155]` closed on both ends. Ends hold numbers or ISO dates. */
export interface IntervalTest {
  kind: 'interval';
  low: IntervalEnd | null;
  high: IntervalEnd | null;
}

export interface IntervalEnd {
  value: number | string;
  inclusive: boolean;
}

/**
 * Lotflow's date extension, in whole days after the evaluation date, both ends included:
 * `within 30 days` is 0..30, `before today` is ..-1, `after today` is 1.. .
 */
export interface RelativeDaysTest {
  kind: 'relative-days';
  fromDays: number | null;
  toDays: number | null;
}
