import { array, nullable, object, oneOf, optional, text, type Infer, type Shape } from '../../../shared/api/shape';

/** A finite number: KPI figures are decimals (percentages, average units on hand, turns). */
const figure = (): Shape<number> => ({
  expected: 'a number',
  check: (value, path) => (typeof value === 'number' && Number.isFinite(value) ? { valid: true, value } : { valid: false, path, expected: 'a number' }),
});

const bilingualShape = object({ en: text(), 'zh-CN': text() });

export const kpiKeys = ['supplier-on-time-delivery', 'plan-attainment', 'first-pass-yield', 'rework-rate', 'return-rate', 'inventory-turnover'] as const;

const periodShape = object({ key: text(), bucket: oneOf('week', 'month'), start: text(), end: text() });

const pointShape = object({
  period: text(),
  numerator: figure(),
  denominator: figure(),
  value: nullable(figure()),
  ppm: optional(nullable(figure())),
  daysOfInventory: optional(nullable(figure())),
});

const seriesShape = object({
  key: oneOf(...kpiKeys),
  unit: oneOf('percent', 'turns'),
  formula: bilingualShape,
  numeratorLabel: bilingualShape,
  denominatorLabel: bilingualShape,
  note: optional(bilingualShape),
  points: array(pointShape),
});

/** `GET /kpis`: the periods and, per KPI, a point per period. */
export const kpiDashboardShape = object({ from: text(), to: text(), bucket: oneOf('week', 'month'), periods: array(periodShape), kpis: array(seriesShape) });

const kpiRecordShape = object({
  type: text(),
  code: text(),
  day: text(),
  numerator: figure(),
  denominator: figure(),
  outcome: optional(text()),
  lot: optional(text()),
});

/** `GET /kpis/{kpi}/records?period=`: the records behind one period's figure. */
export const kpiPeriodRecordsShape = object({
  kpi: text(),
  period: periodShape,
  numerator: figure(),
  denominator: figure(),
  value: nullable(figure()),
  ppm: optional(nullable(figure())),
  daysOfInventory: optional(nullable(figure())),
  records: array(kpiRecordShape),
});

export type KpiKey = (typeof kpiKeys)[number];
export type KpiDashboard = Infer<typeof kpiDashboardShape>;
export type KpiSeries = KpiDashboard['kpis'][number];
export type KpiPoint = KpiSeries['points'][number];
export type KpiPeriod = KpiDashboard['periods'][number];
export type KpiPeriodRecords = Infer<typeof kpiPeriodRecordsShape>;
export type KpiRecordRow = KpiPeriodRecords['records'][number];
