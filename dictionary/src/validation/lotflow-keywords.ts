import type { Ajv2020, ErrorObject } from 'ajv/dist/2020.js';
import type { DataValidateFunction, DataValidationCxt } from 'ajv/dist/types/index.js';
import { hasAtMostDecimals } from './has-at-most-decimals.js';

/**
 * The `x-lotflow-*` keywords of compiled type schemas. Most are annotations for the api and the
 * forms (which type a reference points to, which unit a value is in); two validate.
 */
export const lotflowKeyword = {
  /** On the root: the type's key. */
  type: 'x-lotflow-type',
  /** On the root: the field holding the business code. */
  codeField: 'x-lotflow-code-field',
  /** On the root: the enum field references check with allowed statuses. */
  statusField: 'x-lotflow-status-field',
  /** Key of the type whose record's code a string holds; the api checks that it exists. */
  reference: 'x-lotflow-reference',
  /** The referenced record's status must be one of these; the api checks it. */
  allowedStatuses: 'x-lotflow-allowed-statuses',
  unit: 'x-lotflow-unit',
  /** No two records of the type share the value; the api checks it. */
  unique: 'x-lotflow-unique',
  /** A change needs a reason and is audited with old and new values. */
  regulated: 'x-lotflow-regulated',
  /** Key of the numbering sequence that assigns a code. */
  numbering: 'x-lotflow-numbering',
  /** Validating: a number has at most this many decimal places. */
  scale: 'x-lotflow-scale',
  /** Validating: no two rows of an array share a value of any of these properties. */
  uniqueBy: 'x-lotflow-unique-by',
} as const;

const annotations: Record<string, 'string' | 'boolean' | 'array'> = {
  [lotflowKeyword.type]: 'string',
  [lotflowKeyword.codeField]: 'string',
  [lotflowKeyword.statusField]: 'string',
  [lotflowKeyword.reference]: 'string',
  [lotflowKeyword.allowedStatuses]: 'array',
  [lotflowKeyword.unit]: 'string',
  [lotflowKeyword.unique]: 'boolean',
  [lotflowKeyword.regulated]: 'boolean',
  [lotflowKeyword.numbering]: 'string',
};

export function addLotflowKeywords(ajv: Ajv2020): void {
  for (const [keyword, schemaType] of Object.entries(annotations)) ajv.addKeyword({ keyword, schemaType });
  ajv.addKeyword({ keyword: lotflowKeyword.scale, type: 'number', schemaType: 'number', errors: true, validate: asKeyword(checkScale) });
  ajv.addKeyword({ keyword: lotflowKeyword.uniqueBy, type: 'array', schemaType: 'array', errors: true, validate: asKeyword(checkUniqueBy) });
}

type KeywordCheck<S, D> = (schema: S, data: D, context: DataValidationCxt | undefined) => Partial<ErrorObject>[];

/** An ajv validating function from a check that returns its errors; ajv fills in where they occurred. */
function asKeyword<S, D>(check: KeywordCheck<S, D>): DataValidateFunction {
  const validate = ((schema: S, data: D, _parentSchema?: unknown, context?: DataValidationCxt): boolean => {
    validate.errors = check(schema, data, context);
    return validate.errors.length === 0;
  }) as DataValidateFunction & { errors: Partial<ErrorObject>[] };
  return validate;
}

function checkScale(scale: number, value: number): Partial<ErrorObject>[] {
  return hasAtMostDecimals(value, scale) ? [] : [error(lotflowKeyword.scale, { scale }, `must have at most ${scale} decimal places`)];
}

function checkUniqueBy(properties: string[], rows: unknown[], context: DataValidationCxt | undefined): Partial<ErrorObject>[] {
  const errors: Partial<ErrorObject>[] = [];
  for (const property of properties) {
    const firstRowOf = new Map<string, number>();
    rows.forEach((row, index) => {
      if (typeof row !== 'object' || row === null || !(property in row)) return;
      const value = (row as Record<string, unknown>)[property];
      const key = JSON.stringify(value);
      const first = firstRowOf.get(key);
      if (first === undefined) return void firstRowOf.set(key, index);
      errors.push({
        ...error(lotflowKeyword.uniqueBy, { property, value, rows: [first, index] }, `must not repeat row ${first + 1}`),
        instancePath: `${context?.instancePath ?? ''}/${index}/${property}`,
      });
    });
  }
  return errors;
}

function error(keyword: string, params: Record<string, unknown>, message: string): Partial<ErrorObject> {
  return { keyword, params, message };
}
