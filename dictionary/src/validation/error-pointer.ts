import type { ErrorObject } from 'ajv/dist/2020.js';

/**
 * The JSON Pointer of the value an error is about. ajv reports a missing or unknown property at
 * its parent object; a person wants to be pointed at the property itself.
 */
export function pointerOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${error.instancePath}/${escapePointer(String(params.missingProperty))}`;
    case 'additionalProperties':
      return `${error.instancePath}/${escapePointer(String(params.additionalProperty))}`;
    case 'unevaluatedProperties':
      return `${error.instancePath}/${escapePointer(String(params.unevaluatedProperty))}`;
    case 'discriminator':
      return `${error.instancePath}/${escapePointer(String(params.tag))}`;
    default:
      return error.instancePath;
  }
}

/** The errors worth showing: an `if` failure only repeats the errors of the branch it chose. */
export function meaningfulErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  return errors.filter((error) => error.keyword !== 'if');
}

function escapePointer(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}
