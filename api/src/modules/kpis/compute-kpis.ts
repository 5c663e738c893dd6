import { kpiDefinitions, percentFigure, type KpiContribution, type KpiDefinition, type KpiFigure, type KpiSource } from './kpi-definitions.js';
import { listPeriods, type KpiBucket, type KpiPeriod } from './kpi-periods.js';

export interface KpiPoint extends KpiFigure {
  period: string;
}

export interface KpiSeries {
  key: string;
  unit: KpiDefinition['unit'];
  formula: KpiDefinition['formula'];
  numeratorLabel: KpiDefinition['numeratorLabel'];
  denominatorLabel: KpiDefinition['denominatorLabel'];
  note?: KpiDefinition['note'];
  points: KpiPoint[];
}

export interface KpiDashboard {
  from: string;
  to: string;
  bucket: KpiBucket;
  periods: KpiPeriod[];
  kpis: KpiSeries[];
}

export interface KpiPeriodRecords extends KpiFigure {
  kpi: string;
  period: KpiPeriod;
  records: KpiContribution[];
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** What a record dated after `asOf` plans does not count yet. */
function contributionsUpTo(definition: KpiDefinition, source: KpiSource, asOf: string): KpiContribution[] {
  return definition.contributions(source).filter((contribution) => contribution.day <= asOf);
}

function figureOf(definition: KpiDefinition, source: KpiSource, period: KpiPeriod, contributions: readonly KpiContribution[]): KpiFigure {
  return definition.figure
    ? definition.figure(source, period, contributions)
    : percentFigure(sum(contributions.map((contribution) => contribution.numerator)), sum(contributions.map((contribution) => contribution.denominator)));
}

const inPeriod = (period: KpiPeriod) => (contribution: KpiContribution) => contribution.day >= period.start && contribution.day <= period.end;

/** Every KPI for every period from `from` to `to` (plant days), counting what happened up to `asOf`. */
export function computeKpis(source: KpiSource, range: { from: string; to: string; bucket: KpiBucket; asOf: string }): KpiDashboard {
  const periods = listPeriods(range.from, range.to, range.bucket);
  const kpis = kpiDefinitions.map((definition) => {
    const contributions = contributionsUpTo(definition, source, range.asOf);
    const points = periods.map((period) => ({ period: period.key, ...figureOf(definition, source, period, contributions.filter(inPeriod(period))) }));
    const { key, unit, formula, numeratorLabel, denominatorLabel, note } = definition;
    return { key, unit, formula, numeratorLabel, denominatorLabel, ...(note ? { note } : {}), points };
  });
  return { from: range.from, to: range.to, bucket: range.bucket, periods, kpis };
}

/** The records behind one KPI's figure for one period, in date order. */
export function kpiRecordsFor(source: KpiSource, definition: KpiDefinition, period: KpiPeriod, asOf: string): KpiPeriodRecords {
  const records = contributionsUpTo(definition, source, asOf)
    .filter(inPeriod(period))
    .sort((a, b) => a.day.localeCompare(b.day) || a.code.localeCompare(b.code));
  return { kpi: definition.key, period, ...figureOf(definition, source, period, records), records };
}
