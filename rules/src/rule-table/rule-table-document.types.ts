/**
 * Generated from rule-table.schema.json by `npm run generate:types -w @lotflow/rules`; do not edit.
 * The schema is the one source of truth for a rule table's shape.
 */

export type HitPolicy = "UNIQUE" | "FIRST" | "PRIORITY" | "ANY" | "COLLECT" | "RULE ORDER" | "OUTPUT ORDER";
/**
 * Only with hitPolicy COLLECT and a single output: SUM, MIN and MAX of the matching rows' output (null when none match), COUNT of the matching rows.
 */
export type Aggregation = "SUM" | "MIN" | "MAX" | "COUNT";
export type Identifier = string;
export type ColumnType = "string" | "number" | "integer" | "boolean" | "date" | "date-time";
/**
 * Dates are strings: 2026-01-31; date-times 2026-01-31T08:00:00Z.
 */
export type Scalar = string | number | boolean;

/**
 * A Lotflow rule table: a DMN-style decision table. Each row holds one cell per input, written in the DMN S-FEEL unary-test language typed by the input's type: - (any value); literals ("pass" in double quotes, 0.15, true, date("2026-01-31"), date and time("2026-01-31T08:00:00Z")); comparisons < <= > >= with a literal; ranges [a..b] with each end closed ([ at the start, ] at the end) or open (] or ( at the start, [ or ) at the end); lists of these separated by commas (any may hold); not(...) around the whole cell; null (the value is missing) and not(null). Lotflow extension for date and date-time inputs, relative to the evaluation date: 'within N days' (between the evaluation date and N days after it, both included), 'before today', 'after today'. A missing or null fact matches only - and the null test; not(…) never matches it. Date-times without an offset are read as UTC; 'today' is the evaluation date in the evaluation time zone (UTC unless the caller says otherwise). Comparisons and ranges need a number, integer, date or date-time input. Hit policies follow DMN 1.3; for PRIORITY and OUTPUT ORDER an output's enum lists its values from highest to lowest priority.
 */
export interface RuleTableDocument {
  $schema?: string;
  key: string;
  name: Label;
  description?: Label;
  hitPolicy: HitPolicy;
  aggregation?: Aggregation;
  /**
   * @minItems 1
   */
  inputs: RuleTableInput[];
  /**
   * @minItems 1
   */
  outputs: RuleTableOutput[];
  /**
   * @minItems 1
   */
  rows: RuleTableRow[];
}
export interface Label {
  en: string;
  "zh-CN": string;
}
export interface RuleTableInput {
  id: Identifier;
  label: Label;
  /**
   * Where the value is found in the facts: a fact name, or a dotted path into a fact (supplier.approvalStatus).
   */
  expression: string;
  type: ColumnType;
  /**
   * @minItems 1
   */
  enum?: Scalar[];
}
export interface RuleTableOutput {
  name: Identifier;
  label: Label;
  type: ColumnType;
  /**
   * The allowed values; for PRIORITY and OUTPUT ORDER also their priority, highest first.
   *
   * @minItems 1
   */
  enum?: Scalar[];
}
export interface RuleTableRow {
  id: string;
  description?: string;
  /**
   * One unary test per input, in input order.
   */
  cells: string[];
  /**
   * A value for every output, by output name.
   */
  outputs: {
    [k: string]: Scalar;
  };
}
