import { describe, expect, it } from 'vitest';
import { RuleTableHitPolicyViolation, compileRuleTable, type HitPolicy } from '../../index.js';
import { buildTable, type TableSpec } from '../../rule-table/__tests__/table-builder.js';
import { analyseRuleTable } from '../analyse-rule-table.js';
import type { AnalysisIssue } from '../analysis.types.js';

/** What a reviewer reads of an issue: everything but the witness. */
const readable = ({ code, severity, message, rowIds, columnIds }: AnalysisIssue) => ({ code, severity, message, rowIds, columnIds });

// Row 4 meets row 2 only where the leak test failed and the diameter is in [0.155..0.16].
function tubingTable(hitPolicy: HitPolicy, odHighReason = 'outer-diameter'): TableSpec {
  return {
    hitPolicy,
    inputs: [
      { id: 'leakTestResult', type: 'string', enum: ['pass', 'fail'] },
      { id: 'tubingOuterDiameterIn', type: 'number' },
    ],
    outputs: [
      { name: 'disposition', type: 'string', enum: ['reject', 'hold', 'accept'] },
      { name: 'reason', type: 'string' },
    ],
    rows: [
      { id: 'r-in-spec', cells: ['"pass"', '[0.145..0.155['], outputs: { disposition: 'accept', reason: 'within-specification' } },
      { id: 'r-leak', cells: ['"fail"', '-'], outputs: { disposition: 'reject', reason: 'leak' } },
      { id: 'r-od-low', cells: ['"pass"', '< 0.145'], outputs: { disposition: 'reject', reason: 'outer-diameter' } },
      { id: 'r-od-high', cells: ['-', '[0.155..0.16]'], outputs: { disposition: 'reject', reason: odHighReason } },
      { id: 'r-od-way-high', cells: ['"pass"', '> 0.16'], outputs: { disposition: 'reject', reason: 'outer-diameter' } },
    ],
  };
}

const riskOutputs: TableSpec['outputs'] = [{ name: 'action', type: 'string', enum: ['quarantine', 'inspect', 'release'] }];

describe('UNIQUE', () => {
  const table = buildTable(tubingTable('UNIQUE'));

  it('given two rows that meet, then an error names both rows, where they meet, and why it matters', () => {
    const { issues } = analyseRuleTable(table);

    expect(issues.map(readable)).toEqual([
      {
        code: 'overlapping-rows',
        severity: 'error',
        message: {
          en: 'Row 4 (r-od-high) overlaps row 2 (r-leak) where leakTestResult = "fail" and tubingOuterDiameterIn in [0.155..0.16]; a UNIQUE table lets at most one row match',
          'zh-CN': '第 4 行（r-od-high）与第 2 行（r-leak）重叠，条件：leakTestResult = "fail" 且 tubingOuterDiameterIn 在 [0.155..0.16] 内；UNIQUE 表最多只允许一行匹配',
        },
        rowIds: ['r-od-high', 'r-leak'],
        columnIds: ['leakTestResult', 'tubingOuterDiameterIn'],
      },
    ]);
  });

  it('given the overlap\'s witness, when the table evaluates it, then it breaks the hit policy with the same rows', async () => {
    const [overlap] = analyseRuleTable(table).issues;
    expect(overlap!.witness).toEqual({
      inputs: { leakTestResult: 'fail', tubingOuterDiameterIn: 0.155 },
      facts: { leakTestResult: 'fail', tubingOuterDiameterIn: 0.155 },
    });

    const error = await compileRuleTable(table).evaluate(overlap!.witness!.facts).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(RuleTableHitPolicyViolation);
    expect(error).toMatchObject({ rowIds: ['r-leak', 'r-od-high'] });
  });
});

describe('ANY', () => {
  it('given overlapping rows whose outputs differ, then an error names the output and both values', () => {
    const { issues } = analyseRuleTable(buildTable(tubingTable('ANY')));

    expect(issues.map(readable)).toEqual([
      {
        code: 'overlapping-rows',
        severity: 'error',
        message: {
          en: 'Row 4 (r-od-high) overlaps row 2 (r-leak) where leakTestResult = "fail" and tubingOuterDiameterIn in [0.155..0.16]; they set reason to "leak" and "outer-diameter", but an ANY table lets rows overlap only when their outputs agree',
          'zh-CN':
            '第 4 行（r-od-high）与第 2 行（r-leak）重叠，条件：leakTestResult = "fail" 且 tubingOuterDiameterIn 在 [0.155..0.16] 内；两行将 reason 分别设为 "leak" 和 "outer-diameter"，而 ANY 表只允许输出一致的行重叠',
        },
        rowIds: ['r-od-high', 'r-leak'],
        columnIds: ['leakTestResult', 'tubingOuterDiameterIn'],
      },
    ]);
  });

  it('given overlapping rows whose outputs agree, then only information', () => {
    const { issues } = analyseRuleTable(buildTable(tubingTable('ANY', 'leak')));

    expect(issues.map(({ severity, message }) => ({ severity, en: message.en, zh: message['zh-CN'] }))).toEqual([
      {
        severity: 'info',
        en: 'Row 4 (r-od-high) overlaps row 2 (r-leak) where leakTestResult = "fail" and tubingOuterDiameterIn in [0.155..0.16]; their outputs agree, as an ANY table requires',
        zh: '第 4 行（r-od-high）与第 2 行（r-leak）重叠，条件：leakTestResult = "fail" 且 tubingOuterDiameterIn 在 [0.155..0.16] 内；两行输出一致，符合 ANY 表的要求',
      },
    ]);
  });
});

describe('FIRST', () => {
  const riskTable = buildTable({
    hitPolicy: 'FIRST',
    inputs: [{ id: 'riskScore', type: 'integer' }],
    outputs: riskOutputs,
    rows: [
      { id: 'quarantine-high', cells: ['>= 8'], outputs: { action: 'quarantine' } },
      { id: 'inspect-mid', cells: ['[5..9]'], outputs: { action: 'inspect' } },
      { id: 'inspect-critical', cells: ['[9..10]'], outputs: { action: 'inspect' } },
      { id: 'release-low', cells: ['[0..4]'], outputs: { action: 'release' } },
    ],
  });

  it('given a row inside an earlier one, then a warning that it never decides, naming the row that decides instead', () => {
    const shadowed = analyseRuleTable(riskTable).issues.filter((issue) => issue.code === 'shadowed-row');

    expect(shadowed.map(readable)).toEqual([
      {
        code: 'shadowed-row',
        severity: 'warning',
        message: {
          en: 'Row 3 (inspect-critical) never decides: everything it matches is matched first by row 1 (quarantine-high)',
          'zh-CN': '第 3 行（inspect-critical）永远不会生效：它匹配的所有输入都会先被第 1 行（quarantine-high）匹配',
        },
        rowIds: ['inspect-critical', 'quarantine-high'],
        columnIds: [],
      },
    ]);
  });

  it('given overlapping rows, then information naming the row that comes first; integer ranges read as whole numbers', () => {
    const overlaps = analyseRuleTable(riskTable).issues.filter((issue) => issue.code === 'overlapping-rows');

    expect(overlaps.map(({ severity, message }) => [severity, message.en])).toEqual([
      ['info', 'Row 2 (inspect-mid) overlaps row 1 (quarantine-high) where riskScore in [8..9]; row 1 comes first and decides there'],
      ['info', 'Row 3 (inspect-critical) overlaps row 1 (quarantine-high) where riskScore in [9..10]; row 1 comes first and decides there'],
      ['info', 'Row 3 (inspect-critical) overlaps row 2 (inspect-mid) where riskScore = 9; row 2 comes first and decides there'],
    ]);
    expect(overlaps[2]!.message['zh-CN']).toBe('第 3 行（inspect-critical）与第 2 行（inspect-mid）重叠，条件：riskScore = 9；第 2 行在前，由它决定');
  });

  it('given whole-number rows that leave out the negatives, then the gap is riskScore <= -1', () => {
    const gaps = analyseRuleTable(riskTable).issues.filter((issue) => issue.code === 'gap');

    expect(gaps.map(readable)).toEqual([
      {
        code: 'gap',
        severity: 'warning',
        message: { en: 'No row matches when riskScore <= -1', 'zh-CN': '没有任何行匹配：riskScore <= -1' },
        rowIds: [],
        columnIds: ['riskScore'],
      },
    ]);
  });

  it('given a row covered by two earlier rows together, though by neither alone, then it is shadowed by both; a null row is not', () => {
    const table = buildTable({
      hitPolicy: 'FIRST',
      inputs: [
        { id: 'supplierStatus', type: 'string', enum: ['approved', 'conditional', 'blocked'] },
        { id: 'bioburden', type: 'number' },
      ],
      outputs: [{ name: 'action', type: 'string' }],
      rows: [
        { id: 'blocked', cells: ['"blocked"', '-'], outputs: { action: 'reject' } },
        { id: 'low-bioburden', cells: ['-', '< 100'], outputs: { action: 'accept' } },
        { id: 'high-bioburden', cells: ['-', '>= 100'], outputs: { action: 'hold' } },
        { id: 'conditional', cells: ['"conditional"', 'not(null)'], outputs: { action: 'hold' } },
        { id: 'unknown-bioburden', cells: ['-', 'null'], outputs: { action: 'hold' } },
      ],
    });

    const { issues } = analyseRuleTable(table);

    expect(issues.filter((issue) => issue.severity !== 'info').map(readable)).toEqual([
      {
        code: 'shadowed-row',
        severity: 'warning',
        message: {
          en: 'Row 4 (conditional) never decides: everything it matches is matched first by rows 2 (low-bioburden) and 3 (high-bioburden)',
          'zh-CN': '第 4 行（conditional）永远不会生效：它匹配的所有输入都会先被第 2 行（low-bioburden）和第 3 行（high-bioburden）匹配',
        },
        rowIds: ['conditional', 'low-bioburden', 'high-bioburden'],
        columnIds: [],
      },
    ]);
    expect(issues.find((issue) => issue.rowIds.join() === 'unknown-bioburden,blocked')?.message.en).toBe(
      'Row 5 (unknown-bioburden) overlaps row 1 (blocked) where supplierStatus = "blocked" and bioburden is missing; row 1 comes first and decides there',
    );
  });
});

describe('PRIORITY', () => {
  const table = buildTable({
    hitPolicy: 'PRIORITY',
    inputs: [{ id: 'riskScore', type: 'number' }],
    outputs: riskOutputs,
    rows: [
      { id: 'release-any', cells: ['-'], outputs: { action: 'release' } },
      { id: 'inspect-high', cells: ['>= 9'], outputs: { action: 'inspect' } },
      { id: 'quarantine-high', cells: ['>= 8'], outputs: { action: 'quarantine' } },
    ],
  });

  it('given a row inside a later row of higher output priority, then a warning that it never decides', () => {
    const { issues } = analyseRuleTable(table);

    expect(issues.filter((issue) => issue.severity === 'warning').map(readable)).toEqual([
      {
        code: 'shadowed-row',
        severity: 'warning',
        message: {
          en: 'Row 2 (inspect-high) never decides: everything it matches is also matched by row 3 (quarantine-high), ranked above it by output priority',
          'zh-CN': '第 2 行（inspect-high）永远不会生效：它匹配的所有输入也都被第 3 行（quarantine-high）匹配，且按输出优先级排在它前面',
        },
        rowIds: ['inspect-high', 'quarantine-high'],
        columnIds: [],
      },
    ]);
  });

  it('given overlapping rows, then information naming the row with the higher priority, wherever it stands', () => {
    const { issues } = analyseRuleTable(table);

    expect(issues.filter((issue) => issue.severity === 'info').map(({ message }) => message.en)).toEqual([
      'Row 2 (inspect-high) overlaps row 1 (release-any) where riskScore >= 9; row 2 ranks higher by output priority and decides there',
      'Row 3 (quarantine-high) overlaps row 1 (release-any) where riskScore >= 8; row 3 ranks higher by output priority and decides there',
      'Row 3 (quarantine-high) overlaps row 2 (inspect-high) where riskScore >= 9; row 3 ranks higher by output priority and decides there',
    ]);
    expect(issues.at(-1)!.message['zh-CN']).toBe('第 3 行（quarantine-high）与第 2 行（inspect-high）重叠，条件：riskScore >= 9；按输出优先级第 3 行排在前面，由它决定');
  });
});

describe.each([['COLLECT'], ['RULE ORDER'], ['OUTPUT ORDER']] as const)('%s', (hitPolicy) => {
  it('given overlapping rows, then information that both are collected, and the gap below them', () => {
    const table = buildTable({
      hitPolicy,
      inputs: [{ id: 'riskScore', type: 'number' }],
      outputs: riskOutputs,
      rows: [
        { id: 'inspect-mid', cells: ['[5..9]'], outputs: { action: 'inspect' } },
        { id: 'quarantine-high', cells: ['>= 8'], outputs: { action: 'quarantine' } },
      ],
    });

    const { issues } = analyseRuleTable(table);

    expect(issues.map(({ code, severity, message }) => ({ code, severity, message }))).toEqual([
      { code: 'gap', severity: 'warning', message: { en: 'No row matches when riskScore < 5', 'zh-CN': '没有任何行匹配：riskScore < 5' } },
      {
        code: 'overlapping-rows',
        severity: 'info',
        message: {
          en: "Row 2 (quarantine-high) overlaps row 1 (inspect-mid) where riskScore in [8..9]; both rows' outputs are collected there",
          'zh-CN': '第 2 行（quarantine-high）与第 1 行（inspect-mid）重叠，条件：riskScore 在 [8..9] 内；两行的输出都会被收集',
        },
      },
    ]);
  });
});

describe('rows that can never match', () => {
  it('given a cell that excludes every value of its enum, then a warning naming the cell, and the row takes part in nothing else', () => {
    const table = buildTable({
      hitPolicy: 'UNIQUE',
      inputs: [
        { id: 'leakTestResult', type: 'string', enum: ['pass', 'fail'] },
        { id: 'quantity', type: 'integer' },
      ],
      outputs: [{ name: 'action', type: 'string' }],
      rows: [
        { id: 'impossible', cells: ['not("pass", "fail")', '-'], outputs: { action: 'hold' } },
        { id: 'pass', cells: ['"pass"', '-'], outputs: { action: 'accept' } },
        { id: 'fail', cells: ['"fail"', '-'], outputs: { action: 'reject' } },
      ],
    });

    const { issues } = analyseRuleTable(table);

    expect(issues.map(readable)).toEqual([
      {
        code: 'unsatisfiable-row',
        severity: 'warning',
        message: {
          en: 'Row 1 (impossible) never matches: its cell not("pass", "fail") for leakTestResult matches no value',
          'zh-CN': '第 1 行（impossible）永远不会匹配：其 leakTestResult 单元格 not("pass", "fail") 不匹配任何值',
        },
        rowIds: ['impossible'],
        columnIds: ['leakTestResult'],
      },
    ]);
  });
});
