import type { ColumnType, RuleTableInput, Scalar } from '../api/rule-table.shape';

/**
 * The facts an evaluation reads, nested along each input's expression (`supplier.status` →
 * `{ supplier: { status } }`). Inputs left empty are left out: the fact is missing.
 */
export function buildFacts(inputs: readonly RuleTableInput[], values: Readonly<Record<string, string>>): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const input of inputs) {
    const text = values[input.id];
    if (text === undefined || text.trim() === '') {
      continue;
    }
    const path = input.expression.split('.');
    let target = facts;
    for (const segment of path.slice(0, -1)) {
      const next = target[segment];
      target = (typeof next === 'object' && next !== null ? next : (target[segment] = {})) as Record<string, unknown>;
    }
    target[path[path.length - 1]!] = readFactValue(text, input.type);
  }
  return facts;
}

/** A typed field's text as the fact value: numbers as numbers, true/false as booleans. */
export function readFactValue(text: string, type: ColumnType): Scalar {
  const trimmed = text.trim();
  switch (type) {
    case 'number':
    case 'integer': {
      const number = Number(trimmed);
      return trimmed !== '' && Number.isFinite(number) ? number : trimmed;
    }
    case 'boolean':
      return trimmed === 'true' ? true : trimmed === 'false' ? false : trimmed;
    default:
      return trimmed;
  }
}

/** The value at a dotted path in a record or witness, as the bench's text fields show it. */
export function readFactText(source: unknown, expression: string): string | undefined {
  let value: unknown = source;
  for (const segment of expression.split('.')) {
    if (typeof value !== 'object' || value === null) {
      return undefined;
    }
    value = (value as Record<string, unknown>)[segment];
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}
