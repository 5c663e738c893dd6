import type { ValidateFunction } from 'ajv/dist/2020.js';
import { createValidator, type ValidationIssue, type ValidationResult } from '../validation/create-validator.js';
import { compileSchema, forgetSchema } from '../validation/ajv-instance.js';
import { describeError } from '../validation/describe-error.js';
import { meaningfulErrors, pointerOf } from '../validation/error-pointer.js';
import { compileValueSchema } from '../schema/compile-type-schema.js';
import { fieldSchemaBuilders } from '../schema/field-schema-builders.js';
import type { ValueDefinition } from './field-kind.js';
import { TypeDefinitionInvalidError } from './type-definition.errors.js';
import typeDefinitionSchema from './type-definition.schema.json' with { type: 'json' };
import type { FieldDefinition, TypeDefinition } from './type-definition.types.js';

const validateShape = createValidator<TypeDefinition>(typeDefinitionSchema);
const kinds = Object.keys(fieldSchemaBuilders);

/**
 * Checks a type definition: its shape against type-definition.schema.json, then what a schema
 * cannot say — field names declared twice, a codeField that is not a field, a default its own
 * field would reject, min above max. Every problem is reported with its JSON Pointer.
 */
export function validateTypeDefinition(value: unknown): ValidationResult<TypeDefinition> {
  const shape = validateShape(value);
  if (!shape.ok) return { ok: false, issues: explainShapeIssues(shape.issues, value) };
  const issues = findSemanticIssues(shape.value);
  return issues.length > 0 ? { ok: false, issues } : shape;
}

/** A valid type definition, or TypeDefinitionInvalidError naming every problem. `source` names it in the message. */
export function parseTypeDefinition(value: unknown, source = describeSource(value)): TypeDefinition {
  const result = validateTypeDefinition(value);
  if (!result.ok) throw new TypeDefinitionInvalidError(source, result.issues);
  return result.value;
}

function describeSource(value: unknown): string {
  const key = (value as { key?: unknown } | null)?.key;
  return typeof key === 'string' ? `'${key}'` : '(without a key)';
}

/** Every property some kind accepts as an option: `min`, `targetType`, `fields`, … */
const optionNames = new Set(
  Object.entries(typeDefinitionSchema.$defs)
    .filter(([name]) => name.endsWith('Options') && name !== 'kindOptions')
    .flatMap(([, definition]) => Object.keys((definition as { properties: object }).properties)),
);

/**
 * ajv's view of a field whose kind options fail is correct but unhelpful: the failed branch
 * evaluated nothing, so its valid options come back as "not known". Those are dropped while the
 * field has a real problem; an option of another kind is named as such.
 */
function explainShapeIssues(issues: ValidationIssue[], value: unknown): ValidationIssue[] {
  const realProblems = issues.filter((issue) => issue.keyword !== 'unevaluatedProperties');
  return issues.flatMap((issue) => {
    if (issue.keyword === 'discriminator') return [{ ...issue, message: `must be one of ${kinds.map((kind) => JSON.stringify(kind)).join(', ')}` }];
    if (issue.keyword !== 'unevaluatedProperties') return [issue];
    const parent = issue.pointer.slice(0, issue.pointer.lastIndexOf('/'));
    const option = issue.pointer.slice(parent.length + 1);
    if (!optionNames.has(option)) return [issue];
    if (realProblems.some((problem) => problem.pointer === parent || problem.pointer.startsWith(`${parent}/`))) return [];
    const kind = (readPointer(value, parent) as { kind?: unknown } | undefined)?.kind;
    return [{ ...issue, message: `is not an option of a field of kind ${JSON.stringify(kind)}` }];
  });
}

function readPointer(value: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((current, token) => (current as Record<string, unknown> | undefined)?.[token], value);
}

function findSemanticIssues(type: TypeDefinition): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkFields(type.fields, '/fields', issues);

  const fieldNames = [...new Set(type.fields.map((field) => field.name))].join(', ');
  const codeField = type.fields.find((field) => field.name === type.codeField);
  if (!codeField) {
    issues.push(issue('/codeField', `'${type.codeField}' is not one of the type's fields (${fieldNames})`, 'codeField'));
  } else if ((codeField.kind !== 'code' && codeField.kind !== 'text') || !codeField.required) {
    issues.push(issue('/codeField', `'${type.codeField}' must be a required field of kind "code" or "text": it holds the record's business code`, 'codeField'));
  }
  if (type.statusField !== undefined) {
    const statusField = type.fields.find((field) => field.name === type.statusField);
    if (!statusField) issues.push(issue('/statusField', `'${type.statusField}' is not one of the type's fields (${fieldNames})`, 'statusField'));
    else if (statusField.kind !== 'enum') issues.push(issue('/statusField', `'${type.statusField}' must be a field of kind "enum"`, 'statusField'));
  }
  return issues;
}

function checkFields(fields: readonly FieldDefinition[], pointer: string, issues: ValidationIssue[]): void {
  const seen = new Set<string>();
  fields.forEach((field, index) => {
    const fieldPointer = `${pointer}/${index}`;
    if (seen.has(field.name)) issues.push(issue(`${fieldPointer}/name`, `'${field.name}' is declared twice`, 'unique'));
    seen.add(field.name);
    if (field.unique && (field.kind === 'list' || field.kind === 'boolean')) {
      issues.push(issue(`${fieldPointer}/unique`, `cannot be set on a field of kind "${field.kind}"`, 'unique'));
    }
    checkValue(field, fieldPointer, issues);
  });
}

function checkValue(definition: ValueDefinition, pointer: string, issues: ValidationIssue[]): void {
  checkRanges(definition, pointer, issues);
  if (definition.kind === 'list') {
    if (definition.items && definition.fields) {
      issues.push(issue(pointer, 'a list takes either items (a list of single values) or fields (a list of rows), not both', 'list'));
    } else if (!definition.items && !definition.fields) {
      issues.push(issue(pointer, 'a list needs items (a list of single values) or fields (a list of rows)', 'list'));
    }
    if (definition.items) {
      if (definition.items.kind === 'list' || definition.items.kind === 'code') {
        issues.push(issue(`${pointer}/items/kind`, `a list's items cannot be of kind "${definition.items.kind}"`, 'list'));
      } else {
        checkValue(definition.items, `${pointer}/items`, issues);
      }
    }
    if (definition.fields) {
      definition.fields.forEach((field, index) => {
        if (field.kind === 'code') issues.push(issue(`${pointer}/fields/${index}/kind`, 'a code can only be a field of the type itself, not of a row', 'list'));
      });
      checkFields(definition.fields, `${pointer}/fields`, issues);
    }
  }
  if (definition.kind === 'enum') {
    const seen = new Set<string>();
    definition.values.forEach((value, index) => {
      if (seen.has(value.value)) issues.push(issue(`${pointer}/values/${index}/value`, `'${value.value}' is declared twice`, 'unique'));
      seen.add(value.value);
    });
  }
  if ('default' in definition && definition.default !== undefined) checkDefault(definition, pointer, issues);
}

function checkRanges(definition: ValueDefinition, pointer: string, issues: ValidationIssue[]): void {
  const pairs: [string, string][] = [
    ['min', 'max'],
    ['minLength', 'maxLength'],
    ['minItems', 'maxItems'],
  ];
  const options = definition as unknown as Record<string, unknown>;
  for (const [low, high] of pairs) {
    const lowValue = options[low];
    const highValue = options[high];
    if (typeof lowValue === 'number' && typeof highValue === 'number' && lowValue > highValue) {
      issues.push(issue(`${pointer}/${low}`, `must not be greater than ${high} (${lowValue} > ${highValue})`, 'range'));
    }
  }
}

/** A default is checked by the very schema its field compiles to, so both can never disagree. */
function checkDefault(definition: ValueDefinition, pointer: string, issues: ValidationIssue[]): void {
  const { default: value, ...withoutDefault } = definition as ValueDefinition & { default: unknown };
  const schema = compileValueSchema(withoutDefault as ValueDefinition);
  let validate: ValidateFunction;
  try {
    validate = compileSchema(schema);
  } catch {
    return; // a schema ajv cannot compile comes from a definition whose issues are reported already
  }
  if (!validate(value)) {
    for (const error of meaningfulErrors(validate.errors ?? [])) {
      issues.push(issue(`${pointer}/default${pointerOf(error)}`, `${describeError(error, 'en')} (the field's own constraint)`, error.keyword));
    }
  }
  forgetSchema(schema);
}

function issue(pointer: string, message: string, keyword: string): ValidationIssue {
  return { pointer, message, keyword };
}
