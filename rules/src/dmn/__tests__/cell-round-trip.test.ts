import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRuleTable } from '../../rule-table/compile-rule-table.js';
import { buildTable } from '../../rule-table/__tests__/table-builder.js';
import type { ColumnType, Scalar } from '../../rule-table/rule-table-document.types.js';
import type { RuleTable } from '../../rule-table/rule-table.types.js';
import { DmnExportError } from '../dmn.errors.js';
import { exportDmn } from '../export-dmn.js';
import { importDmn } from '../import-dmn.js';

// The cell language's own fixtures: each cell with the values that match it and those that must not.
interface CellFixture {
  column: { type: ColumnType; enum?: Scalar[] };
  now?: string;
  timeZone?: string;
  cases: Array<{ cell: string; matches: Array<Scalar | null>; doesNotMatch: Array<Scalar | null> }>;
}

const directory = path.join(import.meta.dirname, '..', '..', 'rule-table', '__tests__', 'fixtures', 'cells');
const fixtures = readdirSync(directory)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({ file, fixture: JSON.parse(readFileSync(path.join(directory, file), 'utf8')) as CellFixture }));
const relativeDays = /within|before today|after today/;

describe.each(fixtures)('every cell of the cell language, $file', ({ fixture }) => {
  const options = { now: new Date(fixture.now ?? '2026-01-31T10:00:00Z'), timeZone: fixture.timeZone ?? 'UTC' };
  const cases = fixture.cases.flatMap((testCase) => (['camunda-7', 'dmn-1.3'] as const).map((target) => ({ ...testCase, target })));

  it.each(cases)('given $cell, when exported for $target and imported, then exactly the same values match', async ({ cell, matches, doesNotMatch, target }) => {
    const table = buildTable({
      hitPolicy: 'FIRST',
      inputs: [{ id: 'value', ...fixture.column }],
      outputs: [{ name: 'matched', type: 'boolean' }],
      rows: [{ id: 'only-row', cells: [cell], outputs: { matched: true } }],
    });

    const exported = exportDmn(table, { target });

    if (relativeDays.test(cell)) {
      await expect(exported).rejects.toThrow(DmnExportError);
      return;
    }
    const back = await importDmn(await exported);
    for (const value of matches) expect(await matchesValue(back, value, options), `${JSON.stringify(value)} matches ${back.rows[0]!.cells[0]}`).toBe(true);
    for (const value of doesNotMatch) expect(await matchesValue(back, value, options), `${JSON.stringify(value)} does not match ${back.rows[0]!.cells[0]}`).toBe(false);
  });
});

async function matchesValue(table: RuleTable, value: Scalar | null, options: { now: Date; timeZone: string }): Promise<boolean> {
  const decision = await compileRuleTable(table).evaluate(value === null ? {} : { value }, options);
  return decision.matched;
}
