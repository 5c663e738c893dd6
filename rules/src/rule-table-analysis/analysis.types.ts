import type { ColumnType, Label, Scalar } from '../rule-table/rule-table-document.types.js';

export type AnalysisSeverity = 'error' | 'warning' | 'info';

/** Stable codes: callers branch on these, never on message text. */
export type AnalysisIssueCode =
  /** Two rows match a common input; the severity depends on the hit policy. */
  | 'overlapping-rows'
  /** Inputs that no row matches. */
  | 'gap'
  /** FIRST or PRIORITY: rows that win over this one already match everything it matches. */
  | 'shadowed-row'
  /** A cell matches no value at all, so its row never matches. */
  | 'unsatisfiable-row'
  /** The dictionary gives the input's fact another type. */
  | 'input-type-mismatch'
  /** The input's enum and the dictionary's differ. */
  | 'input-enum-mismatch'
  /** A cell tests for a value the dictionary does not allow. */
  | 'cell-value-not-in-dictionary'
  /** A date input mixes fixed dates with relative days; it was analysed for one evaluation date. */
  | 'input-analysed-as-of-date'
  /** A date-time input mixes fixed instants with relative days; it was left out of the analysis. */
  | 'input-left-out';

/** An example of the inputs an issue is about: evaluate it to see the issue happen. */
export interface Witness {
  /** One value per input, by input id; null when the fact is missing. */
  inputs: Record<string, Scalar | null>;
  /** The same values as facts for `evaluate`, nested along each input's expression; missing ones left out. */
  facts: Record<string, unknown>;
}

export interface AnalysisIssue {
  code: AnalysisIssueCode;
  severity: AnalysisSeverity;
  message: Label;
  /** The rows the message names, in the order it names them. */
  rowIds: string[];
  /** The inputs the message names, by input id, in table order. */
  columnIds: string[];
  /** Overlaps: an input both rows match. Gaps: an input no row matches. */
  witness?: Witness;
}

/** What the metadata dictionary knows about a fact path. */
export interface DictionaryEntry {
  type: ColumnType;
  enum?: Scalar[];
}

export interface FactDictionary {
  /** The fact at a dotted path (`supplier.approvalStatus`), or undefined when the dictionary does not know it. */
  resolve(expression: string): DictionaryEntry | undefined;
}

export interface AnalyseOptions {
  /** Checks each input's type and enum against the dictionary; an enum there also bounds the input's domain. */
  dictionary?: FactDictionary;
  /**
   * Also report gaps where an input is missing. Off by default: a missing fact usually means a
   * step not done yet, which the process handles before it decides, and every table without
   * `-`/`null` cells would report it for every input.
   */
  includeMissingValuesInGaps?: boolean;
  /**
   * The evaluation instant that `within N days`, `before today` and `after today` are resolved
   * against; the clock by default, as for `evaluate`. It only matters for tables using them: it
   * dates their witnesses, and decides inputs that mix them with fixed dates.
   */
  now?: Date;
  /** IANA time zone whose calendar says what "today" is; UTC by default. */
  timeZone?: string;
}

export interface RuleTableAnalysis {
  /** Errors first, then warnings, then information; within each, in table order. */
  issues: AnalysisIssue[];
  durationMs: number;
}
