import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRuleTable, parseCell, type CellExpression, type ColumnType, type Scalar } from '../../index.js';
import { buildTable } from './table-builder.js';

interface CellFixture {
  description: string;
  column: { type: ColumnType; enum?: Scalar[] };
  now?: string;
  timeZone?: string;
  cases: Array<{ cell: string; matches: Array<Scalar | null>; doesNotMatch: Array<Scalar | null>; parsesTo?: CellExpression }>;
  errors: Array<{ cell: string; message: string }>;
}

const directory = path.join(import.meta.dirname, 'fixtures', 'cells');
const fixtures = readdirSync(directory)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({ file, fixture: JSON.parse(readFileSync(path.join(directory, file), 'utf8')) as CellFixture }));

describe.each(fixtures)('cell language, $file', ({ fixture }) => {
  const options = { now: new Date(fixture.now ?? '2026-01-31T10:00:00Z'), timeZone: fixture.timeZone ?? 'UTC' };

  it.each(fixture.cases)('given the cell $cell, when evaluated by json-rules-engine, then exactly the listed values match', async (testCase) => {
    const table = buildTable({
      hitPolicy: 'FIRST',
      inputs: [{ id: 'value', ...fixture.column }],
      outputs: [{ name: 'matched', type: 'boolean' }],
      rows: [{ id: 'only-row', cells: [testCase.cell], outputs: { matched: true } }],
    });
    const compiled = compileRuleTable(table);
    // null stands for both a null fact and an absent one.
    const matches = async (value: Scalar | null) => {
      const facts = value === null ? [{ value: null }, {}] : [{ value }];
      const decisions = await Promise.all(facts.map((fact) => compiled.evaluate(fact, options)));
      const results = new Set(decisions.map((decision) => decision.matched));
      expect(results.size, `null and absent agree for ${testCase.cell}`).toBe(1);
      return [...results][0];
    };

    for (const value of testCase.matches) expect(await matches(value), `${JSON.stringify(value)} matches ${testCase.cell}`).toBe(true);
    for (const value of testCase.doesNotMatch) expect(await matches(value), `${JSON.stringify(value)} does not match ${testCase.cell}`).toBe(false);
    if (testCase.parsesTo) expect(table.rows[0]!.parsedCells[0]).toEqual(testCase.parsesTo);
  });

  it.each(fixture.errors)('given the cell $cell, when parsed, then it says what is wrong and how to write it', ({ cell, message }) => {
    const result = parseCell(cell, { id: 'value', ...fixture.column });

    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain(message);
  });
});
