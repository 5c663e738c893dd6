import { RuleTableError } from '../rule-table/rule-table.errors.js';

/** What went wrong with an imported file, stable for programs (the UI picks an icon or help text by it). */
export type SpreadsheetIssueKind =
  /** Not an .xlsx workbook: another format, or a damaged file. */
  | 'not-a-workbook'
  /** CSV bytes that are not UTF-8, e.g. saved as "CSV (Comma delimited)" in GBK. */
  | 'not-utf8'
  | 'empty'
  /** Over the byte or row limit. */
  | 'too-large'
  /** A header row (Key, Hit policy, Id, Rule id, …) is missing, repeated or unknown. */
  | 'missing-header'
  /** A header value that is not one of its choices: hit policy, aggregation, column kind, type. */
  | 'unknown-value'
  /** A rule row with cells outside the table, or a CSV record with too few or too many fields. */
  | 'column-count'
  /** A CSV quote that is not closed, or text after a closing quote. */
  | 'csv-syntax'
  /** The table read from the file is not a valid rule table (parseRuleTable's checks). */
  | 'invalid-table';

/** Where in the file: a sheet cell, or a CSV line and column. */
export interface SpreadsheetPlace {
  sheet?: string;
  /** A1-style address, e.g. `C7`. */
  cell?: string;
  /** One-based sheet row, or CSV record (a record may span lines). */
  row?: number;
  /** The physical line in a CSV file where the record starts. */
  line?: number;
  /** Column letter, as a spreadsheet shows it. */
  column?: string;
}

export interface SpreadsheetIssue {
  kind: SpreadsheetIssueKind;
  /**
   * For a person, place first: `Sheet "rules", cell C14 (row leak-test-failed, input "Outer
   * diameter"): "[0.145..0.155" — a range needs a closing ] or [ or )`.
   */
  message: string;
  place: SpreadsheetPlace;
  /** JSON Pointer into the rule table, when the problem is in one of its parts: `/rows/2/cells/0`. */
  pointer?: string;
}

/** A file that does not hold a valid rule table; `issues` says where and why, every one of them. */
export class SpreadsheetImportError extends RuleTableError {
  readonly code = 'LOTFLOW_RULE_TABLE_IMPORT_INVALID';
  constructor(
    readonly source: string,
    readonly issues: SpreadsheetIssue[],
  ) {
    super(
      `Couldn't import a rule table from ${source}: ${issues.map((issue) => (issue.pointer === undefined ? issue.message : `${issue.message} [${issue.pointer}]`)).join('; ')}`,
    );
  }
}
