import { formatDay } from '../rule-table/date-value.util.js';
import type { ColumnType, Scalar } from '../rule-table/rule-table-document.types.js';
import type { BoundaryKey } from './boundary-key.js';
import type { Region } from './find-gaps.js';
import { intersectRankSets, sameRankSet, type RankSet } from './rank-set.js';
import type { TableSpace } from './row-boxes.js';

/** A value as a message writes it: a literal in cell syntax, or a number of days from today. */
export type ConditionValue = { literal: string } | { relativeDays: number };

/** One way an input's value can be in a region, before it is put into words. */
export type Condition =
  | { kind: 'present' }
  | { kind: 'missing' }
  | { kind: 'equals'; value: ConditionValue }
  | { kind: 'one-of'; values: string[] }
  | { kind: 'none-of'; values: string[] }
  | { kind: 'compare'; operator: '<' | '<=' | '>' | '>='; value: ConditionValue }
  | { kind: 'range'; low: ConditionValue; high: ConditionValue; lowIncluded: boolean; highIncluded: boolean }
  | { kind: 'before-today' }
  | { kind: 'after-today' }
  | { kind: 'within-days'; days: number };

/** An input the region restricts, and the ways its value can be in it (any one will do). */
export interface ColumnConditions {
  columnId: string;
  alternatives: Condition[];
}

/** How a literal is written in a cell. */
const writeLiteral: Record<ColumnType, (value: Scalar) => string> = {
  string: (value) => JSON.stringify(value),
  number: String,
  integer: String,
  boolean: String,
  date: (value) => `date("${String(value)}")`,
  'date-time': (value) => `date and time("${String(value)}")`,
};

export function formatScalar(type: ColumnType, value: Scalar): string {
  return writeLiteral[type](value);
}

/**
 * A region as conditions on the inputs it restricts within `universe` (per input, the values
 * that go without saying), in table order.
 */
export function regionConditions(space: TableSpace, region: Region, universe: readonly RankSet[]): ColumnConditions[] {
  return space.axes
    .filter(({ columnIndex }) => !sameRankSet(region[columnIndex]!, universe[columnIndex]!))
    .map(({ columnIndex, input }) => ({ columnId: input.id, alternatives: setConditions(space, columnIndex, region[columnIndex]!) }));
}

function setConditions(space: TableSpace, columnIndex: number, set: RankSet): Condition[] {
  const domain = space.domain[columnIndex]!;
  const present = intersectRankSets(set, domain);
  const conditions: Condition[] = [];
  if (sameRankSet(present, domain)) conditions.push({ kind: 'present' });
  else if (present.length > 0) conditions.push(...presentConditions(space, columnIndex, present));
  if (intersectRankSets(set, space.missing[columnIndex]!).length > 0) conditions.push({ kind: 'missing' });
  return conditions;
}

function presentConditions(space: TableSpace, columnIndex: number, present: RankSet): Condition[] {
  const { input, scale } = space.axes[columnIndex]!;
  const keys = space.keys[columnIndex]!;
  if (scale.kind === 'points') {
    const chosen: number[] = [];
    const others: number[] = [];
    for (let index = 0; index < scale.domainSize; index += 1) {
      const inSet = present.some(([start, end]) => keys[start]!.value <= index && index < keys[end]!.value);
      (inSet ? chosen : others).push(index);
    }
    const name = (index: number) => {
      const point = scale.points[index]!;
      return point.kind === 'value' ? formatScalar(input.type, point.value) : '';
    };
    const otherIndex = scale.points.findIndex((point) => point.kind === 'other');
    // "Any other value" has no name: a set holding it is said by what it leaves out.
    if (chosen.includes(otherIndex) || (others.length < chosen.length && !others.includes(otherIndex))) {
      return [{ kind: 'none-of', values: others.map(name) }];
    }
    return [chosen.length === 1 ? { kind: 'equals', value: { literal: name(chosen[0]!) } } : { kind: 'one-of', values: chosen.map(name) }];
  }
  const value = (ordinal: number): ConditionValue => {
    if (scale.relativeDays) return { relativeDays: ordinal };
    if (input.type === 'date') return { literal: formatScalar('date', formatDay(ordinal)) };
    if (input.type === 'date-time') return { literal: formatScalar('date-time', new Date(ordinal).toISOString()) };
    return { literal: String(ordinal) };
  };
  return present.map(([start, end]) => runCondition(keys[start]!, keys[end]!, scale.discrete, scale.relativeDays, value));
}

function runCondition(low: BoundaryKey, high: BoundaryKey, discrete: boolean, relativeDays: boolean, value: (ordinal: number) => ConditionValue): Condition {
  const unboundedBelow = !Number.isFinite(low.value);
  const unboundedAbove = !Number.isFinite(high.value);
  if (discrete) {
    // A discrete run [first, last + 1) of places holds the values first…last.
    const [first, last] = [low.value, high.value - 1];
    if (relativeDays) {
      if (unboundedBelow && last === -1) return { kind: 'before-today' };
      if (unboundedAbove && first === 1) return { kind: 'after-today' };
      if (first === 0 && !unboundedAbove && last > 0) return { kind: 'within-days', days: last };
    }
    if (unboundedBelow) return { kind: 'compare', operator: '<=', value: value(last) };
    if (unboundedAbove) return { kind: 'compare', operator: '>=', value: value(first) };
    if (first === last) return { kind: 'equals', value: value(first) };
    return { kind: 'range', low: value(first), high: value(last), lowIncluded: true, highIncluded: true };
  }
  const lowIncluded = low.side === 0;
  const highIncluded = high.side === 1;
  if (unboundedBelow) return { kind: 'compare', operator: highIncluded ? '<=' : '<', value: value(high.value) };
  if (unboundedAbove) return { kind: 'compare', operator: lowIncluded ? '>=' : '>', value: value(low.value) };
  if (low.value === high.value) return { kind: 'equals', value: value(low.value) };
  return { kind: 'range', low: value(low.value), high: value(high.value), lowIncluded, highIncluded };
}
