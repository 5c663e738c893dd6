import { createValidator, type ValidationIssue, type Validator } from '@lotflow/dictionary';
import { columnTypes } from './column-type.definitions.js';
import { RuleTableInputError } from './rule-table.errors.js';
import type { RuleTableInput } from './rule-table-document.types.js';
import type { RuleTable } from './rule-table.types.js';

export type FactReader = (facts: Record<string, unknown>, timeZone: string) => Record<string, unknown>;

/**
 * Picks the table's inputs out of the facts (process variables) into a fresh object for the
 * engine. A missing or null value stays missing; a present one must have its input's type, or
 * the whole evaluation fails with RuleTableInputError. Date objects become their ISO text.
 */
export function createFactReader(table: RuleTable): FactReader {
  const readers = table.inputs.map((input) => ({ input, path: input.expression.split('.'), validate: valueValidator(input) }));

  return (facts, timeZone) => {
    const picked: Record<string, unknown> = {};
    const issues: ValidationIssue[] = [];
    for (const { input, path, validate } of readers) {
      const found = resolve(facts, path);
      if ('issue' in found) {
        if (!issues.some((issue) => issue.pointer === found.issue.pointer)) issues.push(found.issue);
        continue;
      }
      if (found.value === undefined || found.value === null) continue;
      const fromDate = columnTypes[input.type].fromDate;
      const value = found.value instanceof Date && fromDate ? fromDate(found.value, timeZone) : found.value;
      const result = validate(value);
      if (!result.ok) {
        issues.push(...result.issues.map((issue) => ({ ...issue, pointer: `/${path.join('/')}${issue.pointer}` })));
        continue;
      }
      place(picked, path, value);
    }
    if (issues.length > 0) throw new RuleTableInputError(table.key, issues);
    return picked;
  };
}

// Tables share their few distinct input schemas; each is compiled once per process.
const validators = new Map<string, Validator<unknown>>();

function valueValidator(input: RuleTableInput): Validator<unknown> {
  const { valueSchema } = columnTypes[input.type];
  const schema = input.enum ? { ...valueSchema, enum: input.enum } : valueSchema;
  const key = JSON.stringify(schema);
  let validator = validators.get(key);
  if (!validator) {
    validator = createValidator(schema);
    validators.set(key, validator);
  }
  return validator;
}

type Resolved = { value: unknown } | { issue: ValidationIssue };

function resolve(facts: Record<string, unknown>, path: string[]): Resolved {
  let current: unknown = facts;
  for (const [index, segment] of path.entries()) {
    if (current === undefined || current === null) return { value: undefined };
    if (!isRecord(current)) {
      const pointer = `/${path.slice(0, index).join('/')}`;
      return { issue: { pointer, message: `must be an object holding ${path.slice(index).join('.')}`, keyword: 'type' } };
    }
    current = Object.hasOwn(current, segment) ? current[segment] : undefined;
  }
  return { value: current };
}

function place(target: Record<string, unknown>, path: string[], value: unknown): void {
  let current = target;
  for (const segment of path.slice(0, -1)) {
    const next = current[segment];
    current = isRecord(next) ? next : (current[segment] = {});
  }
  current[path[path.length - 1]!] = value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** json-rules-engine's path resolver for the rest of a dotted input expression. */
export function resolveDottedPath(value: object, path: string): unknown {
  const found = resolve(value as Record<string, unknown>, path.split('.'));
  return 'value' in found ? found.value : undefined;
}
