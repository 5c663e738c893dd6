import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledRuleTablesDirectory, compileRuleTable, parseRuleTable } from '../../index.js';
import { analyseRuleTable } from '../analyse-rule-table.js';

const file = 'incoming-inspection-disposition.json';
const table = parseRuleTable(readFileSync(path.join(bundledRuleTablesDirectory, file), 'utf8'), file);

describe(`the bundled ${file} (FIRST)`, () => {
  const { issues } = analyseRuleTable(table);

  it('given its present values, then every combination decides: no gap, no shadowed row, no error', () => {
    expect(issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
  });

  it('given its reject and hold rows, then it reports their eight overlaps as information, the earlier row deciding', () => {
    expect(issues.map(({ code, severity, rowIds }) => [code, severity, rowIds.join(' over ')])).toEqual([
      ['overlapping-rows', 'info', 'supplier-not-approved over leak-test-failed'],
      ['overlapping-rows', 'info', 'outer-diameter-out-of-tolerance over leak-test-failed'],
      ['overlapping-rows', 'info', 'outer-diameter-out-of-tolerance over supplier-not-approved'],
      ['overlapping-rows', 'info', 'supplier-conditionally-approved over leak-test-failed'],
      ['overlapping-rows', 'info', 'supplier-conditionally-approved over outer-diameter-out-of-tolerance'],
      ['overlapping-rows', 'info', 'outer-diameter-near-limit over leak-test-failed'],
      ['overlapping-rows', 'info', 'outer-diameter-near-limit over supplier-not-approved'],
      ['overlapping-rows', 'info', 'outer-diameter-near-limit over supplier-conditionally-approved'],
    ]);
    expect(issues[5]!.message).toEqual({
      en: 'Row 5 (outer-diameter-near-limit) overlaps row 1 (leak-test-failed) where (tubingOuterDiameter in [0.145..0.146[ or tubingOuterDiameter in ]0.154..0.155]) and leakTestResult = "fail"; row 1 comes first and decides there',
      'zh-CN':
        '第 5 行（outer-diameter-near-limit）与第 1 行（leak-test-failed）重叠，条件：(tubingOuterDiameter 在 [0.145..0.146[ 内 或 tubingOuterDiameter 在 ]0.154..0.155] 内) 且 leakTestResult = "fail"；第 1 行在前，由它决定',
    });
  });

  it('given missing facts too, then it finds the lots no row decides: a missing supplier status, leak test or diameter on an otherwise good lot', async () => {
    const gaps = analyseRuleTable(table, { includeMissingValuesInGaps: true }).issues.filter((issue) => issue.code === 'gap');

    expect(gaps.map(({ message }) => message.en)).toEqual([
      'No row matches when (tubingOuterDiameter in [0.146..0.154] or tubingOuterDiameter is missing) and (leakTestResult = "pass" or leakTestResult is missing) and supplierApprovalStatus is missing',
      'No row matches when tubingOuterDiameter is missing and (leakTestResult = "pass" or leakTestResult is missing) and supplierApprovalStatus = "approved"',
      'No row matches when tubingOuterDiameter in [0.146..0.154] and leakTestResult is missing and supplierApprovalStatus = "approved"',
    ]);
    const compiled = compileRuleTable(table);
    for (const gap of gaps) expect(await compiled.evaluate(gap.witness!.facts)).toMatchObject({ matched: false });
  });
});
