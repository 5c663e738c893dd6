import { addDays, type KpiPeriod } from './kpi-periods.js';

/** A dictionary record as the KPIs read it. */
export interface KpiRecord {
  code: string;
  values: Record<string, unknown>;
}

/** A ledger row of a finished good, dated by the plant day it happened. */
export interface KpiMovement {
  movementType: string;
  material: string;
  lot: string;
  /** Signed units: into stock positive, out of it negative. */
  quantity: number;
  documentType: string | null;
  documentCode: string | null;
  day: string;
}

export interface KpiSource {
  /** Records by dictionary type: purchase-order, receipt, work-order, nonconformance-report, inspection-lot, shipment, lot. */
  records: Readonly<Record<string, readonly KpiRecord[]>>;
  /** Every ledger movement, of every material: the inventory turnover values all stock. */
  movements: readonly KpiMovement[];
  /** Materials that are finished goods: what leaves in a shipment is cost of goods sold. */
  finishedGoods: ReadonlySet<string>;
  /** Standard cost per unit of measure by material (CNY); a material without one is valued at 0. */
  standardCosts: ReadonlyMap<string, number>;
  /** Turns a date or date-time field into the plant day it names. */
  plantDay(value: string): string;
}

/** One record's share of a KPI: summed per period into the numerator and the denominator. */
export interface KpiContribution {
  type: string;
  code: string;
  day: string;
  numerator: number;
  denominator: number;
  /** Why the record counts as it does, as a stable key: on-time, late, partial, reworked, returned… */
  outcome?: string;
  /** The lot the record is about, for the trace explorer. */
  lot?: string;
}

export interface KpiFigure {
  numerator: number;
  denominator: number;
  /** null when the denominator is 0: an empty period has no value, not 0. */
  value: number | null;
  /** Return rate in parts per million. */
  ppm?: number | null;
  /** Days of inventory: the period's days ÷ its turnover. */
  daysOfInventory?: number | null;
}

type Bilingual = { en: string; 'zh-CN': string };

export interface KpiDefinition {
  key: string;
  unit: 'percent' | 'turns';
  formula: Bilingual;
  numeratorLabel: Bilingual;
  denominatorLabel: Bilingual;
  /** Said on the screen next to the figure, e.g. what could not be computed. */
  note?: Bilingual;
  contributions(source: KpiSource): KpiContribution[];
  /** How the period's sums become its figure; percent KPIs use the default. */
  figure?(source: KpiSource, period: KpiPeriod, contributions: readonly KpiContribution[]): KpiFigure;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const number = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : undefined);
const list = (value: unknown): Array<Record<string, unknown>> => (Array.isArray(value) ? value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null) : []);
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const byCode = (records: readonly KpiRecord[] | undefined) => new Map((records ?? []).map((record) => [record.code, record]));

export function percentFigure(numerator: number, denominator: number): KpiFigure {
  return { numerator, denominator, value: denominator > 0 ? (numerator / denominator) * 100 : null };
}

// ── supplier on-time delivery ───────────────────────────────────────────────────────────────────

/**
 * A receipt is on time when it arrives on or before the committed date of every order line it
 * brings and, with the receipts before it, fills the whole order: a partial delivery is not on time.
 */
function deliveryContributions(source: KpiSource): KpiContribution[] {
  const orders = byCode(source.records['purchase-order']);
  const received = new Map<string, Map<number, number>>();
  const receipts = (source.records.receipt ?? [])
    .flatMap((receipt) => {
      const receivedAt = text(receipt.values.receivedAt);
      const order = orders.get(text(receipt.values.purchaseOrder) ?? '');
      return receivedAt && order ? [{ receipt, order, day: source.plantDay(receivedAt), receivedAt }] : [];
    })
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.receipt.code.localeCompare(b.receipt.code));
  return receipts.map(({ receipt, order, day }) => {
    const orderLines = list(order.values.lines);
    const filled = received.get(order.code) ?? new Map<number, number>();
    received.set(order.code, filled);
    let late = false;
    for (const line of list(receipt.values.lines)) {
      const lineNumber = number(line.purchaseOrderLine);
      if (lineNumber === undefined) continue;
      filled.set(lineNumber, (filled.get(lineNumber) ?? 0) + (number(line.quantity) ?? 0));
      const committedOn = text(orderLines.find((orderLine) => number(orderLine.line) === lineNumber)?.committedOn);
      if (committedOn !== undefined && day > committedOn) late = true;
    }
    const complete = orderLines.every((orderLine) => (filled.get(number(orderLine.line) ?? -1) ?? 0) >= (number(orderLine.quantity) ?? 0));
    const outcome = late ? 'late' : complete ? 'on-time' : 'partial';
    return { type: 'receipt', code: receipt.code, day, numerator: outcome === 'on-time' ? 1 : 0, denominator: 1, outcome };
  });
}

// ── production ──────────────────────────────────────────────────────────────────────────────────

const cancelled = 'cancelled';
const workOrderDay = (workOrder: KpiRecord) => text(workOrder.values.plannedFinishOn) ?? text(workOrder.values.plannedStartOn);
const finishedWorkOrders = (source: KpiSource) =>
  (source.records['work-order'] ?? []).filter((workOrder) => workOrder.values.status !== cancelled && number(workOrder.values.quantityGood) !== undefined && workOrderDay(workOrder) !== undefined);
const unitsStarted = (workOrder: KpiRecord) => (number(workOrder.values.quantityGood) ?? 0) + (number(workOrder.values.quantityScrapped) ?? 0);
const producedLot = (source: KpiSource, workOrder: string) => (source.records.lot ?? []).find((lot) => lot.values.workOrder === workOrder)?.code;

/** Units each work order sent to rework: the quantities of its nonconformance reports dispositioned `rework`. */
function reworkedUnits(source: KpiSource): Map<string, number> {
  const lots = byCode(source.records.lot);
  const reworked = new Map<string, number>();
  for (const report of source.records['nonconformance-report'] ?? []) {
    if (report.values.disposition !== 'rework') continue;
    const workOrder = text(report.values.workOrder) ?? text(lots.get(text(report.values.lot) ?? '')?.values.workOrder);
    if (workOrder) reworked.set(workOrder, (reworked.get(workOrder) ?? 0) + (number(report.values.quantityAffected) ?? 0));
  }
  return reworked;
}

/** Plan attainment counts every work order that is not cancelled once its planned finish has come: one not finished yet made 0 good units. */
function attainmentContributions(source: KpiSource): KpiContribution[] {
  return (source.records['work-order'] ?? []).flatMap((workOrder) => {
    const day = workOrderDay(workOrder);
    if (workOrder.values.status === cancelled || day === undefined) return [];
    const good = number(workOrder.values.quantityGood);
    const lot = producedLot(source, workOrder.code);
    return [{ type: 'work-order', code: workOrder.code, day, numerator: good ?? 0, denominator: number(workOrder.values.quantityPlanned) ?? 0, outcome: good === undefined ? 'not-finished' : 'finished', ...(lot ? { lot } : {}) }];
  });
}

function firstPassContributions(source: KpiSource): KpiContribution[] {
  const reworked = reworkedUnits(source);
  return finishedWorkOrders(source).map((workOrder) => {
    const good = number(workOrder.values.quantityGood) ?? 0;
    const sentToRework = Math.min(good, reworked.get(workOrder.code) ?? 0);
    const scrapped = number(workOrder.values.quantityScrapped) ?? 0;
    const lot = producedLot(source, workOrder.code);
    return {
      type: 'work-order',
      code: workOrder.code,
      day: workOrderDay(workOrder)!,
      numerator: good - sentToRework,
      denominator: unitsStarted(workOrder),
      outcome: sentToRework > 0 ? 'reworked' : scrapped > 0 ? 'scrapped' : 'first-pass',
      ...(lot ? { lot } : {}),
    };
  });
}

/** Units inspected: every unit a finished work order started, when in-process inspection lots name the work order. */
function reworkContributions(source: KpiSource): KpiContribution[] {
  const reworked = reworkedUnits(source);
  const inspected = new Set(
    (source.records['inspection-lot'] ?? []).flatMap((inspection) => (inspection.values.status === 'passed' || inspection.values.status === 'failed' ? [text(inspection.values.workOrder) ?? ''] : [])),
  );
  return finishedWorkOrders(source)
    .filter((workOrder) => inspected.has(workOrder.code))
    .map((workOrder) => {
      const sentToRework = reworked.get(workOrder.code) ?? 0;
      const lot = producedLot(source, workOrder.code);
      return { type: 'work-order', code: workOrder.code, day: workOrderDay(workOrder)!, numerator: sentToRework, denominator: unitsStarted(workOrder), outcome: sentToRework > 0 ? 'reworked' : 'no-rework', ...(lot ? { lot } : {}) };
    });
}

// ── customers ───────────────────────────────────────────────────────────────────────────────────

const shippedStatuses = new Set(['shipped', 'delivered']);

/** Shipped: the lines of shipments that left (shipped or delivered). Returned: the units of nonconformance reports from customer complaints. */
function returnContributions(source: KpiSource): KpiContribution[] {
  const shipped = (source.records.shipment ?? []).flatMap((shipment) => {
    const shippedOn = text(shipment.values.shippedOn);
    if (!shippedOn || !shippedStatuses.has(String(shipment.values.status))) return [];
    return [{ type: 'shipment', code: shipment.code, day: source.plantDay(shippedOn), numerator: 0, denominator: sum(list(shipment.values.lines).map((line) => number(line.quantity) ?? 0)), outcome: 'shipped' }];
  });
  const returned = (source.records['nonconformance-report'] ?? []).flatMap((report) => {
    const reportedAt = text(report.values.reportedAt);
    if (report.values.source !== 'customer-complaint' || !reportedAt) return [];
    const lot = text(report.values.lot);
    return [{ type: 'nonconformance-report', code: report.code, day: source.plantDay(reportedAt), numerator: number(report.values.quantityAffected) ?? 0, denominator: 0, outcome: 'returned', ...(lot ? { lot } : {}) }];
  });
  return [...shipped, ...returned];
}

// ── inventory ───────────────────────────────────────────────────────────────────────────────────

/** Cost of goods sold: each shipment of a finished good at its standard cost. */
function shipmentMovementContributions(source: KpiSource): KpiContribution[] {
  return source.movements
    .filter((movement) => movement.movementType === 'shipment' && source.finishedGoods.has(movement.material))
    .map((movement) => ({
      type: movement.documentType ?? 'lot',
      code: movement.documentCode ?? movement.lot,
      day: movement.day,
      numerator: -movement.quantity * (source.standardCosts.get(movement.material) ?? 0),
      denominator: 0,
      outcome: 'shipped',
      lot: movement.lot,
    }));
}

/** The value of all stock on hand at the end of a plant day, from the ledger at standard cost. */
export function inventoryValueOnHand(source: Pick<KpiSource, 'movements' | 'standardCosts'>, day: string): number {
  return sum(source.movements.filter((movement) => movement.day <= day).map((movement) => movement.quantity * (source.standardCosts.get(movement.material) ?? 0)));
}

function turnoverFigure(source: KpiSource, period: KpiPeriod, contributions: readonly KpiContribution[]): KpiFigure {
  const costOfGoodsSold = sum(contributions.map((contribution) => contribution.numerator));
  const opening = inventoryValueOnHand(source, addDays(period.start, -1));
  const closing = inventoryValueOnHand(source, period.end);
  const average = (opening + closing) / 2;
  const turnover = average > 0 ? costOfGoodsSold / average : null;
  const days = Math.round((Date.parse(`${period.end}T00:00:00Z`) - Date.parse(`${period.start}T00:00:00Z`)) / 86_400_000) + 1;
  return { numerator: costOfGoodsSold, denominator: average, value: turnover, daysOfInventory: turnover !== null && turnover > 0 ? days / turnover : null };
}

// ── the six ─────────────────────────────────────────────────────────────────────────────────────

export const kpiDefinitions: readonly KpiDefinition[] = [
  {
    key: 'supplier-on-time-delivery',
    unit: 'percent',
    formula: {
      en: 'Receipts on or before the committed date ÷ receipts × 100 (a receipt that leaves its order partly filled is not on time)',
      'zh-CN': '在承诺交期当日或之前到货的收货单数 ÷ 收货单总数 × 100（到货后订单仍未交齐的收货不计为准时）',
    },
    numeratorLabel: { en: 'on-time receipts', 'zh-CN': '准时收货单' },
    denominatorLabel: { en: 'receipts', 'zh-CN': '收货单' },
    contributions: deliveryContributions,
  },
  {
    key: 'plan-attainment',
    unit: 'percent',
    formula: {
      en: 'Good units produced ÷ planned units × 100, over the work orders planned to finish in the period',
      'zh-CN': '合格产出数量 ÷ 计划数量 × 100，按计划完工日在本期的生产工单统计',
    },
    numeratorLabel: { en: 'good units', 'zh-CN': '合格数量' },
    denominatorLabel: { en: 'planned units', 'zh-CN': '计划数量' },
    contributions: attainmentContributions,
  },
  {
    key: 'first-pass-yield',
    unit: 'percent',
    formula: {
      en: 'Units passing without rework ÷ units started × 100 (units started = good + scrapped; reworked units do not pass the first time)',
      'zh-CN': '未经返工一次通过的数量 ÷ 投产数量 × 100（投产数量 = 合格 + 报废；返工的数量不计为一次通过）',
    },
    numeratorLabel: { en: 'units passing first time', 'zh-CN': '一次通过数量' },
    denominatorLabel: { en: 'units started', 'zh-CN': '投产数量' },
    contributions: firstPassContributions,
  },
  {
    key: 'rework-rate',
    unit: 'percent',
    formula: {
      en: 'Units sent to rework ÷ units inspected × 100 (rework: nonconformance reports dispositioned rework; inspected: units of the work orders inspected in process)',
      'zh-CN': '返工数量 ÷ 检验数量 × 100（返工：处置为返工的不合格品报告；检验数量：经过程检验的生产工单的投产数量）',
    },
    numeratorLabel: { en: 'units sent to rework', 'zh-CN': '返工数量' },
    denominatorLabel: { en: 'units inspected', 'zh-CN': '检验数量' },
    contributions: reworkContributions,
  },
  {
    key: 'return-rate',
    unit: 'percent',
    formula: {
      en: 'Units returned ÷ units shipped × 100, also in ppm (returned: units of nonconformance reports from customer complaints)',
      'zh-CN': '退货数量 ÷ 发货数量 × 100，并以 ppm 表示（退货：来源为客户投诉的不合格品报告所涉数量）',
    },
    numeratorLabel: { en: 'units returned', 'zh-CN': '退货数量' },
    denominatorLabel: { en: 'units shipped', 'zh-CN': '发货数量' },
    contributions: returnContributions,
    figure: (_source, _period, contributions) => {
      const figure = percentFigure(sum(contributions.map((c) => c.numerator)), sum(contributions.map((c) => c.denominator)));
      return { ...figure, ppm: figure.value === null ? null : figure.value * 10_000 };
    },
  },
  {
    key: 'inventory-turnover',
    unit: 'turns',
    formula: {
      en: 'Cost of goods sold (finished goods shipped × standard cost) ÷ average inventory value (all stock at standard cost, (opening + closing) ÷ 2); days of inventory = days in the period ÷ turnover',
      'zh-CN': '销售成本（成品发货数量 × 标准成本）÷ 平均库存金额（全部库存按标准成本计，（期初 + 期末）÷ 2）；库存天数 = 本期天数 ÷ 周转次数',
    },
    numeratorLabel: { en: 'cost of goods sold (CNY)', 'zh-CN': '销售成本（元）' },
    denominatorLabel: { en: 'average inventory value (CNY)', 'zh-CN': '平均库存金额（元）' },
    note: {
      en: "Stock is valued at each material's standard cost (dictionary field standardCost); a material without one counts as 0. Raw materials, components and finished goods, whatever their status, are inventory.",
      'zh-CN': '库存按各物料的标准成本（字典字段 standardCost）计价，未设标准成本的物料按 0 计。原材料、零部件和成品，无论状态，均计入库存。',
    },
    contributions: shipmentMovementContributions,
    figure: turnoverFigure,
  },
];
