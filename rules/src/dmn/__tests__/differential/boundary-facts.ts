import fc from 'fast-check';
import type { ColumnType, RuleTableInput, Scalar } from '../../../rule-table/rule-table-document.types.js';
import type { RuleTable } from '../../../rule-table/rule-table.types.js';

/** One input's value for one evaluation: a value (dates as Date, as the engine holds them), or missing. */
export type FactValue = { missing: true; explicitNull: boolean } | { missing: false; value: Scalar | Date };

const dayMs = 86_400_000;

/**
 * Seeded fact sets for a table, aimed at where decisions change: every literal its cells name,
 * exactly and just beside (range ends open and closed), random values around them, missing
 * values (absent, or sent as null), and for dates the first and last instant of a day.
 */
export function boundaryFactSets(table: RuleTable, count: number, seed: number): FactValue[][] {
  const perInput = table.inputs.map((input, column) => factValue(input, literalsOf(table, column)));
  return fc.sample(fc.tuple(...perInput), { seed, numRuns: count });
}

function factValue(input: RuleTableInput, literals: Scalar[]): fc.Arbitrary<FactValue> {
  const present = (arbitrary: fc.Arbitrary<Scalar | Date>) => arbitrary.map((value): FactValue => ({ missing: false, value }));
  const missing = fc.boolean().map((explicitNull): FactValue => ({ missing: true, explicitNull }));
  if (input.enum) return fc.oneof({ weight: 4, arbitrary: present(fc.constantFrom(...input.enum)) }, { weight: 1, arbitrary: missing });
  const near = nearValues(input.type, literals);
  return fc.oneof(
    { weight: 6, arbitrary: present(fc.constantFrom(...near)) },
    { weight: 3, arbitrary: present(randomValue(input.type, literals)) },
    { weight: 2, arbitrary: missing },
  );
}

/** The literals a column's cells compare with: equality values and range ends. */
function literalsOf(table: RuleTable, column: number): Scalar[] {
  const literals: Scalar[] = [];
  for (const row of table.rows) {
    const cell = row.parsedCells[column]!;
    if (cell.kind === 'any') continue;
    for (const test of cell.tests) {
      if (test.kind === 'equal') literals.push(test.value);
      if (test.kind === 'interval') for (const end of [test.low, test.high]) if (end) literals.push(end.value);
    }
  }
  return literals;
}

function nearValues(type: ColumnType, literals: Scalar[]): Array<Scalar | Date> {
  switch (type) {
    case 'number':
      return [0, ...literals.flatMap((value) => [value as number, (value as number) - 0.001, (value as number) + 0.001, (value as number) - 1, (value as number) + 1])];
    case 'integer':
      return [0, ...literals.flatMap((value) => [value as number, (value as number) - 1, (value as number) + 1])];
    case 'boolean':
      return [true, false];
    case 'string':
      return ['other', '', ...literals];
    case 'date':
      return literals.flatMap((value) => {
        const midnight = Date.parse(`${value}T00:00:00Z`);
        return [0, 12 * 3_600_000, dayMs - 1, -1, dayMs].map((offset) => new Date(midnight + offset));
      });
    case 'date-time':
      return literals.flatMap((value) => {
        const instant = instantOf(String(value));
        return [0, -1, 1, -1000, 1000].map((offset) => new Date(instant + offset));
      });
  }
}

function randomValue(type: ColumnType, literals: Scalar[]): fc.Arbitrary<Scalar | Date> {
  const numbers = literals.filter((value): value is number => typeof value === 'number');
  const [low, high] = numbers.length > 0 ? [Math.min(...numbers), Math.max(...numbers)] : [-10, 10];
  switch (type) {
    case 'number':
      return fc.double({ min: low - 2, max: high + 2, noNaN: true, noDefaultInfinity: true });
    case 'integer':
      return fc.integer({ min: Math.floor(low) - 5, max: Math.ceil(high) + 5 });
    case 'boolean':
      return fc.boolean();
    case 'string':
      return fc.string({ maxLength: 4 });
    case 'date':
    case 'date-time': {
      const instants = literals.map((value) => (type === 'date' ? Date.parse(`${value}T00:00:00Z`) : instantOf(String(value))));
      const [first, last] = instants.length > 0 ? [Math.min(...instants), Math.max(...instants)] : [Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 31)];
      return fc.integer({ min: first - 10 * dayMs, max: last + 10 * dayMs }).map((instant) => new Date(type === 'date-time' ? Math.round(instant / 1000) * 1000 : instant));
    }
  }
}

function instantOf(text: string): number {
  return Date.parse(/(Z|[+-]\d{2}:\d{2})$/i.test(text) ? text : `${text}Z`);
}
