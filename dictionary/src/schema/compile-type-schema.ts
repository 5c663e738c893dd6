import type { ValueDefinition } from '../model/field-kind.js';
import type { FieldDefinition, TypeDefinition } from '../model/type-definition.types.js';
import { lotflowKeyword } from '../validation/lotflow-keywords.js';
import type { Locale } from '../validation/locale.js';
import { type BuildContext, defined, fieldSchemaBuilders } from './field-schema-builders.js';
import type { JsonSchema, TypeSchema } from './json-schema.types.js';

export interface CompileOptions {
  /** Language of the `title` and `description` annotations; `en` unless told. */
  locale?: Locale;
}

/**
 * The JSON Schema (2020-12) a type's records must satisfy: one property per field, the required
 * ones listed, nothing else allowed. References are strings marked `x-lotflow-reference` with the
 * target type, for the api to check that the record exists. The type is expected to be valid
 * (`parseTypeDefinition`).
 */
export function compileTypeSchema(type: TypeDefinition, options: CompileOptions = {}): TypeSchema {
  const context = createBuildContext(options.locale ?? 'en');
  const row = context.compileRow(type.fields);
  const uniqueFields = type.fields.filter((field) => field.unique).map((field) => field.name);
  const properties = row.properties as Record<string, JsonSchema>;
  for (const name of uniqueFields) properties[name] = { ...properties[name], [lotflowKeyword.unique]: true };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: type.label[context.locale],
    ...defined({ description: type.help?.[context.locale] }),
    type: 'object',
    additionalProperties: false,
    required: row.required as string[],
    properties,
    [lotflowKeyword.type]: type.key,
    [lotflowKeyword.codeField]: type.codeField,
    ...defined({ [lotflowKeyword.statusField]: type.statusField }),
  } as TypeSchema;
}

/** The schema of one value (a field, a list item), e.g. to check a field's default against it. */
export function compileValueSchema(definition: ValueDefinition, options: CompileOptions = {}): JsonSchema {
  return createBuildContext(options.locale ?? 'en').compileValue(definition);
}

function createBuildContext(locale: Locale): BuildContext {
  const context: BuildContext = {
    locale,
    compileValue: (definition) => {
      // The map is keyed by kind, so the builder matches the definition; TypeScript cannot see it.
      const build = fieldSchemaBuilders[definition.kind] as (definition: ValueDefinition, context: BuildContext) => JsonSchema;
      return {
        ...defined({ title: definition.label?.[locale], description: definition.help?.[locale] }),
        ...build(definition, context),
        ...defined({
          default: 'default' in definition ? definition.default : undefined,
          [lotflowKeyword.regulated]: 'regulated' in definition && definition.regulated ? true : undefined,
        }),
      };
    },
    compileRow: (fields: readonly FieldDefinition[]) => ({
      type: 'object',
      additionalProperties: false,
      required: fields.filter((field) => field.required).map((field) => field.name),
      properties: Object.fromEntries(fields.map((field) => [field.name, context.compileValue(field)])),
    }),
  };
  return context;
}
