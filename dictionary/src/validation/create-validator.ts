import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { compileSchema } from './ajv-instance.js';
import { describeError } from './describe-error.js';
import { meaningfulErrors, pointerOf } from './error-pointer.js';

/** One problem found in a value, located by a JSON Pointer so a screen can point at the field. */
export interface ValidationIssue {
  /** JSON Pointer into the validated value, e.g. `/rules/2/conditions`; `''` is the value itself. */
  pointer: string;
  /** What was expected, phrased for a person: "must be number". */
  message: string;
  /** The ajv keyword that failed, stable for programs. */
  keyword: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

export interface Validator<T> {
  (value: unknown): ValidationResult<T>;
  schema: object;
}

/**
 * Compiles a JSON Schema (2020-12) once and returns a function that checks a value against it.
 * `coerce` turns strings into the declared types and fills defaults: for environment variables
 * and query strings, never for request bodies or files.
 */
export function createValidator<T>(schema: object, options: { coerce?: boolean } = {}): Validator<T> {
  const validate: ValidateFunction = compileSchema(schema, options);
  const validator = ((value: unknown): ValidationResult<T> => {
    if (validate(value)) return { ok: true, value: value as T };
    return { ok: false, issues: toIssues(validate.errors ?? []) };
  }) as Validator<T>;
  validator.schema = schema;
  return validator;
}

function toIssues(errors: ErrorObject[]): ValidationIssue[] {
  return meaningfulErrors(errors).map((error) => ({ pointer: pointerOf(error), message: describeError(error, 'en'), keyword: error.keyword }));
}
