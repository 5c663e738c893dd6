import type { ValidationIssue } from '../validation/create-validator.js';
import { formatIssues } from '../validation/format-issues.js';
import { DictionaryError } from '../dictionary.errors.js';

export class TypeDefinitionInvalidError extends DictionaryError {
  readonly code = 'LOTFLOW_TYPE_DEFINITION_INVALID';
  constructor(
    readonly source: string,
    readonly issues: ValidationIssue[],
  ) {
    super(`Type ${source} is invalid: ${formatIssues(issues)}`);
  }
}
