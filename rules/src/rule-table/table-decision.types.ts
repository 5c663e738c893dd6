import type { Aggregation, HitPolicy, Scalar } from './rule-table-document.types.js';

/** One row's outputs, by output name. */
export type OutputValues = Record<string, Scalar>;

interface DecisionBase {
  tableKey: string;
  tableVersion: string;
  hitPolicy: HitPolicy;
  /** Whether any row matched. */
  matched: boolean;
  /**
   * Every row that matched, in the order the hit policy ranks them: table order, except PRIORITY
   * and OUTPUT ORDER (highest output priority first). For multi-hit decisions, `outputs[i]` came
   * from `matchedRowIds[i]`.
   */
  matchedRowIds: string[];
  /** With `explain: true`: every row in table order. */
  explanation?: RowExplanation[];
}

/** UNIQUE, FIRST, PRIORITY, ANY: one row's outputs, or no match. */
export type SingleHitDecision = DecisionBase & { kind: 'single' } & (
    | { matched: true; /** The row whose outputs these are. */ rowId: string; outputs: OutputValues }
    | { matched: false }
  );

/** COLLECT without aggregation, RULE ORDER, OUTPUT ORDER: every matching row's outputs. */
export interface MultiHitDecision extends DecisionBase {
  kind: 'multiple';
  outputs: OutputValues[];
}

/** COLLECT with SUM, MIN, MAX (null when no row matched) or COUNT over the table's single output. */
export interface AggregatedDecision extends DecisionBase {
  kind: 'aggregated';
  aggregation: Aggregation;
  outputName: string;
  outputs: Scalar | null;
}

export type TableDecision = SingleHitDecision | MultiHitDecision | AggregatedDecision;

export type RowExplanation =
  | { rowId: string; rowIndex: number; matched: true }
  | { rowId: string; rowIndex: number; matched: false; failedCell: FailedCell };

/** The first cell, left to right, that did not hold for the facts. */
export interface FailedCell {
  columnIndex: number;
  inputId: string;
  expression: string;
  /** The cell as written. */
  cell: string;
  /** The value json-rules-engine read for the input; undefined when the fact is missing. */
  factValue: unknown;
}
