/** A JSON Schema (2020-12) object as compiled from the dictionary; keywords beyond the core are `x-lotflow-*`. */
export interface JsonSchema {
  [keyword: string]: unknown;
}

/** The schema of a type's records, as `compileTypeSchema` returns it. */
export interface TypeSchema extends JsonSchema {
  $schema: 'https://json-schema.org/draft/2020-12/schema';
  type: 'object';
  additionalProperties: false;
  required: string[];
  properties: Record<string, JsonSchema>;
  'x-lotflow-type': string;
  'x-lotflow-code-field': string;
}
