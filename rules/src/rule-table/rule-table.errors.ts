import { formatIssues, type ValidationIssue } from '@lotflow/dictionary';
import type { HitPolicy } from './rule-table-document.types.js';

/** Base of every failure a rule table reports; `code` is stable for programs and logs. */
export abstract class RuleTableError extends Error {
  abstract readonly code: string;
}

/** The table itself is wrong: fix the table; evaluating it again will not help. */
export class RuleTableInvalidError extends RuleTableError {
  readonly code = 'LOTFLOW_RULE_TABLE_INVALID';
  constructor(readonly source: string, readonly issues: ValidationIssue[]) {
    super(`Rule table ${source} is invalid: ${formatIssues(issues)}`);
  }
}

/** A fact does not have the type its input declares. */
export class RuleTableInputError extends RuleTableError {
  readonly code = 'LOTFLOW_RULE_TABLE_INPUT_INVALID';
  constructor(readonly tableKey: string, readonly issues: ValidationIssue[]) {
    super(`Couldn't evaluate rule table '${tableKey}': ${issues.map((issue) => `fact ${issue.pointer.slice(1).replaceAll('/', '.')} ${issue.message}`).join('; ')}`);
  }
}

/**
 * The facts matched rows in a way the hit policy forbids (UNIQUE: more than one row; ANY: rows
 * with different outputs). The table has a gap in its design for these facts.
 */
export class RuleTableHitPolicyViolation extends RuleTableError {
  readonly code = 'LOTFLOW_RULE_TABLE_HIT_POLICY_VIOLATION';
  constructor(
    readonly tableKey: string,
    readonly tableVersion: string,
    readonly hitPolicy: HitPolicy,
    readonly rowIds: string[],
    reason: string,
  ) {
    super(`Rule table '${tableKey}' broke its ${hitPolicy} hit policy: ${reason}`);
  }
}
