import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type { ValueDefinition } from '../model/field-kind.js';
import type { TypeDefinition } from '../model/type-definition.types.js';
import { parseTypeDefinition } from '../model/validate-type-definition.js';
import { compileTypeSchema } from '../schema/compile-type-schema.js';
import type { TypeSchema } from '../schema/json-schema.types.js';
import { compileSchema } from '../validation/ajv-instance.js';
import type { ValidationIssue } from '../validation/create-validator.js';
import { describeError, type MessageContext } from '../validation/describe-error.js';
import { meaningfulErrors, pointerOf } from '../validation/error-pointer.js';
import type { Locale } from '../validation/locale.js';
import { locateField } from './locate-field.js';

/** A problem in a record, in one language: "Outer diameter: must be <= 0.155 in". */
export interface RecordIssue extends ValidationIssue {
  /** The field's labels from the record down: "Certificates #1 › Expiry date". */
  field: string;
}

export type RecordValidationResult<T> = { ok: true; value: T } | { ok: false; issues: RecordIssue[] };

export interface RecordValidator<T> {
  (record: unknown, locale: Locale): RecordValidationResult<T>;
  readonly type: TypeDefinition;
  /** The compiled schema (English annotations), as the api stores it with the type version. */
  readonly schema: TypeSchema;
}

const separator: Record<Locale, string> = { en: ': ', 'zh-CN': '：' };

/**
 * Compiles a type once and returns a function that checks a record against it, with every
 * problem located by JSON Pointer and explained in the caller's language. Keep the validator for
 * as long as the type version lives: ajv keeps what it compiled. References, uniqueness across
 * records and allowed statuses need the database and are the api's to check.
 */
export function createRecordValidator<T = Record<string, unknown>>(type: TypeDefinition): RecordValidator<T> {
  const definition = parseTypeDefinition(type);
  const schema = compileTypeSchema(definition);
  const validate: ValidateFunction = compileSchema(schema);
  const validator = (record: unknown, locale: Locale): RecordValidationResult<T> => {
    if (validate(record)) return { ok: true, value: record as T };
    return { ok: false, issues: meaningfulErrors(validate.errors ?? []).map((error) => toRecordIssue(definition, error, locale)) };
  };
  return Object.assign(validator, { type: definition, schema });
}

function toRecordIssue(type: TypeDefinition, error: ErrorObject, locale: Locale): RecordIssue {
  const pointer = pointerOf(error);
  const location = locateField(type, pointer);
  const field = location.labelPath(locale);
  const problem = describeError(error, locale, messageContext(location.definition, locale));
  return { pointer, field, message: `${field}${separator[locale]}${problem}`, keyword: error.keyword };
}

function messageContext(definition: ValueDefinition | undefined, locale: Locale): MessageContext {
  if (!definition) return {};
  if (definition.kind === 'enum') return { enumLabels: new Map(definition.values.map((value) => [value.value, value.label[locale]])) };
  if ((definition.kind === 'decimal' || definition.kind === 'integer') && definition.unit) return { unit: definition.unit };
  return {};
}
