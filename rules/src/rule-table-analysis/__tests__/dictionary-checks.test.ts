import { describe, expect, it } from 'vitest';
import { buildTable, type TableSpec } from '../../rule-table/__tests__/table-builder.js';
import { analyseRuleTable } from '../analyse-rule-table.js';
import type { DictionaryEntry, FactDictionary } from '../analysis.types.js';

const entries: Record<string, DictionaryEntry> = {
  'supplier.approvalStatus': { type: 'string', enum: ['approved', 'conditional', 'blocked', 'expired'] },
  'lot.quantity': { type: 'integer' },
  'inspection.leakTestResult': { type: 'string', enum: ['pass', 'fail'] },
};
const dictionary: FactDictionary = { resolve: (expression) => entries[expression] };
const outputs: TableSpec['outputs'] = [{ name: 'action', type: 'string' }];

describe('checks against the dictionary', () => {
  const table = buildTable({
    hitPolicy: 'FIRST',
    inputs: [
      { id: 'supplierStatus', expression: 'supplier.approvalStatus', type: 'string' },
      { id: 'quantity', expression: 'lot.quantity', type: 'number' },
      { id: 'leakTestResult', expression: 'inspection.leakTestResult', type: 'string', enum: ['pass', 'fail', 'not-tested'] },
      { id: 'operator', expression: 'inspection.operator', type: 'string' },
    ],
    outputs,
    rows: [
      { id: 'blocked', cells: ['"blocked", "suspended"', '-', '-', '-'], outputs: { action: 'reject' } },
      { id: 'approved', cells: ['"approved"', '-', 'not("not-tested")', '-'], outputs: { action: 'accept' } },
    ],
  });

  it('given inputs that disagree with the dictionary, then an error per input and per cell, naming the fact and the allowed values', () => {
    const errors = analyseRuleTable(table, { dictionary }).issues.filter((issue) => issue.severity === 'error');

    expect(errors.map(({ code, message, rowIds, columnIds }) => ({ code, message, rowIds, columnIds }))).toEqual([
      {
        code: 'cell-value-not-in-dictionary',
        message: {
          en: `Row 1 (blocked) tests supplierStatus for "suspended", which is not one of the dictionary's values for supplier.approvalStatus: "approved", "conditional", "blocked", "expired"`,
          'zh-CN': '第 1 行（blocked）的 supplierStatus 单元格使用了 "suspended"，它不是数据字典中 supplier.approvalStatus 的取值："approved"、"conditional"、"blocked"、"expired"',
        },
        rowIds: ['blocked'],
        columnIds: ['supplierStatus'],
      },
      {
        code: 'input-type-mismatch',
        message: {
          en: 'Input quantity reads lot.quantity as number, but the dictionary says lot.quantity is integer',
          'zh-CN': '输入 quantity 按 number 读取 lot.quantity，但数据字典中 lot.quantity 的类型是 integer',
        },
        rowIds: [],
        columnIds: ['quantity'],
      },
      {
        code: 'input-enum-mismatch',
        message: {
          en: `Input leakTestResult's values differ from the dictionary's for inspection.leakTestResult ("pass", "fail"): "not-tested" is not in the dictionary`,
          'zh-CN': '输入 leakTestResult 的取值与数据字典中 inspection.leakTestResult 的取值（"pass"、"fail"）不一致："not-tested" 不在数据字典中',
        },
        rowIds: [],
        columnIds: ['leakTestResult'],
      },
      {
        code: 'cell-value-not-in-dictionary',
        message: {
          en: `Row 2 (approved) tests leakTestResult for "not-tested", which is not one of the dictionary's values for inspection.leakTestResult: "pass", "fail"`,
          'zh-CN': '第 2 行（approved）的 leakTestResult 单元格使用了 "not-tested"，它不是数据字典中 inspection.leakTestResult 的取值："pass"、"fail"',
        },
        rowIds: ['approved'],
        columnIds: ['leakTestResult'],
      },
    ]);
  });

  it("given an input without an enum whose fact has one in the dictionary, then gaps are the dictionary's values no row covers, not \"any other value\"", () => {
    const gaps = analyseRuleTable(table, { dictionary }).issues.filter((issue) => issue.code === 'gap');

    expect(gaps.map(({ message }) => message.en)).toEqual([
      'No row matches when supplierStatus = "approved" and leakTestResult = "not-tested"',
      'No row matches when supplierStatus is "conditional" or "expired"',
    ]);
    expect(analyseRuleTable(table).issues.filter((issue) => issue.code === 'gap').map(({ message }) => message.en)).toEqual([
      'No row matches when supplierStatus = "approved" and leakTestResult = "not-tested"',
      'No row matches when supplierStatus is none of "blocked", "suspended", "approved"',
    ]);
  });

  it('given an input enum missing values of the dictionary\'s, then the error lists them; facts the dictionary does not know are left alone', () => {
    const narrow = buildTable({
      hitPolicy: 'FIRST',
      inputs: [
        { id: 'supplierStatus', expression: 'supplier.approvalStatus', type: 'string', enum: ['approved', 'blocked'] },
        { id: 'operator', expression: 'inspection.operator', type: 'string' },
      ],
      outputs,
      rows: [{ id: 'any', cells: ['-', '-'], outputs: { action: 'accept' } }],
    });

    const { issues } = analyseRuleTable(narrow, { dictionary });

    expect(issues.map(({ code, message }) => ({ code, message }))).toEqual([
      {
        code: 'input-enum-mismatch',
        message: {
          en: `Input supplierStatus's values differ from the dictionary's for supplier.approvalStatus ("approved", "conditional", "blocked", "expired"): "conditional", "expired" are missing from the input`,
          'zh-CN': '输入 supplierStatus 的取值与数据字典中 supplier.approvalStatus 的取值（"approved"、"conditional"、"blocked"、"expired"）不一致：输入缺少 "conditional"、"expired"',
        },
      },
    ]);
  });

  it('given no dictionary, then no dictionary check runs', () => {
    expect(analyseRuleTable(table).issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });
});
