import { describe, expect, it } from 'vitest';
import { compileRuleTable } from '../../index.js';
import { buildTable } from './table-builder.js';

const table = compileRuleTable(
  buildTable({
    hitPolicy: 'RULE ORDER',
    inputs: [
      { id: 'supplierStatus', expression: 'supplier.approvalStatus', type: 'string', enum: ['approved', 'conditional', 'blocked'] },
      { id: 'expiryDate', expression: 'lot.expiryDate', type: 'date' },
      { id: 'outerDiameter', expression: 'tubingOuterDiameterIn', type: 'number' },
    ],
    outputs: [{ name: 'disposition', type: 'string', enum: ['reject', 'hold', 'accept'] }],
    rows: [
      { id: 'approved-in-tolerance', cells: ['"approved"', '-', '[0.145..0.155]'], outputs: { disposition: 'accept' } },
      { id: 'expired', cells: ['-', 'before today', '-'], outputs: { disposition: 'reject' } },
      { id: 'expiring-undersized', cells: ['not("blocked")', 'within 30 days', '< 0.145'], outputs: { disposition: 'hold' } },
      { id: 'catch-all', cells: ['-', '-', '-'], outputs: { disposition: 'hold' } },
    ],
  }),
);
const now = new Date('2026-01-31T09:00:00Z');
const blockedLot = { supplier: { approvalStatus: 'blocked' }, lot: { expiryDate: '2026-03-15' }, tubingOuterDiameterIn: 0.15 };

describe('evaluate with explain: true', () => {
  it('given facts, then every row says whether it matched and, if not, the first cell that failed and the value it saw', async () => {
    const decision = await table.evaluate(blockedLot, { now, explain: true });

    expect(decision.explanation).toEqual([
      {
        rowId: 'approved-in-tolerance',
        rowIndex: 0,
        matched: false,
        failedCell: { columnIndex: 0, inputId: 'supplierStatus', expression: 'supplier.approvalStatus', cell: '"approved"', factValue: 'blocked' },
      },
      {
        rowId: 'expired',
        rowIndex: 1,
        matched: false,
        failedCell: { columnIndex: 1, inputId: 'expiryDate', expression: 'lot.expiryDate', cell: 'before today', factValue: '2026-03-15' },
      },
      {
        rowId: 'expiring-undersized',
        rowIndex: 2,
        matched: false,
        failedCell: { columnIndex: 0, inputId: 'supplierStatus', expression: 'supplier.approvalStatus', cell: 'not("blocked")', factValue: 'blocked' },
      },
      { rowId: 'catch-all', rowIndex: 3, matched: true },
    ]);
  });

  it('given a missing fact, then the failed cell shows no value', async () => {
    const decision = await table.evaluate({ supplier: { approvalStatus: 'conditional' }, tubingOuterDiameterIn: 0.14 }, { now, explain: true });

    expect(decision.explanation?.[1]).toEqual({
      rowId: 'expired',
      rowIndex: 1,
      matched: false,
      failedCell: { columnIndex: 1, inputId: 'expiryDate', expression: 'lot.expiryDate', cell: 'before today', factValue: undefined },
    });
    expect(decision.explanation?.[2]).toMatchObject({ failedCell: { columnIndex: 1, cell: 'within 30 days' } });
  });

  it('given matching rows, then the explanation agrees with the decision', async () => {
    const decision = await table.evaluate({ ...blockedLot, supplier: { approvalStatus: 'approved' } }, { now, explain: true });

    const matchedInExplanation = decision.explanation?.filter((row) => row.matched).map((row) => row.rowId);
    expect(matchedInExplanation).toEqual(decision.matchedRowIds);
    expect(decision.matchedRowIds).toEqual(['approved-in-tolerance', 'catch-all']);
  });

  it('given no explain option, then the decision carries no explanation', async () => {
    expect(await table.evaluate(blockedLot, { now })).not.toHaveProperty('explanation');
  });
});
