import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshApiDatabaseUrl } from '../../../../test/support/fresh-api-database.js';
import { apiCall, startTestApi } from '../../../../test/support/start-services.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;
type Values = Record<string, any>;
interface Point {
  period: string;
  numerator: number;
  denominator: number;
  value: number | null;
  ppm?: number | null;
  daysOfInventory?: number | null;
}

const plantDay = (value: string) => (value.length === 10 ? value : new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(value)));
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const total = (values: number[]) => values.reduce((sum, value) => sum + value, 0);

describe(`the KPIs over the demo history on ${inject('databaseKind') === 'mysql' ? 'MariaDB' : 'SQLite'}`, () => {
  let api: RunningApi;
  let firstDay: string;
  let lastDay: string;
  const records: Record<string, Array<{ code: string; values: Values }>> = {};

  beforeAll(async () => {
    api = await startTestApi({ DATABASE_URL: await freshApiDatabaseUrl('lotflow_test_kpis') });
    expect((await apiCall(api, 'POST', '/dictionary/pack/load')).status).toBe(201);
    const history = await apiCall(api, 'POST', '/demo/history/load');
    expect(history.status, JSON.stringify(history.body)).toBe(201);
    ({ firstDay, lastDay } = history.body);
    for (const type of ['purchase-order', 'receipt', 'work-order', 'nonconformance-report', 'inspection-lot', 'shipment', 'lot', 'material']) {
      records[type] = [];
      for (let offset = 0; ; offset += 500) {
        const page = (await apiCall(api, 'GET', `/records/${type}?limit=500&offset=${offset}`)).body;
        records[type]!.push(...page.items);
        if (records[type]!.length >= page.total) break;
      }
    }
    // every lot's ledger, each movement dated by the day of its document (or of its posting)
    const documentDay = new Map<string, string>();
    for (const receipt of records.receipt!) documentDay.set(`receipt:${receipt.code}`, plantDay(receipt.values.receivedAt));
    for (const order of records['work-order']!) documentDay.set(`work-order:${order.code}`, plantDay(order.values.plannedFinishOn ?? order.values.plannedStartOn));
    for (const shipment of records.shipment!) documentDay.set(`shipment:${shipment.code}`, plantDay(shipment.values.shippedOn ?? shipment.values.plannedOn));
    for (const report of records['nonconformance-report']!) if (report.values.reportedAt) documentDay.set(`nonconformance-report:${report.code}`, plantDay(report.values.reportedAt));
    for (const lot of records.lot!) {
      const ledger = (await apiCall(api, 'GET', `/inventory/movements?lot=${encodeURIComponent(lot.code)}`)).body.items as Array<{ type: string; material: string; quantity: number; document: { type: string; code: string } | null; postedAt: string }>;
      for (const movement of ledger) ledgerRows.push({ ...movement, day: (movement.document && documentDay.get(`${movement.document.type}:${movement.document.code}`)) ?? plantDay(movement.postedAt) });
    }
  }, 300_000);

  const ledgerRows: Array<{ type: string; material: string; quantity: number; day: string }> = [];
  const costOf = (material: string) => records.material!.find((candidate) => candidate.code === material)?.values.standardCost ?? 0;

  afterAll(async () => {
    await api?.close();
  });

  /** The weeks of the history, Monday to Sunday, counted here straight from the records. */
  const weeks = () => {
    const result: Array<{ start: string; end: string }> = [];
    for (let start = firstDay; start <= lastDay; start = addDays(start, 7)) result.push({ start, end: addDays(start, 6) });
    return result;
  };
  const within = (week: { start: string; end: string }, day: string | undefined) => day !== undefined && day >= week.start && day <= week.end;
  const percent = (numerator: number, denominator: number) => (denominator === 0 ? null : (numerator / denominator) * 100);
  const reworkOf = (workOrder: string) =>
    total(records['nonconformance-report']!.filter((report) => report.values.disposition === 'rework' && report.values.workOrder === workOrder).map((report) => report.values.quantityAffected));

  const expected: Record<string, (week: { start: string; end: string }) => { numerator: number; denominator: number; value: number | null }> = {
    'supplier-on-time-delivery': (week) => {
      const receipts = records.receipt!.filter((receipt) => within(week, plantDay(receipt.values.receivedAt)));
      const onTime = receipts.filter((receipt) => {
        const order = records['purchase-order']!.find((candidate) => candidate.code === receipt.values.purchaseOrder)!;
        return order.values.lines.every((line: Values) => {
          const received = receipt.values.lines.find((candidate: Values) => candidate.purchaseOrderLine === line.line);
          return received !== undefined && received.quantity >= line.quantity && plantDay(receipt.values.receivedAt) <= line.committedOn;
        });
      });
      return { numerator: onTime.length, denominator: receipts.length, value: percent(onTime.length, receipts.length) };
    },
    'plan-attainment': (week) => {
      const due = records['work-order']!.filter((order) => order.values.status !== 'cancelled' && within(week, order.values.plannedFinishOn));
      const good = total(due.map((order) => order.values.quantityGood ?? 0));
      const planned = total(due.map((order) => order.values.quantityPlanned));
      return { numerator: good, denominator: planned, value: percent(good, planned) };
    },
    'first-pass-yield': (week) => {
      const finished = records['work-order']!.filter((order) => order.values.quantityGood !== undefined && within(week, order.values.plannedFinishOn));
      const firstTime = total(finished.map((order) => order.values.quantityGood - reworkOf(order.code)));
      const started = total(finished.map((order) => order.values.quantityGood + (order.values.quantityScrapped ?? 0)));
      return { numerator: firstTime, denominator: started, value: percent(firstTime, started) };
    },
    'rework-rate': (week) => {
      const inspected = records['work-order']!.filter(
        (order) => order.values.quantityGood !== undefined && within(week, order.values.plannedFinishOn) && records['inspection-lot']!.some((inspection) => inspection.values.workOrder === order.code),
      );
      const reworked = total(inspected.map((order) => reworkOf(order.code)));
      const units = total(inspected.map((order) => order.values.quantityGood + (order.values.quantityScrapped ?? 0)));
      return { numerator: reworked, denominator: units, value: percent(reworked, units) };
    },
    'return-rate': (week) => {
      const shipped = total(records.shipment!.filter((shipment) => within(week, shipment.values.shippedOn)).flatMap((shipment) => shipment.values.lines.map((line: Values) => line.quantity)));
      // the history has no customer complaints: nothing came back
      return { numerator: 0, denominator: shipped, value: percent(0, shipped) };
    },
    'inventory-turnover': (week) => {
      // cost of goods sold: finished sets shipped (from the shipment records) at the finished good's standard cost
      const shipped = total(records.shipment!.filter((shipment) => within(week, shipment.values.shippedOn)).flatMap((shipment) => shipment.values.lines.map((line: Values) => line.quantity * costOf(line.material))));
      // inventory value: every material's ledger at its standard cost
      const valueOnHand = (day: string) => total(ledgerRows.filter((row) => row.day <= day).map((row) => row.quantity * costOf(row.material)));
      const average = (valueOnHand(addDays(week.start, -1)) + valueOnHand(week.end)) / 2;
      return { numerator: shipped, denominator: average, value: average > 0 ? shipped / average : null };
    },
  };

  it('each KPI of each week matches a count made here from the records', async () => {
    // when the dashboard asks for the weeks of the history
    const response = await apiCall(api, 'GET', `/kpis?from=${firstDay}&to=${lastDay}&bucket=week`, undefined, { as: 'production.liu' });

    // then there are six KPIs, each with a point per week and its formula in both languages
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const kpis = response.body.kpis as Array<{ key: string; formula: { en: string; 'zh-CN': string }; points: Point[] }>;
    expect(kpis.map((kpi) => kpi.key)).toEqual(Object.keys(expected));
    expect(response.body.periods.map((period: { key: string }) => period.key)).toEqual(weeks().map((week) => week.start));
    for (const kpi of kpis) {
      expect(kpi.formula.en.length).toBeGreaterThan(20);
      expect(kpi.formula['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      // and every week agrees with the independent count
      kpi.points.forEach((point, index) => {
        const count = expected[kpi.key]!(weeks()[index]!);
        const where = `${kpi.key} in the week of ${point.period}`;
        expect(point.numerator, where).toBeCloseTo(count.numerator, 6);
        expect(point.denominator, where).toBeCloseTo(count.denominator, 6);
        if (count.value === null) expect(point.value, where).toBeNull();
        else expect(point.value, where).toBeCloseTo(count.value, 6);
      });
      // and the history gives most weeks a value
      expect(kpi.points.filter((point) => point.value !== null).length, kpi.key).toBeGreaterThan(weeks().length / 2);
    }
    const delivery = kpis.find((kpi) => kpi.key === 'supplier-on-time-delivery')!;
    // some deliveries of the history are late, so on-time delivery is not 100 % throughout
    expect(delivery.points.some((point) => point.value !== null && point.value < 100)).toBe(true);
    const yieldPoints = kpis.find((kpi) => kpi.key === 'first-pass-yield')!.points;
    // the lot reworked after its tensile failure lowers its week's first-pass yield well below the scrap-only weeks
    expect(Math.min(...yieldPoints.flatMap((point) => (point.value === null ? [] : [point.value])))).toBeLessThan(80);
  });

  it('the records behind a week add up to its figure, and a month covers its weeks', async () => {
    // given a week in the middle of the history
    const week = weeks()[10]!;
    const dashboard = (await apiCall(api, 'GET', `/kpis?from=${firstDay}&to=${lastDay}&bucket=week`)).body;
    const point = dashboard.kpis.find((kpi: { key: string }) => kpi.key === 'supplier-on-time-delivery').points[10] as Point;

    // when its receipts are asked for
    const drill = await apiCall(api, 'GET', `/kpis/supplier-on-time-delivery/records?period=${week.start}`, undefined, { as: 'qa.li' });

    // then they are the week's receipts, with their outcome, adding up to the figure
    expect(drill.status).toBe(200);
    const rows = drill.body.records as Array<{ type: string; code: string; numerator: number; outcome: string }>;
    expect(rows.map((row) => row.code).sort()).toEqual(records.receipt!.filter((receipt) => within(week, plantDay(receipt.values.receivedAt))).map((receipt) => receipt.code).sort());
    expect(rows.every((row) => row.type === 'receipt' && ['on-time', 'late', 'partial'].includes(row.outcome))).toBe(true);
    expect(total(rows.map((row) => row.numerator))).toBe(point.numerator);
    expect(drill.body.value).toBeCloseTo(point.value!, 6);

    // and by month, the plan attainment of a month sums its work orders
    const month = lastDay.slice(0, 7);
    const byMonth = (await apiCall(api, 'GET', `/kpis?from=${firstDay}&to=${lastDay}&bucket=month`)).body;
    const monthPoint = byMonth.kpis.find((kpi: { key: string }) => kpi.key === 'plan-attainment').points.find((candidate: Point) => candidate.period === month) as Point;
    const due = records['work-order']!.filter((order) => order.values.plannedFinishOn?.startsWith(month) && order.values.plannedFinishOn <= lastDay);
    expect(monthPoint.denominator).toBe(total(due.map((order) => order.values.quantityPlanned)));
  });

  it('names the field and the fix when a request is wrong', async () => {
    const wrong = await apiCall(api, 'GET', '/kpis?bucket=quarter&from=2026-13-01');
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual(['/query/bucket', '/query/from']);
    const tuesday = await apiCall(api, 'GET', '/kpis/rework-rate/records?period=2026-03-03');
    expect(tuesday.status).toBe(400);
    expect(tuesday.body.detail).toMatch(/Monday/);
    const unknown = await apiCall(api, 'GET', '/kpis/scrap-cost/records?period=2026-03');
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toMatch(/first-pass-yield/);
    expect((await apiCall(api, 'GET', '/kpis', undefined, { as: null })).status).toBe(401);
  });
});
