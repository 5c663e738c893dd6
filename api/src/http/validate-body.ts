import { createValidator } from '@lotflow/dictionary';
import type { Request } from 'express';
import { RequestInvalidError } from './lotflow-error.js';

/** A parser for one request body shape: returns the typed body or throws a field-level 400. */
export function bodyParser<T>(schema: object): (request: Request) => T {
  const validate = createValidator<T>(schema);
  return (request) => {
    const result = validate(request.body ?? {});
    if (!result.ok) throw new RequestInvalidError(result.issues);
    return result.value;
  };
}
