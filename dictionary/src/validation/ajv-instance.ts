import { Ajv2020, type AnySchema, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { addLotflowKeywords } from './lotflow-keywords.js';

// ajv-formats is CommonJS with a default export; under NodeNext the default lands on `.default`.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

function createAjv(options: { coerceTypes?: boolean; useDefaults?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    // `oneOf` keyed by a property (a field's kind) reports the errors of the matching branch only.
    discriminator: true,
    coerceTypes: options.coerceTypes ?? false,
    useDefaults: options.useDefaults ?? false,
  });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  addLotflowKeywords(ajv);
  return ajv;
}

const sharedAjv = createAjv();
const coercingAjv = createAjv({ coerceTypes: true, useDefaults: true });

/**
 * Compiles a schema with Lotflow's ajv conventions: JSON Schema 2020-12, strict, every error
 * reported, formats and the `x-lotflow-*` keywords known. `coerce` turns strings into the declared
 * types and fills defaults: for environment variables and query strings, never for bodies or files.
 *
 * ajv keeps every compiled schema for the life of the process: compile once per schema (per type
 * version) and keep the function, or call `forgetSchema` when it is no longer needed.
 */
export function compileSchema(schema: AnySchema, options: { coerce?: boolean } = {}): ValidateFunction {
  return (options.coerce ? coercingAjv : sharedAjv).compile(schema);
}

/** Lets ajv drop what it cached when compiling `schema`. */
export function forgetSchema(schema: AnySchema, options: { coerce?: boolean } = {}): void {
  (options.coerce ? coercingAjv : sharedAjv).removeSchema(schema as object);
}
