import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { RuleTableDocument } from '../../rule-table/rule-table-document.types.js';
import { exportRuleTableToCsv } from '../export-rule-table-to-csv.js';
import { exportRuleTableToXlsx } from '../export-rule-table-to-xlsx.js';
import { importRuleTableFromCsv } from '../import-rule-table-from-csv.js';
import { importRuleTableFromXlsx } from '../import-rule-table-from-xlsx.js';
import { documentOf } from './spreadsheet-test-tables.js';

const ruleCount = 2000;
// One rule per 0.001 in band of outer diameter, with a note in Chinese: a big table a QA engineer might keep.
const bigTable: RuleTableDocument = {
  key: 'tubing-diameter-bands',
  name: { en: 'Tubing diameter bands', 'zh-CN': '管路外径分档' },
  hitPolicy: 'FIRST',
  inputs: [
    { id: 'outerDiameter', label: { en: 'Outer diameter (in)', 'zh-CN': '外径（英寸）' }, expression: 'tubingOuterDiameterIn', type: 'number' },
    { id: 'leakTestResult', label: { en: 'Leak test', 'zh-CN': '泄漏测试' }, expression: 'leakTestResult', type: 'string', enum: ['pass', 'fail'] },
  ],
  outputs: [
    { name: 'band', label: { en: 'Band', 'zh-CN': '分档' }, type: 'integer' },
    { name: 'note', label: { en: 'Note', 'zh-CN': '备注' }, type: 'string' },
  ],
  rows: Array.from({ length: ruleCount }, (_, index) => ({
    id: `band-${index + 1}`,
    description: `Band ${index + 1}, "as measured"`,
    cells: [`[${(index / 1000).toFixed(3)}..${((index + 1) / 1000).toFixed(3)}[`, index % 3 === 0 ? '"fail"' : '-'],
    outputs: { band: index + 1, note: `第 ${index + 1} 档` },
  })),
};
// The rows of the sheet: 12 header rows, a blank one among them, then the rules.
const sheetRows = 12 + ruleCount;
const everyHundredThenTheEnd = [...Array.from({ length: Math.floor(sheetRows / 100) }, (_, index) => (index + 1) * 100), sheetRows];

describe(`importing a ${ruleCount}-rule table`, () => {
  it('given the .xlsx as a stream, then it reports progress every 100 rows and once at the end, and reads every rule', async () => {
    const xlsx = await exportRuleTableToXlsx(bigTable);
    const progress: number[] = [];

    const table = await importRuleTableFromXlsx(Readable.from([xlsx.subarray(0, 1000), xlsx.subarray(1000)]), { onProgress: (rowsRead) => progress.push(rowsRead) });

    expect(documentOf(table)).toEqual(bigTable);
    expect(progress).toEqual(everyHundredThenTheEnd);
  }, 30_000);

  it('given the CSV, then it reports progress the same way', () => {
    const progress: number[] = [];

    const table = importRuleTableFromCsv(exportRuleTableToCsv(bigTable), { onProgress: (rowsRead) => progress.push(rowsRead) });

    expect(documentOf(table)).toEqual(bigTable);
    expect(progress).toEqual(everyHundredThenTheEnd);
  });
});
