import type { CellExpression } from './cell-expression.types.js';
import type { RuleTableDocument, RuleTableRow } from './rule-table-document.types.js';

// The document's shape is generated from rule-table.schema.json; Label and Scalar equal the rule
// set's and are exported from there.
export type { Aggregation, ColumnType, HitPolicy, Label, RuleTableDocument, RuleTableInput, RuleTableOutput, RuleTableRow, Scalar } from './rule-table-document.types.js';
export type { CellExpression, IntervalEnd, IntervalTest, EqualityTest, NullTest, RelativeDaysTest, UnaryTest } from './cell-expression.types.js';
export type { AggregatedDecision, FailedCell, MultiHitDecision, OutputValues, RowExplanation, SingleHitDecision, TableDecision } from './table-decision.types.js';

export interface ParsedRuleTableRow extends RuleTableRow {
  /** `cells`, parsed: one expression per input. */
  parsedCells: CellExpression[];
}

/** A validated rule table with its cells parsed, and the version it was read as. */
export interface RuleTable extends Omit<RuleTableDocument, 'rows'> {
  rows: ParsedRuleTableRow[];
  /** sha256 of the table's canonical JSON (keys sorted, `$schema` left out): same version, same decisions. */
  version: string;
  /** Names the table in messages, e.g. its file. */
  source: string;
}

export interface EvaluateOptions {
  /** The evaluation instant for `within N days`, `before today`, `after today`; the clock by default. */
  now?: Date;
  /** IANA time zone whose calendar says what "today" is; UTC by default. */
  timeZone?: string;
  /** Add, for every row, whether it matched and else the first cell that failed. */
  explain?: boolean;
}
