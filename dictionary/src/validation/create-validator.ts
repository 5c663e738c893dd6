import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

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

// ajv-formats is CommonJS with a default export; under NodeNext the default lands on `.default`.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

function createAjv(options: { coerceTypes?: boolean; useDefaults?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    coerceTypes: options.coerceTypes ?? false,
    useDefaults: options.useDefaults ?? false,
  });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  return ajv;
}

const sharedAjv = createAjv();
const coercingAjv = createAjv({ coerceTypes: true, useDefaults: true });

/**
 * Compiles a JSON Schema (2020-12) once and returns a function that checks a value against it.
 * `coerce` turns strings into the declared types and fills defaults: for environment variables
 * and query strings, never for request bodies or files.
 */
export function createValidator<T>(schema: object, options: { coerce?: boolean } = {}): Validator<T> {
  const ajv = options.coerce ? coercingAjv : sharedAjv;
  const validate: ValidateFunction = ajv.compile(schema);
  const validator = ((value: unknown): ValidationResult<T> => {
    if (validate(value)) return { ok: true, value: value as T };
    return { ok: false, issues: toIssues(validate.errors ?? []) };
  }) as Validator<T>;
  validator.schema = schema;
  return validator;
}

function toIssues(errors: ErrorObject[]): ValidationIssue[] {
  // An `if` failure only repeats the errors of the branch it chose.
  return errors.filter((error) => error.keyword !== 'if').map((error) => {
    const pointer =
      error.keyword === 'required'
        ? `${error.instancePath}/${String((error.params as { missingProperty: string }).missingProperty)}`
        : error.keyword === 'additionalProperties'
          ? `${error.instancePath}/${String((error.params as { additionalProperty: string }).additionalProperty)}`
          : error.instancePath;
    return { pointer, message: describe(error), keyword: error.keyword };
  });
}

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not a known property';
    case 'enum':
      return `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return error.message ?? `fails ${error.keyword}`;
  }
}
