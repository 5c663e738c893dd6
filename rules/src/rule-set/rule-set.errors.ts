import type { ValidationIssue } from '@lotflow/dictionary';

/** Base of every failure the rules library reports; `code` is stable for programs and logs. */
export abstract class RuleSetError extends Error {
  abstract readonly code: string;
}

export class RuleSetNotFoundError extends RuleSetError {
  readonly code = 'LOTFLOW_RULE_SET_NOT_FOUND';
  constructor(readonly key: string, readonly directory: string) {
    super(`Rule set '${key}' was not found: expected a file ${key}.json in ${directory}`);
  }
}

export class RuleSetInvalidError extends RuleSetError {
  readonly code = 'LOTFLOW_RULE_SET_INVALID';
  constructor(readonly source: string, readonly issues: ValidationIssue[]) {
    super(
      `Rule set ${source} is invalid: ${issues
        .map((issue) => `${issue.pointer === '' ? '(root)' : issue.pointer}: ${issue.message}`)
        .join('; ')}`,
    );
  }
}

export class RuleSetInputError extends RuleSetError {
  readonly code = 'LOTFLOW_RULE_SET_INPUT_INVALID';
  constructor(readonly key: string, readonly issues: ValidationIssue[]) {
    super(
      `Couldn't evaluate rule set '${key}': ${issues.map((issue) => `fact ${issue.pointer.slice(1)} ${issue.message}`).join('; ')}`,
    );
  }
}
