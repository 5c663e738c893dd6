import { describe, expect, it } from 'vitest';
import { planDemoHistory, type DemoHistoryInput, type DemoHistoryStep } from '../plan-demo-history.js';

const input: DemoHistoryInput = { seed: 'lotflow-iv-infusion-set', lastDay: '2026-11-23', weeks: 17, utcOffset: '+08:00', calibrationDueOn: { 'EQ-LM-01': '2026-09-10', 'EQ-GC-01': '2026-12-02' } };

const records = (steps: DemoHistoryStep[], type: string) => steps.flatMap((step) => (step.kind === 'record' && step.type === type ? [step] : []));

describe('the demo history plan', () => {
  it('is the same plan, step by step, for the same seed and last day, and another for another seed', () => {
    // given the same input twice, and one with another seed
    const first = planDemoHistory(input);
    const second = planDemoHistory({ ...input, calibrationDueOn: { ...input.calibrationDueOn } });
    const other = planDemoHistory({ ...input, seed: 'another plant' });

    // then the first two are identical and the third differs
    expect(second).toEqual(first);
    expect(JSON.stringify(other.steps)).not.toBe(JSON.stringify(first.steps));
    // and the history covers the weeks asked for, starting on a Monday
    expect(first.firstDay).toBe('2026-07-27');
    expect(new Date(`${first.firstDay}T00:00:00Z`).getUTCDay()).toBe(1);
  });

  it('has months of orders, receipts, inspections, production, sterilization and shipments, some late, some rejected', () => {
    const { steps } = planDemoHistory(input);
    const orders = records(steps, 'purchase-order');
    const receipts = records(steps, 'receipt');
    expect(orders.length).toBeGreaterThanOrEqual(40);
    expect(receipts.length).toBeGreaterThanOrEqual(35);
    expect(records(steps, 'work-order').length).toBeGreaterThanOrEqual(20);
    expect(records(steps, 'sterilization-load').length).toBeGreaterThanOrEqual(10);
    expect(records(steps, 'shipment').length).toBeGreaterThanOrEqual(20);
    // some receipts are after the committed date, most are not: supplier on-time delivery has something to show
    const committed = new Map(orders.map((order) => [order.code, (order.values.lines as Array<{ committedOn: string }>)[0]!.committedOn]));
    const late = receipts.filter((receipt) => String(receipt.values.receivedAt).slice(0, 10) > committed.get(String(receipt.values.purchaseOrder))!);
    expect(late.length).toBeGreaterThan(0);
    expect(late.length).toBeLessThan(receipts.length / 2);
    // a tubing lot fails incoming inspection and goes back to the supplier; a sterilization load fails and its lots are held
    expect(steps.some((step) => step.kind === 'lot-status' && step.status === 'rejected')).toBe(true);
    expect(records(steps, 'sterilization-load').some((load) => load.values.biologicalIndicatorResult === 'fail')).toBe(true);
    expect(steps.some((step) => step.kind === 'lot-status' && step.status === 'hold' && step.reason.includes('biological indicator'))).toBe(true);
    expect(records(steps, 'nonconformance-report').some((report) => report.values.disposition === 'rework')).toBe(true);
    // shipment lines carry the UDI of their lot
    const line = (records(steps, 'shipment')[0]!.values.lines as Array<{ lot: string; udi: string }>)[0]!;
    expect(line.udi).toMatch(new RegExp(`^\\(01\\)06901234000016\\(11\\)\\d{6}\\(17\\)\\d{6}\\(10\\)${line.lot}$`));
    // a gauge is named only while it is calibrated
    const tubingResults = records(steps, 'inspection-lot').flatMap((inspection) => (inspection.values.results as Array<{ inspectionPoint: string; equipment?: string }>).map((result) => ({ day: inspection.day, ...result })));
    expect(tubingResults.filter((result) => result.equipment === 'EQ-LM-01').every((result) => result.day <= '2026-09-10')).toBe(true);
    expect(tubingResults.some((result) => result.inspectionPoint === 'IPT-TUBE-OD' && result.equipment === undefined)).toBe(true);
  });

  it('only moves stock that is there, and only issues or ships lots after they were released', () => {
    const { steps } = planDemoHistory(input);
    const balance = new Map<string, number>();
    const status = new Map<string, string>();
    const created = new Set<string>();
    const change = (lot: string, location: string, quantity: number) => {
      const key = `${lot}@${location}`;
      const next = Math.round(((balance.get(key) ?? 0) + quantity) * 1000) / 1000;
      expect(next, `${lot} at ${location}`).toBeGreaterThanOrEqual(0);
      balance.set(key, next);
    };
    for (const step of steps) {
      if (step.kind === 'record') {
        expect(created.has(step.code), `${step.code} is created once`).toBe(false);
        created.add(step.code);
        if (step.type === 'lot') status.set(step.code, String(step.values.status));
      } else if (step.kind === 'lot-status') {
        expect(status.get(step.lot)).toBe('quarantine');
        status.set(step.lot, step.status);
      } else if (step.kind === 'signature') {
        expect(created.has(step.code), `${step.code} exists before it is signed`).toBe(true);
      } else {
        for (const movement of step.movements) {
          expect(created.has(movement.lot)).toBe(true);
          const quantity = Number(movement.quantity);
          if (movement.type === 'issue' || movement.type === 'shipment') expect(status.get(movement.lot), `${movement.lot} is released before it is ${movement.type}d`).toBe('released');
          if (movement.type === 'receipt' || movement.type === 'production-output') change(movement.lot, movement.location, quantity);
          else if (movement.type === 'transfer') {
            change(movement.lot, movement.location, -quantity);
            change(movement.lot, movement.toLocation!, quantity);
          } else change(movement.lot, movement.location, -quantity);
        }
        for (const link of step.links) expect(created.has(link.from.code) && created.has(link.to.code)).toBe(true);
      }
    }
  });
});
