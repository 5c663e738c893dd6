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

/** A parser for a query string: values coerced to the schema's types and defaults filled, or a field-level 400 under `/query`. */
export function queryParser<T>(schema: object): (request: Request) => T {
  const validate = createValidator<T>(schema, { coerce: true });
  return (request) => {
    const query = Object.fromEntries(Object.entries(request.query).map(([name, value]) => [name, Array.isArray(value) ? value[0] : value]));
    const result = validate(query);
    if (!result.ok) throw new RequestInvalidError(result.issues, 'query');
    return result.value;
  };
}
