import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { bundledRuleTablesDirectory } from '../../index.js';
import { parseRuleTable } from '../../rule-table/parse-rule-table.js';
import type { RuleTableDocument } from '../../rule-table/rule-table-document.types.js';
import type { RuleTable } from '../../rule-table/rule-table.types.js';

export const incomingInspection: RuleTable = parseRuleTable(
  readFileSync(path.join(bundledRuleTablesDirectory, 'incoming-inspection-disposition.json'), 'utf8'),
  'incoming-inspection-disposition.json',
);

/** The document a table was read from: what an export must carry and an import give back. */
export function documentOf(table: RuleTable): RuleTableDocument {
  // `$schema` is an editor hint, outside the version: the sheet does not carry it.
  const { version: _version, source: _source, $schema: _editorHint, rows, ...header } = table;
  return { ...header, rows: rows.map(({ parsedCells: _parsed, ...row }) => row) };
}

/** Every column type, enums holding commas, quotes and backslashes, Chinese labels, awkward descriptions. */
export const everyColumnType: RuleTableDocument = {
  key: 'sterilisation-release',
  name: { en: 'Sterilisation release', 'zh-CN': '灭菌放行' },
  description: { en: 'Releases an EO-sterilised lot, "or not".', 'zh-CN': '环氧乙烷灭菌批次放行，含逗号，和引号“”' },
  hitPolicy: 'PRIORITY',
  inputs: [
    { id: 'cycle', label: { en: 'Cycle, as run', 'zh-CN': '灭菌周期' }, expression: 'sterilisation.cycle', type: 'string', enum: ['EO-1, short', 'EO "long"', 'back\\slash'] },
    { id: 'residualPpm', label: { en: 'EO residual (ppm)', 'zh-CN': '环氧乙烷残留量' }, expression: 'sterilisation.residualPpm', type: 'number' },
    { id: 'biologicalIndicatorsPositive', label: { en: 'Positive BIs', 'zh-CN': '阳性生物指示剂数' }, expression: 'sterilisation.positiveIndicators', type: 'integer' },
    { id: 'parametricRelease', label: { en: 'Parametric release', 'zh-CN': '参数放行' }, expression: 'parametricRelease', type: 'boolean' },
    { id: 'cycleDate', label: { en: 'Cycle date', 'zh-CN': '灭菌日期' }, expression: 'sterilisation.date', type: 'date' },
    { id: 'aerationEnd', label: { en: 'Aeration ended', 'zh-CN': '解析结束时间' }, expression: 'sterilisation.aerationEndedAt', type: 'date-time' },
  ],
  outputs: [
    { name: 'decision', label: { en: 'Decision', 'zh-CN': '结论' }, type: 'string', enum: ['reject', 'hold, pending QA', 'release'] },
    { name: 'holdDays', label: { en: 'Hold (days)', 'zh-CN': '暂扣天数' }, type: 'integer' },
    { name: 'residualLimit', label: { en: 'Residual limit', 'zh-CN': '残留限值' }, type: 'number' },
    { name: 'needsReview', label: { en: 'Needs review', 'zh-CN': '需要评审' }, type: 'boolean' },
    { name: 'reviewBy', label: { en: 'Review by', 'zh-CN': '评审截止日期' }, type: 'date' },
    { name: 'note', label: { en: 'Note', 'zh-CN': '备注' }, type: 'string' },
  ],
  rows: [
    {
      id: 'positive-indicator',
      description: 'Any positive BI:\nthe lot is rejected, "full stop", per ISO 11135, clause 9.',
      cells: ['-', '-', '>= 1', '-', '-', '-'],
      outputs: { decision: 'reject', holdDays: 0, residualLimit: 0.1, needsReview: true, reviewBy: '2026-02-01', note: '= not a formula, "quoted", 带逗号，' },
    },
    {
      id: 'residual-high',
      description: '  leading and trailing spaces  ',
      cells: ['"EO-1, short", "EO \\"long\\""', '> 0.30000000000000004', '0', 'not(true)', '< date("2026-01-01")', '>= date and time("2026-01-31T08:00:00+08:00")'],
      outputs: { decision: 'hold, pending QA', holdDays: 14, residualLimit: -1.5e-7, needsReview: false, reviewBy: '2026-12-31', note: '001' },
    },
    {
      id: 'backslash-cycle',
      cells: ['"back\\\\slash"', '[0..0.3[', '-', 'null', 'within 30 days', 'before today'],
      outputs: { decision: 'release', holdDays: 3, residualLimit: 1e21, needsReview: false, reviewBy: '2026-01-31', note: '' },
    },
  ],
};

/** Opens an exported workbook, lets a test change its cells as a person would in Excel, and saves it. */
export async function editWorkbook(xlsx: Buffer, edit: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
  edit(workbook.getWorksheet('rules')!, workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
