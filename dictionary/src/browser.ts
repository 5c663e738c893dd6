/*
 * What a browser may import: the type model, its compilation to JSON Schema and the record
 * validator the api uses, with their bilingual messages. Nothing here reads files or the
 * environment, so a web bundle checks a record with exactly the api's rules.
 */
export type { ValidationIssue, ValidationResult } from './validation/create-validator.js';
export { isLocale, locales, type Locale } from './validation/locale.js';
export { lotflowKeyword } from './validation/lotflow-keywords.js';

export type * from './model/type-definition.types.js';
export type { FieldKind, ValueDefinition, ValueDefinitionOf } from './model/field-kind.js';
export { parseTypeDefinition, validateTypeDefinition } from './model/validate-type-definition.js';
export { TypeDefinitionInvalidError } from './model/type-definition.errors.js';

export { compileTypeSchema, compileValueSchema, type CompileOptions } from './schema/compile-type-schema.js';
export type { JsonSchema, TypeSchema } from './schema/json-schema.types.js';
export { createRecordValidator } from './record/validate-record.js';
export type { RecordIssue, RecordValidationResult, RecordValidator } from './record/validate-record.js';
export { locateField, type FieldLocation } from './record/locate-field.js';
export { findReferences, type RecordReference } from './record/find-references.js';
