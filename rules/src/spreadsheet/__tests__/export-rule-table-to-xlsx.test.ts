import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { RuleTableDocument } from '../../rule-table/rule-table-document.types.js';
import { exportRuleTableToXlsx } from '../export-rule-table-to-xlsx.js';
import { everyColumnType, incomingInspection } from './spreadsheet-test-tables.js';

async function openExported(table: RuleTableDocument = incomingInspection): Promise<{ sheet: ExcelJS.Worksheet; lists: ExcelJS.Worksheet }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await exportRuleTableToXlsx(table)) as unknown as ExcelJS.Buffer);
  return { sheet: workbook.getWorksheet('rules')!, lists: workbook.getWorksheet('lists')! };
}

describe('exportRuleTableToXlsx, as a QA engineer opens it', () => {
  it('given a table, then the header block, column rows and labels sit where the layout says, header and ids frozen', async () => {
    const { sheet } = await openExported();

    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 12 });
    expect([1, 2, 4].map((row) => sheet.getRow(row).values)).toEqual([
      [undefined, 'Key', 'incoming-inspection-disposition'],
      [undefined, 'Name', 'Incoming inspection disposition', '来料检验处置'],
      [undefined, 'Hit policy', 'FIRST', 'Aggregation'],
    ]);
    expect(sheet.getRow(12).values).toEqual([undefined, 'Rule id', 'Description', 'Tubing outer diameter (in)', 'Leak test result', 'Supplier approval status', 'Disposition', 'Reason']);
    expect(sheet.getRow(13).values).toEqual([undefined, 'leak-test-failed', 'Any leak is a reject, whatever the dimensions.', '-', '"fail"', '-', 'reject', 'leak-test-failed']);
    expect(sheet.getCell('C12').font?.bold).toBe(true);
  });

  it('given inputs and outputs, then they have their own colours and a rule between them, and banners over each', async () => {
    const { sheet } = await openExported();

    expect(sheet.getCell('C6').value).toBe('Inputs');
    expect(sheet.getCell('F6').value).toBe('Outputs');
    expect(sheet.getCell('D6').isMerged).toBe(true);
    expect(sheet.getCell('C12').fill).not.toEqual(sheet.getCell('F12').fill);
    expect(sheet.getCell('F14').border?.left?.style).toBe('medium');
    expect(sheet.getColumn('F').border?.left?.style).toBe('medium');
  });

  it('given enum and boolean columns, then their rule cells pick from a hidden list, inputs as cell literals', async () => {
    const { sheet, lists } = await openExported(everyColumnType);

    // Inputs C–H, outputs I–N: cycle (enum), parametricRelease (boolean), decision (enum), needsReview (boolean).
    expect(lists.state).toBe('hidden');
    expect(sheet.getCell('C20').dataValidation).toMatchObject({ type: 'list', formulae: ['lists!$A$1:$A$4'], errorStyle: 'warning' });
    expect(lists.getColumn(1).values.slice(1)).toEqual(['-', '"EO-1, short"', '"EO \\"long\\""', '"back\\\\slash"']);
    expect(sheet.getCell('F13').dataValidation).toMatchObject({ formulae: ['lists!$B$1:$B$3'] });
    expect(lists.getColumn(2).values.slice(1)).toEqual(['-', 'true', 'false']);
    expect(sheet.getCell('I500').dataValidation).toMatchObject({ formulae: ['lists!$C$1:$C$3'], errorStyle: 'stop' });
    expect(lists.getColumn(3).values.slice(1)).toEqual(['reject', 'hold, pending QA', 'release']);
    expect(sheet.getCell('D13').dataValidation).toBeUndefined();
    expect(sheet.getCell('B4').dataValidation).toMatchObject({ formulae: ['"UNIQUE,FIRST,PRIORITY,ANY,COLLECT,RULE ORDER,OUTPUT ORDER"'] });
  });

  it('given S-FEEL and text cells, then they are formatted as text so Excel keeps 0.150 and 2026-01-31 as typed; numbers stay numbers', async () => {
    const { sheet } = await openExported(everyColumnType);

    expect(sheet.getCell('D13').numFmt).toBe('@');
    expect(sheet.getColumn('D').numFmt).toBe('@');
    expect(sheet.getCell('J13').value).toBe(0);
    expect(sheet.getColumn('J').numFmt).toBeUndefined();
    expect(sheet.getCell('M13').value).toBe('2026-02-01');
  });

  it('given labels in Chinese and long descriptions, then columns are wide enough but not wider than 40 (60 for descriptions)', async () => {
    const { sheet } = await openExported();

    expect(sheet.getColumn('A').width).toBe(33);
    expect(sheet.getColumn('B').width).toBe(60);
    expect(sheet.getColumn('C').width).toBeGreaterThanOrEqual('Tubing outer diameter (in)'.length);
    expect(sheet.getColumn('C').width).toBeLessThanOrEqual(40);
  });
});
