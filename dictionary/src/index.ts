export { createValidator } from './validation/create-validator.js';
export type { ValidationIssue, ValidationResult, Validator } from './validation/create-validator.js';
export { formatIssues } from './validation/format-issues.js';
export { createEnvironmentReader, EnvironmentError, readEnvironmentOrExit } from './validation/read-environment.js';
