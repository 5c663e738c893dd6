import { Operator, type Almanac, type Engine } from 'json-rules-engine';
import type { IntervalEnd } from './cell-expression.types.js';
import { columnTypes, toOrdinal } from './column-type.definitions.js';
import { dayOfInstant, formatDay, parseDateTimeToInstant, parseDateToDay } from './date-value.util.js';
import type { ColumnType, Scalar } from './rule-table-document.types.js';

/** The operators cells compile to; namespaced so they never shadow json-rules-engine's own. */
export const cellOperator = {
  equals: 'lotflow:equals',
  inInterval: 'lotflow:in-interval',
  inDateWindow: 'lotflow:in-date-window',
  isNull: 'lotflow:is-null',
  isNotNull: 'lotflow:is-not-null',
} as const;
export type CellOperator = (typeof cellOperator)[keyof typeof cellOperator];

/** Runtime fact holding what "today" means for one evaluation. `$` keeps it apart from input expressions. */
export const evaluationFact = '$evaluation';
/** Dynamic fact turning a relative-days test into calendar dates for the evaluation's today. */
export const dateWindowFact = '$dateWindow';

export interface EvaluationContext {
  /** The evaluation date, YYYY-MM-DD, in `timeZone`. */
  today: string;
  timeZone: string;
}

export interface EqualsValue {
  type: ColumnType;
  value: Scalar;
}

export interface IntervalValue {
  type: ColumnType;
  low: IntervalEnd | null;
  high: IntervalEnd | null;
}

export interface DateWindowParams {
  type: ColumnType;
  fromDays: number | null;
  toDays: number | null;
}

/** A relative-days test resolved against the evaluation date; both ends included. */
export interface DateWindow {
  type: ColumnType;
  from: string | null;
  to: string | null;
  timeZone: string;
}

// A missing fact fails every test but `null` (and `-`, which compiles to no condition).
const isPresent = (value: unknown): boolean => value !== undefined && value !== null;

/** Teaches an Engine the cell language's operators and the date-window fact. */
export function registerCellOperators(engine: Engine): void {
  engine.addOperator(
    new Operator<Scalar, EqualsValue>(
      cellOperator.equals,
      (fact, { type, value }) => {
        const definition = columnTypes[type];
        return definition.toComparable(fact) === definition.toComparable(value);
      },
      isPresent,
    ),
  );
  engine.addOperator(new Operator<Scalar, IntervalValue>(cellOperator.inInterval, (fact, interval) => isInInterval(fact, interval), isPresent));
  engine.addOperator(
    new Operator<string, DateWindow>(
      cellOperator.inDateWindow,
      (fact, window) => {
        const day = window.type === 'date' ? parseDateToDay(fact) : dayOfDateTime(fact, window.timeZone);
        if (day === undefined) return false;
        return (window.from === null || day >= parseDateToDay(window.from)!) && (window.to === null || day <= parseDateToDay(window.to)!);
      },
      isPresent,
    ),
  );
  engine.addOperator(new Operator(cellOperator.isNull, () => true, (fact) => !isPresent(fact)));
  engine.addOperator(new Operator(cellOperator.isNotNull, () => true, isPresent));

  engine.addFact<Promise<DateWindow>>(dateWindowFact, async (params, almanac: Almanac) => {
    const { type, fromDays, toDays } = params as DateWindowParams;
    const { today, timeZone } = await almanac.factValue<EvaluationContext>(evaluationFact);
    const day = parseDateToDay(today)!;
    return { type, from: fromDays === null ? null : formatDay(day + fromDays), to: toDays === null ? null : formatDay(day + toDays), timeZone };
  });
}

function isInInterval(fact: Scalar, { type, low, high }: IntervalValue): boolean {
  const value = toOrdinal(type, fact);
  if (value === undefined) return false;
  if (low) {
    const bound = toOrdinal(type, low.value)!;
    if (value < bound || (value === bound && !low.inclusive)) return false;
  }
  if (high) {
    const bound = toOrdinal(type, high.value)!;
    if (value > bound || (value === bound && !high.inclusive)) return false;
  }
  return true;
}

function dayOfDateTime(value: string, timeZone: string): number | undefined {
  const instant = parseDateTimeToInstant(value);
  return instant === undefined ? undefined : dayOfInstant(instant, timeZone);
}
