import { dayOfInstant, formatDay } from '../rule-table/date-value.util.js';
import type { Scalar } from '../rule-table/rule-table-document.types.js';
import type { RuleTable } from '../rule-table/rule-table.types.js';
import type { Witness } from './analysis.types.js';
import type { BoundaryKey } from './boundary-key.js';
import type { AxisPoint } from './column-axis.js';
import type { Region } from './find-gaps.js';
import { intersectRankSets, type RankSet } from './rank-set.js';
import type { TableSpace } from './row-boxes.js';

const millisecondsPerDay = 86_400_000;

/** One input in a region, per input: a present value where the region has one, else missing. */
export function pickWitness(table: RuleTable, space: TableSpace, region: Region): Witness {
  const witness: Witness = { inputs: {}, facts: {} };
  table.inputs.forEach((input, columnIndex) => {
    const value = pickValue(space, columnIndex, region[columnIndex]!);
    witness.inputs[input.id] = value;
    if (value !== null) place(witness.facts, input.expression.split('.'), value);
  });
  return witness;
}

function pickValue(space: TableSpace, columnIndex: number, set: RankSet): Scalar | null {
  const present = intersectRankSets(set, space.domain[columnIndex]!);
  const [run] = present;
  if (!run) return null;
  const keys = space.keys[columnIndex]!;
  const [low, high] = [keys[run[0]]!, keys[run[1]]!];
  const { input, scale } = space.axes[columnIndex]!;
  if (scale.kind === 'points') return pointValue(scale.points, low.value);
  const ordinal = scale.discrete ? pickWhole(low, high) : pickNumber(low, high);
  const { day: today, timeZone } = space.today;
  switch (input.type) {
    case 'date':
      return formatDay(scale.relativeDays ? today + ordinal : ordinal);
    case 'date-time':
      return scale.relativeDays ? instantOnDay(today + ordinal, timeZone) : new Date(ordinal).toISOString();
    default:
      return ordinal;
  }
}

function pointValue(points: AxisPoint[], index: number): Scalar {
  const point = points[index]!;
  if (point.kind === 'value') return point.value;
  const named = new Set(points.flatMap((other) => (other.kind === 'value' ? [other.value] : [])));
  let candidate = 'any other value';
  for (let suffix = 2; named.has(candidate); suffix += 1) candidate = `any other value ${suffix}`;
  return candidate;
}

/** On a discrete axis a run starts just before its first value. */
function pickWhole(low: BoundaryKey, high: BoundaryKey): number {
  if (Number.isFinite(low.value)) return low.value;
  return Number.isFinite(high.value) ? high.value - 1 : 0;
}

/** A value in a run of numbers: its low end when included, else one a step of its magnitude inside. */
function pickNumber(low: BoundaryKey, high: BoundaryKey): number {
  if (Number.isFinite(low.value)) {
    if (low.side === 0) return low.value;
    if (!Number.isFinite(high.value)) return tidy(low.value + magnitude(low.value));
    const middle = (low.value + high.value) / 2;
    return tidy(middle) > low.value && tidy(middle) < high.value ? tidy(middle) : middle;
  }
  if (Number.isFinite(high.value)) return high.side === 1 ? high.value : tidy(high.value - magnitude(high.value));
  return 0;
}

/** 0.155 → 0.1, 42 → 10, 0 → 1. */
function magnitude(value: number): number {
  return value === 0 ? 1 : 10 ** Math.floor(Math.log10(Math.abs(value)));
}

/** Drops binary noise: 0.145 - 0.1 is 0.045, not 0.04499999999999999. */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** An instant on a calendar day in a time zone: noon UTC, moved by whole days until it lands. */
function instantOnDay(day: number, timeZone: string): string {
  let instant = day * millisecondsPerDay + millisecondsPerDay / 2;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const landed = dayOfInstant(instant, timeZone);
    if (landed === day) break;
    instant += (day - landed) * millisecondsPerDay;
  }
  return new Date(instant).toISOString();
}

function place(target: Record<string, unknown>, path: string[], value: Scalar): void {
  let current = target;
  for (const segment of path.slice(0, -1)) {
    const next = current[segment];
    current = typeof next === 'object' && next !== null ? (next as Record<string, unknown>) : (current[segment] = {});
  }
  current[path[path.length - 1]!] = value;
}
