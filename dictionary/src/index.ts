// Validation at every boundary: request bodies, files, configuration.
export { createValidator } from './validation/create-validator.js';
export type { ValidationIssue, ValidationResult, Validator } from './validation/create-validator.js';
export { formatIssues } from './validation/format-issues.js';
export { createEnvironmentReader, EnvironmentError, readEnvironmentOrExit } from './validation/read-environment.js';
export { compileSchema, forgetSchema } from './validation/ajv-instance.js';
export { describeError, type MessageContext } from './validation/describe-error.js';
export { lotflowKeyword } from './validation/lotflow-keywords.js';
export { isLocale, locales, type Locale } from './validation/locale.js';
export { DictionaryError } from './dictionary.errors.js';

// The model: types and their fields.
export type * from './model/type-definition.types.js';
export type { FieldKind, ValueDefinition, ValueDefinitionOf } from './model/field-kind.js';
export { parseTypeDefinition, validateTypeDefinition } from './model/validate-type-definition.js';
export { TypeDefinitionInvalidError } from './model/type-definition.errors.js';
export { findTypeSetIssues, type TypeSetIssue } from './model/find-type-set-issues.js';
export { listTypeDependencies } from './model/list-type-dependencies.js';
export { orderTypesByDependency, TypeReferenceCycleError } from './model/order-types-by-dependency.js';

// A type compiled to JSON Schema, and records checked against it.
export { compileTypeSchema, compileValueSchema, type CompileOptions } from './schema/compile-type-schema.js';
export type { JsonSchema, TypeSchema } from './schema/json-schema.types.js';
export { createRecordValidator } from './record/validate-record.js';
export type { RecordIssue, RecordValidationResult, RecordValidator } from './record/validate-record.js';
export { findReferences, type RecordReference } from './record/find-references.js';

// Numbering sequences.
export type { SequenceDefinition } from './numbering/sequence-definition.types.js';
export { validateSequenceDefinition, type Sequence } from './numbering/parse-sequence-definition.js';
export { parseNumberingPattern } from './numbering/parse-numbering-pattern.js';
export type { DateToken, NumberingPart, NumberingPattern, NumberingPeriod } from './numbering/parse-numbering-pattern.js';
export { formatNumber, type FormatNumberOptions } from './numbering/format-number.js';
export { allTimePeriodKey, computePeriodKey } from './numbering/compute-period-key.js';
export { defaultTimeZone, readCalendarDate, type CalendarDate } from './numbering/read-calendar-date.js';
export { NumberingExhaustedError, NumberingPatternInvalidError, TimeZoneInvalidError } from './numbering/numbering.errors.js';

// The built-in medical-device pack.
export { builtInPackDirectory, loadPack, type Pack, type PackRecord } from './pack/load-pack.js';
export { PackInvalidError, type PackIssue } from './pack/pack.errors.js';
export type * from './pack/pack-types.generated.js';
