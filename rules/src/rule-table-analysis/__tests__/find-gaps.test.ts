import { describe, expect, it } from 'vitest';
import { compileRuleTable, type EvaluateOptions } from '../../index.js';
import { buildTable, type TableSpec } from '../../rule-table/__tests__/table-builder.js';
import { analyseRuleTable } from '../analyse-rule-table.js';
import type { AnalyseOptions } from '../analysis.types.js';

const outputs: TableSpec['outputs'] = [{ name: 'action', type: 'string' }];

/** The gaps of a table, each with what evaluating its witness decides. */
async function gapsOf(spec: TableSpec, options: AnalyseOptions & EvaluateOptions = {}) {
  const table = buildTable(spec);
  const compiled = compileRuleTable(table);
  const gaps = analyseRuleTable(table, options).issues.filter((issue) => issue.code === 'gap');
  return Promise.all(
    gaps.map(async ({ severity, message, columnIds, witness }) => ({
      severity,
      message,
      columnIds,
      facts: witness!.facts,
      matchedRowIds: (await compiled.evaluate(witness!.facts, options)).matchedRowIds,
    })),
  );
}

describe('gaps', () => {
  it('given enum, boolean and number inputs, then each uncovered region is named per input, and its witness matches no row', async () => {
    const gaps = await gapsOf({
      hitPolicy: 'UNIQUE',
      inputs: [
        { id: 'supplierStatus', expression: 'supplier.approvalStatus', type: 'string', enum: ['approved', 'conditional', 'blocked', 'expired'] },
        { id: 'sterile', type: 'boolean' },
        { id: 'bioburden', expression: 'lot.bioburdenCfu', type: 'number' },
      ],
      outputs,
      rows: [
        { id: 'accept', cells: ['"approved"', 'true', '<= 100'], outputs: { action: 'accept' } },
        { id: 'reject-supplier', cells: ['"blocked", "expired"', '-', '-'], outputs: { action: 'reject' } },
        { id: 'hold-not-sterile', cells: ['"approved"', 'false', '-'], outputs: { action: 'hold' } },
        { id: 'hold-conditional', cells: ['"conditional"', '-', '< 50'], outputs: { action: 'hold' } },
      ],
    });

    expect(gaps).toEqual([
      {
        severity: 'warning',
        message: {
          en: 'No row matches when supplierStatus = "approved" and sterile = true and bioburden > 100',
          'zh-CN': '没有任何行匹配：supplierStatus = "approved" 且 sterile = true 且 bioburden > 100',
        },
        columnIds: ['supplierStatus', 'sterile', 'bioburden'],
        facts: { supplier: { approvalStatus: 'approved' }, sterile: true, lot: { bioburdenCfu: 200 } },
        matchedRowIds: [],
      },
      {
        severity: 'warning',
        message: {
          en: 'No row matches when supplierStatus = "conditional" and bioburden >= 50',
          'zh-CN': '没有任何行匹配：supplierStatus = "conditional" 且 bioburden >= 50',
        },
        columnIds: ['supplierStatus', 'bioburden'],
        facts: { supplier: { approvalStatus: 'conditional' }, sterile: true, lot: { bioburdenCfu: 50 } },
        matchedRowIds: [],
      },
    ]);
  });

  it('given a string input without an enum, then "any other value" is part of its domain; integers leave no room between whole numbers', async () => {
    const gaps = await gapsOf({
      hitPolicy: 'FIRST',
      inputs: [
        { id: 'material', type: 'string' },
        { id: 'lotSize', type: 'integer' },
      ],
      outputs,
      rows: [
        { id: 'pvc', cells: ['"PVC"', '-'], outputs: { action: 'inspect' } },
        { id: 'silicone-small', cells: ['"silicone"', '<= 4'], outputs: { action: 'release' } },
        { id: 'silicone-large', cells: ['"silicone"', '> 5'], outputs: { action: 'sample' } },
      ],
    });

    expect(gaps.map(({ message, facts, matchedRowIds }) => ({ message, facts, matchedRowIds }))).toEqual([
      {
        message: { en: 'No row matches when material = "silicone" and lotSize = 5', 'zh-CN': '没有任何行匹配：material = "silicone" 且 lotSize = 5' },
        facts: { material: 'silicone', lotSize: 5 },
        matchedRowIds: [],
      },
      {
        message: { en: 'No row matches when material is none of "PVC", "silicone"', 'zh-CN': '没有任何行匹配：material 不为 "PVC"、"silicone"' },
        facts: { material: 'any other value', lotSize: 0 },
        matchedRowIds: [],
      },
    ]);
  });

  it('given date and date-time ranges, then gaps are written in the cell language, dates as whole days', async () => {
    const gaps = await gapsOf({
      hitPolicy: 'UNIQUE',
      inputs: [
        { id: 'expiryDate', type: 'date' },
        { id: 'receivedAt', type: 'date-time' },
      ],
      outputs,
      rows: [
        { id: 'old-stock', cells: ['< date("2026-01-01")', '-'], outputs: { action: 'reject' } },
        { id: 'received-early', cells: ['>= date("2026-02-01")', '< date and time("2026-03-01T00:00:00Z")'], outputs: { action: 'accept' } },
        { id: 'received-late', cells: ['>= date("2026-02-01")', '> date and time("2026-03-01T00:00:00Z")'], outputs: { action: 'accept' } },
      ],
    });

    expect(gaps.map(({ message, matchedRowIds }) => ({ en: message.en, matchedRowIds }))).toEqual([
      { en: 'No row matches when expiryDate in [date("2026-01-01")..date("2026-01-31")]', matchedRowIds: [] },
      { en: 'No row matches when expiryDate >= date("2026-02-01") and receivedAt = date and time("2026-03-01T00:00:00.000Z")', matchedRowIds: [] },
    ]);
  });

  it('given relative days, then the gap is relative to today, and its witness is dated from `now`', async () => {
    const gaps = await gapsOf(
      {
        hitPolicy: 'UNIQUE',
        inputs: [{ id: 'expiryDate', type: 'date' }],
        outputs,
        rows: [
          { id: 'expired', cells: ['before today'], outputs: { action: 'reject' } },
          { id: 'expires-soon', cells: ['within 30 days'], outputs: { action: 'hold' } },
        ],
      },
      { now: new Date('2026-01-31T09:00:00Z') },
    );

    expect(gaps).toEqual([
      {
        severity: 'warning',
        message: { en: 'No row matches when expiryDate >= today + 31 days', 'zh-CN': '没有任何行匹配：expiryDate >= 今天 + 31 天' },
        columnIds: ['expiryDate'],
        facts: { expiryDate: '2026-03-03' },
        matchedRowIds: [],
      },
    ]);
  });

  it('given a date input mixing fixed and relative dates, then it is analysed as of `now` and says so', () => {
    const table = buildTable({
      hitPolicy: 'UNIQUE',
      inputs: [
        { id: 'expiryDate', type: 'date' },
        { id: 'receivedAt', type: 'date-time' },
      ],
      outputs,
      rows: [
        { id: 'expired', cells: ['before today', '< date and time("2026-01-01T00:00:00Z")'], outputs: { action: 'reject' } },
        { id: 'long-dated', cells: ['>= date("2026-03-01")', 'within 3 days'], outputs: { action: 'accept' } },
      ],
    });

    // 09:00 UTC is 17:00 in Shanghai, still 31 January.
    const { issues } = analyseRuleTable(table, { now: new Date('2026-01-31T09:00:00Z'), timeZone: 'Asia/Shanghai' });

    expect(issues.map(({ code, severity, message }) => ({ code, severity, en: message.en, zh: message['zh-CN'] }))).toEqual([
      {
        code: 'gap',
        severity: 'warning',
        en: 'No row matches when expiryDate in [date("2026-01-31")..date("2026-02-28")]',
        zh: '没有任何行匹配：expiryDate 在 [date("2026-01-31")..date("2026-02-28")] 内',
      },
      {
        code: 'input-analysed-as-of-date',
        severity: 'info',
        en: 'Input expiryDate mixes fixed dates with within N days, before today or after today, so it was analysed as of 2026-01-31',
        zh: '输入 expiryDate 同时使用固定日期和 within N days、before today、after today，因此按 2026-01-31 分析',
      },
      {
        code: 'input-left-out',
        severity: 'info',
        en: 'Input receivedAt mixes fixed date-times with within N days, before today or after today; it was left out of the analysis, as if every cell were -',
        zh: '输入 receivedAt 同时使用固定日期时间和 within N days、before today、after today，未纳入分析（各单元格均按 - 处理）',
      },
    ]);
  });

  describe('missing values', () => {
    const spec: TableSpec = {
      hitPolicy: 'UNIQUE',
      inputs: [
        { id: 'supplierStatus', type: 'string', enum: ['approved', 'blocked'] },
        { id: 'sterile', type: 'boolean' },
      ],
      outputs,
      rows: [
        { id: 'accept', cells: ['"approved"', 'true'], outputs: { action: 'accept' } },
        { id: 'reject-supplier', cells: ['"blocked"', '-'], outputs: { action: 'reject' } },
        { id: 'hold-not-sterile', cells: ['"approved"', 'false, null'], outputs: { action: 'hold' } },
      ],
    };

    it('given every present value covered, then by default no gap is reported', async () => {
      expect(await gapsOf(spec)).toEqual([]);
    });

    it('given includeMissingValuesInGaps, then the inputs whose missing value no row handles are reported', async () => {
      expect(await gapsOf(spec, { includeMissingValuesInGaps: true })).toEqual([
        {
          severity: 'warning',
          message: { en: 'No row matches when supplierStatus is missing', 'zh-CN': '没有任何行匹配：supplierStatus 缺失' },
          columnIds: ['supplierStatus'],
          facts: { sterile: true },
          matchedRowIds: [],
        },
      ]);
    });
  });
});
