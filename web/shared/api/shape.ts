/**
 * Response shapes declared as data: each shape checks an unknown value and the TypeScript type is
 * derived from it with `Infer`, so a payload's shape is written once.
 */
export interface Shape<T> {
  readonly expected: string;
  check(value: unknown, path: string): ShapeCheck<T>;
}

export type ShapeCheck<T> =
  | { readonly valid: true; readonly value: T }
  | { readonly valid: false; readonly path: string; readonly expected: string };

export type Infer<S> = S extends Shape<infer T> ? T : never;

type Properties = Record<string, Shape<unknown>>;

/** Names whose shape accepts `undefined` become optional properties (`error?: string`). */
type OptionalNames<P extends Properties> = {
  [Name in keyof P]: undefined extends Infer<P[Name]> ? Name : never;
}[keyof P];

type ObjectValue<P extends Properties> = Simplify<
  { [Name in Exclude<keyof P, OptionalNames<P>>]: Infer<P[Name]> } & {
    [Name in OptionalNames<P>]?: Infer<P[Name]>;
  }
>;

type Simplify<T> = { [Name in keyof T]: T[Name] };

function primitive<T>(expected: string, accepts: (value: unknown) => value is T): Shape<T> {
  return {
    expected,
    check: (value, path) => (accepts(value) ? { valid: true, value } : { valid: false, path, expected }),
  };
}

export const text = (): Shape<string> =>
  primitive('a string', (value): value is string => typeof value === 'string');

export const count = (): Shape<number> =>
  primitive('a whole number ≥ 0', (value): value is number => Number.isSafeInteger(value) && (value as number) >= 0);

export const flag = (): Shape<boolean> =>
  primitive('true or false', (value): value is boolean => typeof value === 'boolean');

export const isoDateTime = (): Shape<string> =>
  primitive('an ISO 8601 date-time', (value): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value)));

/** Any JSON value, left for the caller to interpret (a record's values, a type definition). */
export const json = (): Shape<unknown> => primitive('any JSON value', (value): value is unknown => value !== undefined);

/** The body of a 204 No Content answer, which has none. */
export const noContent = (): Shape<undefined> =>
  primitive('no body', (value): value is undefined => value === undefined);

export function oneOf<const Values extends readonly string[]>(...values: Values): Shape<Values[number]> {
  return primitive(`one of ${values.map((value) => `"${value}"`).join(', ')}`, (value): value is Values[number] =>
    typeof value === 'string' && values.includes(value),
  );
}

export function nullable<T>(shape: Shape<T>): Shape<T | null> {
  return {
    expected: `${shape.expected} or null`,
    check: (value, path) => (value === null ? { valid: true, value: null } : shape.check(value, path)),
  };
}

export function optional<T>(shape: Shape<T>): Shape<T | undefined> {
  return {
    expected: `${shape.expected} or absent`,
    check: (value, path) => (value === undefined ? { valid: true, value: undefined } : shape.check(value, path)),
  };
}

export function array<T>(item: Shape<T>): Shape<T[]> {
  return {
    expected: `a list of ${item.expected}`,
    check: (value, path) => {
      if (!Array.isArray(value)) {
        return { valid: false, path, expected: 'a list' };
      }
      const items: T[] = [];
      for (const [index, element] of value.entries()) {
        const result = item.check(element, `${path}[${index}]`);
        if (!result.valid) {
          return result;
        }
        items.push(result.value);
      }
      return { valid: true, value: items };
    },
  };
}

export function object<P extends Properties>(properties: P): Shape<ObjectValue<P>> {
  return {
    expected: 'an object',
    check: (value, path) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return { valid: false, path, expected: 'an object' };
      }
      const checked: Record<string, unknown> = {};
      for (const [name, shape] of Object.entries(properties)) {
        const result = shape.check((value as Record<string, unknown>)[name], path === '' ? name : `${path}.${name}`);
        if (!result.valid) {
          return result;
        }
        if (result.value !== undefined) {
          checked[name] = result.value;
        }
      }
      return { valid: true, value: checked as ObjectValue<P> };
    },
  };
}

/** Checks `value` against `shape`; a failure reads like "items[0].instances.running: expected …". */
export function checkShape<T>(shape: Shape<T>, value: unknown): { valid: true; value: T } | { valid: false; reason: string } {
  const result = shape.check(value, '');
  if (result.valid) {
    return { valid: true, value: result.value };
  }
  return { valid: false, reason: `${result.path === '' ? 'body' : result.path}: expected ${result.expected}` };
}
