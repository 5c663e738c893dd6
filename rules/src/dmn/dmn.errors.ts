import { RuleTableError } from '../rule-table/rule-table.errors.js';
import type { DmnTarget } from './dmn-target.definitions.js';

/** One problem, placed the way a person finds it: in the DMN editor (import) or the rule table (export). */
export interface DmnIssue {
  /** `Rule 3 (DecisionRule_0x1), input "Supplier status"`, `Row 2 (expiry-soon), input "Expiry date"`, `Decision table`; empty for the whole document. */
  location: string;
  message: string;
}

export function formatDmnIssue(issue: DmnIssue): string {
  return issue.location === '' ? issue.message : `${issue.location}: ${issue.message}`;
}

/** A DMN document Lotflow cannot read as a rule table, or cannot read with the same meaning. */
export class DmnImportError extends RuleTableError {
  readonly code = 'LOTFLOW_DMN_IMPORT_INVALID';
  constructor(
    readonly source: string,
    readonly issues: DmnIssue[],
  ) {
    super(`Couldn't import ${source} as a rule table: ${issues.map(formatDmnIssue).join('; ')}`);
  }
}

/** A rule table that has no DMN form with the same meaning for the chosen target. */
export class DmnExportError extends RuleTableError {
  readonly code = 'LOTFLOW_DMN_EXPORT_UNSUPPORTED';
  constructor(
    readonly tableKey: string,
    readonly target: DmnTarget,
    readonly issues: DmnIssue[],
  ) {
    super(`Couldn't export rule table '${tableKey}' as DMN for ${target}: ${issues.map(formatDmnIssue).join('; ')}`);
  }
}
