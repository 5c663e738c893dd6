import type { FieldKind, ValueDefinition, ValueDefinitionOf } from '../model/field-kind.js';
import type { FieldDefinition } from '../model/type-definition.types.js';
import { lotflowKeyword } from '../validation/lotflow-keywords.js';
import type { Locale } from '../validation/locale.js';
import type { JsonSchema } from './json-schema.types.js';

/** How the schemas of a value's parts (a list's items or rows) are compiled. */
export interface BuildContext {
  locale: Locale;
  compileValue: (definition: ValueDefinition) => JsonSchema;
  compileRow: (fields: readonly FieldDefinition[]) => JsonSchema;
}

type Builder<K extends FieldKind> = (definition: ValueDefinitionOf<K>, context: BuildContext) => JsonSchema;

/**
 * One schema builder per kind. A decimal's scale is the `x-lotflow-scale` keyword rather than
 * `multipleOf`, which fails 0.155 against 0.001 in binary floating point.
 */
export const fieldSchemaBuilders: { [K in FieldKind]: Builder<K> } = {
  text: (definition) => ({
    type: 'string',
    ...defined({ minLength: definition.minLength, maxLength: definition.maxLength, pattern: definition.pattern }),
  }),
  integer: (definition) => ({
    type: 'integer',
    ...defined({ minimum: definition.min, maximum: definition.max, [lotflowKeyword.unit]: definition.unit }),
  }),
  decimal: (definition) => ({
    type: 'number',
    ...defined({
      minimum: definition.min,
      maximum: definition.max,
      [lotflowKeyword.scale]: definition.scale,
      [lotflowKeyword.unit]: definition.unit,
    }),
  }),
  boolean: () => ({ type: 'boolean' }),
  date: () => ({ type: 'string', format: 'date' }),
  'date-time': () => ({ type: 'string', format: 'date-time' }),
  enum: (definition) => ({ type: 'string', enum: definition.values.map((value) => value.value) }),
  reference: (definition) => ({
    type: 'string',
    minLength: 1,
    [lotflowKeyword.reference]: definition.targetType,
    ...defined({ [lotflowKeyword.allowedStatuses]: definition.allowedStatuses }),
  }),
  list: (definition, context) => {
    const items = definition.fields ? context.compileRow(definition.fields) : definition.items ? context.compileValue(definition.items) : {};
    const uniqueRowFields = (definition.fields ?? []).filter((field) => field.unique).map((field) => field.name);
    return {
      type: 'array',
      items,
      ...defined({
        minItems: definition.minItems,
        maxItems: definition.maxItems,
        uniqueItems: definition.items?.unique || undefined,
        [lotflowKeyword.uniqueBy]: uniqueRowFields.length > 0 ? uniqueRowFields : undefined,
      }),
    };
  },
  code: (definition) => ({ type: 'string', minLength: 1, maxLength: 64, [lotflowKeyword.numbering]: definition.numbering }),
};

/** The entries whose value is set, so a schema never carries `"maximum": undefined`. */
export function defined(entries: Record<string, unknown>): JsonSchema {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}
