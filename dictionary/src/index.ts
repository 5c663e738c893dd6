export { createValidator } from './validation/create-validator.js';
export type { ValidationIssue, ValidationResult, Validator } from './validation/create-validator.js';
export { formatIssues } from './validation/format-issues.js';
export { createEnvironmentReader, EnvironmentError } from './validation/read-environment.js';
