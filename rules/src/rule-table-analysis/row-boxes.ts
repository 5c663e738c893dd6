import type { CellExpression, IntervalTest, RelativeDaysTest, UnaryTest } from '../rule-table/cell-expression.types.js';
import { toOrdinal } from '../rule-table/column-type.definitions.js';
import { dayOfInstant, parseDateTimeToInstant, parseDateToDay } from '../rule-table/date-value.util.js';
import type { Scalar } from '../rule-table/rule-table-document.types.js';
import type { RuleTable } from '../rule-table/rule-table.types.js';
import { after, before, beyondHighest, compareBoundaryKeys, lowestPresent, missingStart, type BoundaryKey } from './boundary-key.js';
import { comparable, type ColumnAxis } from './column-axis.js';
import { intersectRankSets, subtractRankSets, toRankSet, unionRankSets, type RankSet, type Run } from './rank-set.js';

/** The evaluation date relative days are counted from: days since 1970-01-01 in `timeZone`. */
export interface EvaluationDay {
  readonly day: number;
  readonly timeZone: string;
}

/** The evaluation day, worked out (and the clock read, without `now`) only when a table needs it. */
export function evaluationDay(now: Date | undefined, timeZone: string): EvaluationDay {
  let day: number | undefined;
  return {
    timeZone,
    get day() {
      day ??= dayOfInstant((now ?? new Date()).getTime(), timeZone);
      return day;
    },
  };
}

/**
 * A row as a hyper-rectangle: per input, the set of values its cell matches. A cell listing
 * several tests matches a union, so strictly the row is several boxes; keeping the union per
 * input describes the same region (the product of the per-input sets) without multiplying the
 * boxes out, and the sweep treats each run of a union as a box edge of the same row.
 */
export interface RowBox {
  rowIndex: number;
  sets: RankSet[];
}

/** The coordinates the boxes are written in. */
export interface TableSpace {
  axes: ColumnAxis[];
  /** Per input: its boundary keys, sorted; a rank is an index into these. */
  keys: BoundaryKey[][];
  /** Per input: every present value it can have. */
  domain: RankSet[];
  /** Per input: the missing value, one extra point below every present one. */
  missing: RankSet[];
  today: EvaluationDay;
}

type KeyRun = readonly [BoundaryKey, BoundaryKey];

/** A cell's values before ranks are known. */
type CellShape = { kind: 'any' } | { kind: 'tests'; runs: KeyRun[]; missing: boolean } | { kind: 'not'; runs: KeyRun[] };

export function buildRowBoxes(table: RuleTable, axes: ColumnAxis[], today: EvaluationDay): { space: TableSpace; boxes: RowBox[] } {
  const columns = axes.map((axis) => {
    const shapes = table.rows.map((row) => (axis.leftOut ? { kind: 'any' as const } : cellShape(axis, row.parsedCells[axis.columnIndex]!, today)));
    const domainRun: KeyRun = axis.scale.kind === 'points' ? [before(0), before(axis.scale.domainSize)] : [lowestPresent, beyondHighest];
    const missingRun: KeyRun = [missingStart, lowestPresent];
    const keys = sortedUniqueKeys([domainRun, missingRun, ...shapes.flatMap((shape) => (shape.kind === 'any' ? [] : shape.runs))]);
    const rankOf = new Map(keys.map((key, rank) => [keyId(key), rank]));
    const toRuns = (runs: readonly KeyRun[]): RankSet => toRankSet(runs.map(([start, end]): Run => [rankOf.get(keyId(start))!, rankOf.get(keyId(end))!]));
    const domain = toRuns([domainRun]);
    const missing = toRuns([missingRun]);
    const anything = unionRankSets(domain, missing);
    const sets = shapes.map((shape): RankSet => {
      switch (shape.kind) {
        case 'any':
          return anything;
        case 'tests':
          // Literals outside the dictionary's enum lie beyond the domain: no fact has them.
          return intersectRankSets(unionRankSets(toRuns(shape.runs), shape.missing ? missing : []), anything);
        case 'not':
          return subtractRankSets(domain, toRuns(shape.runs));
      }
    });
    return { keys, domain, missing, sets };
  });
  const boxes = table.rows.map((_, rowIndex) => ({ rowIndex, sets: columns.map((column) => column.sets[rowIndex]!) }));
  return {
    space: { axes, keys: columns.map((c) => c.keys), domain: columns.map((c) => c.domain), missing: columns.map((c) => c.missing), today },
    boxes,
  };
}

function cellShape(axis: ColumnAxis, cell: CellExpression, today: EvaluationDay): CellShape {
  if (cell.kind === 'any') return cell;
  const runs = cell.tests.flatMap((test) => testRuns(axis, test, today));
  return cell.kind === 'not' ? { kind: 'not', runs } : { kind: 'tests', runs, missing: cell.tests.some((test) => test.kind === 'null') };
}

function testRuns(axis: ColumnAxis, test: UnaryTest, today: EvaluationDay): KeyRun[] {
  if (test.kind === 'null') return [];
  const { input, scale } = axis;
  if (scale.kind === 'points') {
    return scale.points.flatMap((point, index): KeyRun[] =>
      point.kind === 'value' && pointMatches(axis, point.value, test, today) ? [[before(index), before(index + 1)]] : [],
    );
  }
  const { discrete } = scale;
  switch (test.kind) {
    case 'equal': {
      const ordinal = toOrdinal(input.type, test.value)!;
      return [[before(ordinal), after(ordinal, discrete)]];
    }
    case 'interval': {
      const start = test.low ? endKey(toOrdinal(input.type, test.low.value)!, test.low.inclusive ? 'before' : 'after', discrete) : lowestPresent;
      const end = test.high ? endKey(toOrdinal(input.type, test.high.value)!, test.high.inclusive ? 'after' : 'before', discrete) : beyondHighest;
      return [[start, end]];
    }
    case 'relative-days': {
      // Relative days are calendar days, so whole days even on a date-time axis.
      const offset = scale.relativeDays ? 0 : today.day;
      const start = test.fromDays === null ? lowestPresent : before(offset + test.fromDays);
      const end = test.toDays === null ? beyondHighest : after(offset + test.toDays, true);
      return [[start, end]];
    }
  }
}

function endKey(ordinal: number, place: 'before' | 'after', discrete: boolean): BoundaryKey {
  return place === 'before' ? before(ordinal) : after(ordinal, discrete);
}

/** Whether a test holds for one of an enumerated input's values. */
function pointMatches(axis: ColumnAxis, value: Scalar, test: Exclude<UnaryTest, { kind: 'null' }>, today: EvaluationDay): boolean {
  const { input } = axis;
  switch (test.kind) {
    case 'equal':
      return comparable(input, value) === comparable(input, test.value);
    case 'interval':
      return isInInterval(input.type === 'boolean' ? undefined : toOrdinal(input.type, value), test, (end) => toOrdinal(input.type, end)!);
    case 'relative-days':
      return isInDays(dayOf(input.type, value, today.timeZone), test, today.day);
  }
}

function isInInterval(ordinal: number | undefined, { low, high }: IntervalTest, toNumber: (value: number | string) => number): boolean {
  if (ordinal === undefined) return false;
  if (low && (ordinal < toNumber(low.value) || (ordinal === toNumber(low.value) && !low.inclusive))) return false;
  if (high && (ordinal > toNumber(high.value) || (ordinal === toNumber(high.value) && !high.inclusive))) return false;
  return true;
}

function isInDays(day: number | undefined, { fromDays, toDays }: RelativeDaysTest, today: number): boolean {
  if (day === undefined) return false;
  return (fromDays === null || day >= today + fromDays) && (toDays === null || day <= today + toDays);
}

function dayOf(type: string, value: Scalar, timeZone: string): number | undefined {
  if (typeof value !== 'string') return undefined;
  if (type === 'date') return parseDateToDay(value);
  const instant = parseDateTimeToInstant(value);
  return instant === undefined ? undefined : dayOfInstant(instant, timeZone);
}

function keyId(key: BoundaryKey): string {
  return `${key.value}:${key.side}`;
}

function sortedUniqueKeys(runs: readonly KeyRun[]): BoundaryKey[] {
  const unique = new Map<string, BoundaryKey>();
  for (const run of runs) for (const key of run) unique.set(keyId(key), key);
  return [...unique.values()].sort(compareBoundaryKeys);
}
