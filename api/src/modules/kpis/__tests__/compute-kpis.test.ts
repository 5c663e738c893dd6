import { describe, expect, it } from 'vitest';
import { computeKpis, kpiRecordsFor } from '../compute-kpis.js';
import { kpiDefinitions, type KpiMovement, type KpiRecord, type KpiSource } from '../kpi-definitions.js';
import { listPeriods, parsePeriodKey, periodOf } from '../kpi-periods.js';

const plantDay = (value: string) => (value.length === 10 ? value : new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(value)));
const source = (records: Record<string, KpiRecord[]>, movements: KpiMovement[] = [], standardCosts: Record<string, number> = { FG: 1 }): KpiSource => ({
  records,
  movements,
  finishedGoods: new Set(['FG']),
  standardCosts: new Map(Object.entries(standardCosts)),
  plantDay,
});
const record = (code: string, values: Record<string, unknown>): KpiRecord => ({ code, values });
const definition = (key: string) => kpiDefinitions.find((candidate) => candidate.key === key)!;
/** Two weeks: Monday 2 March and Monday 9 March 2026. */
const range = { from: '2026-03-02', to: '2026-03-15', bucket: 'week' as const, asOf: '2026-03-31' };
const points = (data: KpiSource, key: string) => computeKpis(data, range).kpis.find((kpi) => kpi.key === key)!.points;

const order = (code: string, lines: Array<[number, number, string]>) =>
  record(code, { number: code, lines: lines.map(([line, quantity, committedOn]) => ({ line, material: `M${line}`, quantity, committedOn })) });
const receipt = (code: string, purchaseOrder: string, receivedAt: string, lines: Array<[number, number]>) =>
  record(code, { number: code, purchaseOrder, receivedAt, lines: lines.map(([purchaseOrderLine, quantity]) => ({ purchaseOrderLine, quantity })) });
const workOrder = (code: string, values: Record<string, unknown>) => record(code, { number: code, status: 'completed', plannedStartOn: '2026-03-03', ...values });

describe('periods', () => {
  it('cuts weeks on Mondays and months on the first, and reads a period back from its key', () => {
    expect(periodOf('2026-03-08', 'week')).toEqual({ key: '2026-03-02', bucket: 'week', start: '2026-03-02', end: '2026-03-08' });
    expect(periodOf('2026-02-14', 'month')).toEqual({ key: '2026-02', bucket: 'month', start: '2026-02-01', end: '2026-02-28' });
    expect(listPeriods('2026-01-30', '2026-03-01', 'month').map((period) => period.key)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(parsePeriodKey('2026-03-09')?.end).toBe('2026-03-15');
    expect(parsePeriodKey('2026-03-10')).toBeUndefined(); // a Tuesday names no week
    expect(parsePeriodKey('2026-13')).toBeUndefined();
  });
});

describe('supplier on-time delivery', () => {
  it('counts receipts on or before the committed date; a late one and a partial one are not on time', () => {
    const data = source({
      'purchase-order': [order('PO-1', [[1, 100, '2026-03-04']]), order('PO-2', [[1, 100, '2026-03-04']]), order('PO-3', [[1, 100, '2026-03-06'], [2, 50, '2026-03-06']])],
      receipt: [
        // on the committed day, in the plant's time zone (23:30 +08:00 is still the 4th)
        receipt('GR-1', 'PO-1', '2026-03-04T23:30:00+08:00', [[1, 100]]),
        // a day late
        receipt('GR-2', 'PO-2', '2026-03-05T09:00:00+08:00', [[1, 100]]),
        // early but only part of the order: line 2 is missing
        receipt('GR-3', 'PO-3', '2026-03-03T09:00:00+08:00', [[1, 100]]),
        // the rest, still before the committed date: this receipt fills the order
        receipt('GR-4', 'PO-3', '2026-03-05T09:00:00+08:00', [[2, 50]]),
      ],
    });

    const [first, second] = points(data, 'supplier-on-time-delivery');

    expect(first).toMatchObject({ period: '2026-03-02', numerator: 2, denominator: 4, value: 50 });
    expect(second).toMatchObject({ period: '2026-03-09', numerator: 0, denominator: 0, value: null });
    const drill = kpiRecordsFor(data, definition('supplier-on-time-delivery'), parsePeriodKey('2026-03-02')!, range.asOf);
    expect(drill.records.map((row) => [row.code, row.outcome])).toEqual([
      ['GR-3', 'partial'],
      ['GR-1', 'on-time'],
      ['GR-2', 'late'],
      ['GR-4', 'on-time'],
    ]);
  });

  it('a partial delivery of a quantity is not on time either', () => {
    const data = source({ 'purchase-order': [order('PO-1', [[1, 100, '2026-03-10']])], receipt: [receipt('GR-1', 'PO-1', '2026-03-09T10:00:00+08:00', [[1, 99]])] });
    expect(points(data, 'supplier-on-time-delivery')[1]).toMatchObject({ numerator: 0, denominator: 1, value: 0 });
  });
});

describe('production', () => {
  const lotOf = (code: string, wo: string) => record(code, { lotNumber: code, workOrder: wo });
  const data = source({
    'work-order': [
      workOrder('WO-1', { quantityPlanned: 2000, quantityGood: 1980, quantityScrapped: 20, plannedFinishOn: '2026-03-04' }),
      workOrder('WO-2', { quantityPlanned: 3000, quantityGood: 3000, quantityScrapped: 0, plannedFinishOn: '2026-03-06' }),
      // planned, past its finish, nothing made: it pulls attainment down but has no yield
      workOrder('WO-3', { status: 'released', quantityPlanned: 1000, plannedFinishOn: '2026-03-05' }),
      // cancelled: counts nowhere
      workOrder('WO-4', { status: 'cancelled', quantityPlanned: 5000, plannedFinishOn: '2026-03-05' }),
      // planned after asOf: not counted yet
      workOrder('WO-5', { status: 'planned', quantityPlanned: 5000, plannedStartOn: '2026-04-01', plannedFinishOn: '2026-04-02' }),
    ],
    lot: [lotOf('LOT-1', 'WO-1'), lotOf('LOT-2', 'WO-2')],
    'nonconformance-report': [
      // the whole good quantity of WO-2 re-bonded: found through its lot
      record('NCR-1', { lot: 'LOT-2', disposition: 'rework', quantityAffected: 3000, source: 'in-process' }),
      record('NCR-2', { lot: 'LOT-1', disposition: 'use-as-is', quantityAffected: 5, source: 'in-process' }),
    ],
    'inspection-lot': [record('IL-1', { workOrder: 'WO-1', status: 'passed' }), record('IL-2', { workOrder: 'WO-2', status: 'failed' }), record('IL-3', { workOrder: 'WO-2', status: 'passed' })],
  });

  it('plan attainment is good units over planned units of the work orders due in the period', () => {
    expect(points(data, 'plan-attainment')[0]).toMatchObject({ numerator: 4980, denominator: 6000, value: 83 });
    expect(points(data, 'plan-attainment')[1]).toMatchObject({ value: null });
  });

  it('first-pass yield leaves out scrapped and reworked units', () => {
    const [week] = points(data, 'first-pass-yield');
    expect(week).toMatchObject({ numerator: 1980, denominator: 5000 });
    expect(week!.value).toBeCloseTo(39.6, 10);
    const drill = kpiRecordsFor(data, definition('first-pass-yield'), parsePeriodKey('2026-03-02')!, range.asOf);
    expect(drill.records.map((row) => [row.code, row.outcome, row.lot])).toEqual([
      ['WO-1', 'scrapped', 'LOT-1'],
      ['WO-2', 'reworked', 'LOT-2'],
    ]);
  });

  it('rework rate is units sent to rework over the units of the work orders inspected in process', () => {
    expect(points(data, 'rework-rate')[0]).toMatchObject({ numerator: 3000, denominator: 5000, value: 60 });
    const uninspected = source({ 'work-order': [workOrder('WO-9', { quantityPlanned: 10, quantityGood: 10, plannedFinishOn: '2026-03-04' })] });
    expect(points(uninspected, 'rework-rate')[0]).toMatchObject({ denominator: 0, value: null });
  });
});

describe('return rate', () => {
  it('is returned units over shipped units, also in ppm; a week without shipments has none', () => {
    const data = source({
      shipment: [
        record('SH-1', { status: 'delivered', shippedOn: '2026-03-02', lines: [{ lot: 'L1', quantity: 1500 }, { lot: 'L2', quantity: 500 }] }),
        record('SH-2', { status: 'shipped', shippedOn: '2026-03-04', lines: [{ lot: 'L3', quantity: 2000 }] }),
        record('SH-3', { status: 'planned', plannedOn: '2026-03-05', lines: [{ lot: 'L4', quantity: 9000 }] }),
      ],
      'nonconformance-report': [
        record('NCR-7', { source: 'customer-complaint', lot: 'L1', quantityAffected: 2, reportedAt: '2026-03-06T10:00:00+08:00' }),
        record('NCR-8', { source: 'in-process', lot: 'L1', quantityAffected: 50, reportedAt: '2026-03-06T10:00:00+08:00' }),
      ],
    });
    const [first, second] = points(data, 'return-rate');
    expect(first).toMatchObject({ numerator: 2, denominator: 4000, value: 0.05, ppm: 500 });
    expect(second).toMatchObject({ denominator: 0, value: null, ppm: null });
  });

  it('is 0, not empty, when units were shipped and none came back', () => {
    const data = source({ shipment: [record('SH-1', { status: 'shipped', shippedOn: '2026-03-10', lines: [{ lot: 'L1', quantity: 100 }] })] });
    expect(points(data, 'return-rate')[1]).toMatchObject({ value: 0, ppm: 0 });
  });
});

describe('inventory turnover', () => {
  const movement = (movementType: string, quantity: number, day: string, document?: string, material = 'FG', lot = 'LOT-F'): KpiMovement => ({
    movementType,
    material,
    lot,
    quantity,
    documentType: document ? (movementType === 'shipment' ? 'shipment' : 'work-order') : null,
    documentCode: document ?? null,
    day,
  });
  const costs = { FG: 6.5, TUBE: 2 };

  it('is cost of goods sold over the average value of all stock at standard cost, with days of inventory', () => {
    const data = source(
      {},
      [
        movement('receipt', 1000, '2026-02-20', undefined, 'TUBE', 'LOT-T'),
        movement('issue', -600, '2026-02-26', 'WO-0', 'TUBE', 'LOT-T'),
        movement('production-output', 4000, '2026-02-26', 'WO-0'),
        // a transfer to the sterilizer and back changes nothing on hand
        movement('transfer', -4000, '2026-02-27'),
        movement('transfer', 4000, '2026-02-27'),
        movement('shipment', -1000, '2026-03-03', 'SH-1'),
        movement('production-output', 2000, '2026-03-05', 'WO-1'),
        movement('shipment', -3000, '2026-03-06', 'SH-2'),
      ],
      costs,
    );

    const [first, second] = points(data, 'inventory-turnover');

    // opening 4000 × 6.5 + 400 m × 2 = 26 800, closing 2000 × 6.5 + 800 = 13 800: average 20 300; 4000 sets × 6.5 = 26 000 sold
    expect(first!.numerator).toBeCloseTo(26_000, 6);
    expect(first!.denominator).toBeCloseTo(20_300, 6);
    expect(first!.value).toBeCloseTo(26_000 / 20_300, 10);
    expect(first!.daysOfInventory).toBeCloseTo(7 / (26_000 / 20_300), 10);
    // nothing shipped from 13 800 on hand: turnover 0, days of inventory cannot be said
    expect(second).toMatchObject({ numerator: 0, value: 0, daysOfInventory: null });
    expect(second!.denominator).toBeCloseTo(13_800, 6);
    const drill = kpiRecordsFor(data, definition('inventory-turnover'), parsePeriodKey('2026-03-02')!, range.asOf);
    expect(drill.records.map((row) => [row.type, row.code, row.numerator, row.lot])).toEqual([
      ['shipment', 'SH-1', 6500, 'LOT-F'],
      ['shipment', 'SH-2', 19500, 'LOT-F'],
    ]);
  });

  it('values a material without a standard cost at 0, and has no value without stock', () => {
    const data = source({}, [movement('receipt', 1000, '2026-02-20', undefined, 'CAP', 'LOT-C')], costs);
    expect(points(data, 'inventory-turnover')[0]).toMatchObject({ numerator: 0, denominator: 0, value: null, daysOfInventory: null });
    expect(points(source({}), 'inventory-turnover')[0]).toMatchObject({ numerator: 0, denominator: 0, value: null, daysOfInventory: null });
  });

  it('says how stock is valued', () => {
    expect(definition('inventory-turnover').note?.en).toMatch(/standard cost/);
  });
});
