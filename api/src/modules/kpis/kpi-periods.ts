/** A dashboard period: a week starting on Monday (key: its Monday, YYYY-MM-DD) or a calendar month (key: YYYY-MM), in plant days. */
export type KpiBucket = 'week' | 'month';

export interface KpiPeriod {
  key: string;
  bucket: KpiBucket;
  /** First plant day of the period. */
  start: string;
  /** Last plant day of the period. */
  end: string;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoMonth = /^\d{4}-\d{2}$/;

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function isPlantDay(value: string): boolean {
  return isoDate.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** The period a plant day falls in. */
export function periodOf(day: string, bucket: KpiBucket): KpiPeriod {
  if (bucket === 'month') {
    const key = day.slice(0, 7);
    const next = new Date(`${key}-01T00:00:00Z`);
    next.setUTCMonth(next.getUTCMonth() + 1);
    return { key, bucket, start: `${key}-01`, end: addDays(next.toISOString().slice(0, 10), -1) };
  }
  const sinceMonday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  const start = addDays(day, -sinceMonday);
  return { key: start, bucket, start, end: addDays(start, 6) };
}

/** Every period from the one holding `from` to the one holding `to`, empty ones included. */
export function listPeriods(from: string, to: string, bucket: KpiBucket): KpiPeriod[] {
  const periods: KpiPeriod[] = [];
  for (let period = periodOf(from, bucket); period.start <= to; period = periodOf(addDays(period.end, 1), bucket)) periods.push(period);
  return periods;
}

/** Reads a period key: a Monday (a week) or YYYY-MM (a month); undefined when it is neither. */
export function parsePeriodKey(key: string): KpiPeriod | undefined {
  if (isoMonth.test(key) && isPlantDay(`${key}-01`)) return periodOf(`${key}-01`, 'month');
  if (isPlantDay(key)) {
    const week = periodOf(key, 'week');
    return week.key === key ? week : undefined;
  }
  return undefined;
}
