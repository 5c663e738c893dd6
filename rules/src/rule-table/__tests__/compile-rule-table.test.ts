import { describe, expect, it } from 'vitest';
import { RuleTableInputError, compileRuleTable } from '../../index.js';
import { buildTable } from './table-builder.js';

const table = compileRuleTable(
  buildTable({
    hitPolicy: 'FIRST',
    inputs: [
      { id: 'supplierStatus', expression: 'supplier.approvalStatus', type: 'string', enum: ['approved', 'blocked'] },
      { id: 'expiryDate', expression: 'lot.expiryDate', type: 'date' },
      { id: 'receivedAt', expression: 'lot.receivedAt', type: 'date-time' },
      { id: 'quantity', expression: 'lot.quantity', type: 'integer' },
    ],
    outputs: [{ name: 'disposition', type: 'string' }],
    rows: [
      { id: 'blocked', cells: ['"blocked"', '-', '-', '-'], outputs: { disposition: 'reject' } },
      { id: 'expires-soon', cells: ['-', 'within 90 days', '-', '-'], outputs: { disposition: 'hold' } },
      { id: 'received-before-cut-over', cells: ['-', '-', '< date and time("2026-01-01T00:00:00+08:00")', '-'], outputs: { disposition: 'hold' } },
      { id: 'accepted', cells: ['"approved"', '-', '-', '>= 1'], outputs: { disposition: 'accept' } },
    ],
  }),
);
const now = new Date('2026-01-31T09:00:00Z');

describe('compileRuleTable → evaluate', () => {
  it('given dotted expressions, then it reads nested facts and ignores every other variable', async () => {
    const decision = await table.evaluate({ supplier: { approvalStatus: 'approved', name: 'Acme' }, lot: { quantity: 3 }, unrelated: () => 'not a fact' }, { now });
    expect(decision).toMatchObject({ matched: true, rowId: 'accepted' });
  });

  it('given Date objects from the process engine, then date and date-time inputs read them', async () => {
    // 2026-04-30T20:00Z is 1 May in Shanghai: 90 days after 31 January is 1 May.
    const expiry = new Date('2026-04-30T20:00:00Z');
    expect(await table.evaluate({ lot: { expiryDate: expiry } }, { now, timeZone: 'Asia/Shanghai' })).toMatchObject({ rowId: 'expires-soon' });
    expect(await table.evaluate({ lot: { expiryDate: expiry } }, { now, timeZone: 'America/New_York' })).toMatchObject({ rowId: 'expires-soon' });
    expect(await table.evaluate({ lot: { expiryDate: new Date('2026-05-02T00:00:00Z') } }, { now })).toMatchObject({ matched: false });
    expect(await table.evaluate({ lot: { receivedAt: new Date('2025-12-31T15:59:59Z') } }, { now })).toMatchObject({ rowId: 'received-before-cut-over' });
  });

  it('given no clock, then "today" is the real date', async () => {
    const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    expect(await table.evaluate({ lot: { expiryDate: inTenDays } })).toMatchObject({ rowId: 'expires-soon' });
  });

  it('given facts of the wrong type, then it names each fact and what it must be', async () => {
    const error = await table
      .evaluate({ supplier: { approvalStatus: 'unknown' }, lot: { expiryDate: '31.01.2026', quantity: 2.5 } }, { now })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(RuleTableInputError);
    expect(error).toMatchObject({ code: 'LOTFLOW_RULE_TABLE_INPUT_INVALID' });
    const message = (error as Error).message;
    expect(message).toMatch(/^Couldn't evaluate rule table 'test-table': /);
    expect(message).toContain('fact supplier.approvalStatus must be one of "approved", "blocked"');
    expect(message).toContain('fact lot.expiryDate must');
    expect(message).toContain('fact lot.quantity must be integer');
  });

  it('given a fact that should hold an object but does not, then it says so once', async () => {
    await expect(table.evaluate({ lot: 'LOT-1' }, { now })).rejects.toThrow(
      "Couldn't evaluate rule table 'test-table': fact lot must be an object holding expiryDate",
    );
  });

  it('given an evaluation that starts while another is finishing, then neither loses its rows', async () => {
    // json-rules-engine keeps a run status on the Engine; overlapping runs must not see each other's.
    const facts = { supplier: { approvalStatus: 'approved' }, lot: { quantity: 1 } };
    for (let offset = 0; offset < 60; offset += 1) {
      const first = table.evaluate(facts, { now });
      for (let tick = 0; tick < offset; tick += 1) await Promise.resolve();
      const decisions = await Promise.all([first, table.evaluate(facts, { now })]);
      expect(decisions.map((decision) => decision.matched), `second evaluation started ${offset} ticks later`).toEqual([true, true]);
    }
  });

  it('given many evaluations at once on one engine, then each gets its own decision', async () => {
    const statuses = Array.from({ length: 50 }, (_, index) => (index % 2 === 0 ? 'approved' : 'blocked'));
    const decisions = await Promise.all(statuses.map((status) => table.evaluate({ supplier: { approvalStatus: status }, lot: { quantity: 1 } }, { now })));
    expect(decisions.map((decision) => (decision.kind === 'single' && decision.matched ? decision.outputs.disposition : undefined))).toEqual(
      statuses.map((status) => (status === 'approved' ? 'accept' : 'reject')),
    );
  });
});
