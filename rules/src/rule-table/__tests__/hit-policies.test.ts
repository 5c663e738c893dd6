import { describe, expect, it } from 'vitest';
import { RuleTableHitPolicyViolation, compileRuleTable, type HitPolicy, type TableDecision } from '../../index.js';
import { buildTable, type TableSpec } from './table-builder.js';

// Risk score 9 matches three rows: quarantine-high (>= 8), inspect-mid ([5..9]), inspect-critical ([9..10]).
const riskRows = {
  quarantineHigh: { id: 'quarantine-high', cells: ['>= 8'], outputs: { action: 'quarantine' } },
  inspectMid: { id: 'inspect-mid', cells: ['[5..9]'], outputs: { action: 'inspect' } },
  releaseLow: { id: 'release-low', cells: ['< 5'], outputs: { action: 'release' } },
  inspectCritical: { id: 'inspect-critical', cells: ['[9..10]'], outputs: { action: 'inspect' } },
};
const { quarantineHigh, inspectMid, releaseLow, inspectCritical } = riskRows;

function riskTable(hitPolicy: HitPolicy, rows: TableSpec['rows'], aggregation?: TableSpec['aggregation']) {
  return compileRuleTable(
    buildTable({
      hitPolicy,
      ...(aggregation ? { aggregation } : {}),
      inputs: [{ id: 'riskScore', type: 'number' }],
      // Output priority, highest first: quarantine, inspect, release.
      outputs: [{ name: 'action', type: 'string', enum: ['quarantine', 'inspect', 'release'] }],
      rows,
    }),
  );
}

async function decide(table: ReturnType<typeof riskTable>, riskScore?: number): Promise<TableDecision> {
  return table.evaluate(riskScore === undefined ? {} : { riskScore });
}

describe('UNIQUE', () => {
  const table = riskTable('UNIQUE', [quarantineHigh, inspectMid, releaseLow, inspectCritical]);

  it('given facts that match one row, then that row decides', async () => {
    expect(await decide(table, 6)).toMatchObject({ kind: 'single', matched: true, rowId: 'inspect-mid', outputs: { action: 'inspect' }, matchedRowIds: ['inspect-mid'] });
  });

  it('given facts that match no row, then the decision is no match', async () => {
    const decision = await decide(table);
    expect(decision).toMatchObject({ kind: 'single', matched: false, matchedRowIds: [] });
    expect(decision).not.toHaveProperty('outputs');
  });

  it('given facts that match several rows, then it reports a violation naming the rows', async () => {
    const error = await decide(table, 9).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RuleTableHitPolicyViolation);
    expect(error).toMatchObject({ code: 'LOTFLOW_RULE_TABLE_HIT_POLICY_VIOLATION', hitPolicy: 'UNIQUE', rowIds: ['quarantine-high', 'inspect-mid', 'inspect-critical'] });
    expect((error as Error).message).toBe(
      "Rule table 'test-table' broke its UNIQUE hit policy: rows 'quarantine-high', 'inspect-mid', 'inspect-critical' all matched; a UNIQUE table lets at most one row match",
    );
  });
});

describe('FIRST', () => {
  it('given several matching rows, then the first in table order decides', async () => {
    expect(await decide(riskTable('FIRST', [quarantineHigh, inspectMid, inspectCritical]), 9)).toMatchObject({
      rowId: 'quarantine-high',
      outputs: { action: 'quarantine' },
      matchedRowIds: ['quarantine-high', 'inspect-mid', 'inspect-critical'],
    });
    expect(await decide(riskTable('FIRST', [inspectMid, quarantineHigh, inspectCritical]), 9)).toMatchObject({ rowId: 'inspect-mid', outputs: { action: 'inspect' } });
  });
});

describe('PRIORITY', () => {
  it('given several matching rows, then the one whose output comes first in the enum decides, wherever it stands', async () => {
    const decision = await decide(riskTable('PRIORITY', [inspectMid, inspectCritical, quarantineHigh]), 9);
    expect(decision).toMatchObject({ kind: 'single', rowId: 'quarantine-high', outputs: { action: 'quarantine' } });
    expect(decision.matchedRowIds).toEqual(['quarantine-high', 'inspect-mid', 'inspect-critical']);
  });

  it('given a tie on the first output, then the next output decides; a full tie keeps table order', async () => {
    const table = compileRuleTable(
      buildTable({
        hitPolicy: 'PRIORITY',
        inputs: [{ id: 'riskScore', type: 'number' }],
        outputs: [
          { name: 'action', type: 'string', enum: ['quarantine', 'inspect', 'release'] },
          { name: 'note', type: 'string' },
          { name: 'urgency', type: 'string', enum: ['today', 'this-week'] },
        ],
        rows: [
          { id: 'inspect-this-week', cells: ['>= 5'], outputs: { action: 'inspect', note: 'a', urgency: 'this-week' } },
          { id: 'inspect-today', cells: ['>= 7'], outputs: { action: 'inspect', note: 'b', urgency: 'today' } },
          { id: 'inspect-today-too', cells: ['>= 7'], outputs: { action: 'inspect', note: 'c', urgency: 'today' } },
          { id: 'release', cells: ['-'], outputs: { action: 'release', note: 'd', urgency: 'today' } },
        ],
      }),
    );
    expect(await table.evaluate({ riskScore: 8 })).toMatchObject({
      rowId: 'inspect-today',
      matchedRowIds: ['inspect-today', 'inspect-today-too', 'inspect-this-week', 'release'],
    });
  });
});

describe('ANY', () => {
  it('given several matching rows that agree, then their common output decides', async () => {
    expect(await decide(riskTable('ANY', [inspectMid, inspectCritical, releaseLow]), 9)).toMatchObject({
      kind: 'single',
      matched: true,
      rowId: 'inspect-mid',
      outputs: { action: 'inspect' },
      matchedRowIds: ['inspect-mid', 'inspect-critical'],
    });
  });

  it('given matching rows that disagree, then it reports a violation naming the rows and the output', async () => {
    const error = await decide(riskTable('ANY', [quarantineHigh, inspectMid, inspectCritical]), 9).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RuleTableHitPolicyViolation);
    expect((error as Error).message).toBe(
      `Rule table 'test-table' broke its ANY hit policy: rows 'quarantine-high', 'inspect-mid', 'inspect-critical' matched, but 'quarantine-high' sets action to "quarantine" and 'inspect-mid' to "inspect"; an ANY table lets several rows match only when their outputs agree`,
    );
  });
});

describe.each([['COLLECT'], ['RULE ORDER']] as const)('%s', (hitPolicy) => {
  const table = riskTable(hitPolicy, [inspectMid, quarantineHigh, releaseLow, inspectCritical]);

  it('given several matching rows, then every match in table order', async () => {
    expect(await decide(table, 9)).toMatchObject({
      kind: 'multiple',
      matched: true,
      outputs: [{ action: 'inspect' }, { action: 'quarantine' }, { action: 'inspect' }],
      matchedRowIds: ['inspect-mid', 'quarantine-high', 'inspect-critical'],
    });
  });

  it('given no matching row, then an empty list', async () => {
    expect(await decide(table)).toMatchObject({ kind: 'multiple', matched: false, outputs: [], matchedRowIds: [] });
  });
});

describe('OUTPUT ORDER', () => {
  it('given several matching rows, then every match, highest output priority first, row ids alongside', async () => {
    expect(await decide(riskTable('OUTPUT ORDER', [inspectMid, inspectCritical, quarantineHigh]), 9)).toMatchObject({
      kind: 'multiple',
      outputs: [{ action: 'quarantine' }, { action: 'inspect' }, { action: 'inspect' }],
      matchedRowIds: ['quarantine-high', 'inspect-mid', 'inspect-critical'],
    });
  });
});

describe('COLLECT with an aggregation', () => {
  // Sample sizes added per rule that applies to the lot size.
  const samplingTable = (aggregation: NonNullable<TableSpec['aggregation']>) =>
    compileRuleTable(
      buildTable({
        hitPolicy: 'COLLECT',
        aggregation,
        inputs: [{ id: 'lotSize', type: 'integer' }],
        outputs: [{ name: 'sampleSize', type: 'integer' }],
        rows: [
          { id: 'base', cells: ['>= 0'], outputs: { sampleSize: 5 } },
          { id: 'large-lot', cells: ['>= 500'], outputs: { sampleSize: 20 } },
          { id: 'very-large-lot', cells: ['>= 1200'], outputs: { sampleSize: 32 } },
        ],
      }),
    );

  it.each([
    ['SUM', 57],
    ['MIN', 5],
    ['MAX', 32],
    ['COUNT', 3],
  ] as const)('given three matching rows, when aggregated by %s, then %s', async (aggregation, expected) => {
    expect(await samplingTable(aggregation).evaluate({ lotSize: 1300 })).toEqual({
      kind: 'aggregated',
      tableKey: 'test-table',
      tableVersion: expect.stringMatching(/^[0-9a-f]{64}$/),
      hitPolicy: 'COLLECT',
      matched: true,
      aggregation,
      outputName: 'sampleSize',
      outputs: expected,
      matchedRowIds: ['base', 'large-lot', 'very-large-lot'],
    });
  });

  it.each([
    ['SUM', null],
    ['MIN', null],
    ['MAX', null],
    ['COUNT', 0],
  ] as const)('given no matching row, when aggregated by %s, then %s', async (aggregation, expected) => {
    expect(await samplingTable(aggregation).evaluate({ lotSize: -1 })).toMatchObject({ matched: false, outputs: expected, matchedRowIds: [] });
  });

  it('given date outputs, then MIN and MAX compare them as dates and keep their text', async () => {
    const reviewTable = (aggregation: 'MIN' | 'MAX') =>
      compileRuleTable(
        buildTable({
          hitPolicy: 'COLLECT',
          aggregation,
          inputs: [{ id: 'riskScore', type: 'number' }],
          outputs: [{ name: 'reviewBy', type: 'date' }],
          rows: [
            { id: 'routine', cells: ['-'], outputs: { reviewBy: '2026-12-31' } },
            { id: 'elevated', cells: ['>= 5'], outputs: { reviewBy: '2026-03-01' } },
            { id: 'high', cells: ['>= 8'], outputs: { reviewBy: '2026-02-09' } },
          ],
        }),
      );
    expect(await reviewTable('MIN').evaluate({ riskScore: 9 })).toMatchObject({ kind: 'aggregated', outputs: '2026-02-09' });
    expect(await reviewTable('MAX').evaluate({ riskScore: 9 })).toMatchObject({ kind: 'aggregated', outputs: '2026-12-31' });
  });
});
