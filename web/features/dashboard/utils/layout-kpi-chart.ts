export interface ChartBar {
  readonly period: string;
  readonly value: number | null;
  /** Left edge, top and height in the chart's own units; a period without a value has no height. */
  readonly x: number;
  readonly y: number;
  readonly height: number;
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
  readonly barWidth: number;
  readonly bars: readonly ChartBar[];
  /** Gridlines with their value, bottom (0) to top (the scale's maximum). */
  readonly ticks: ReadonlyArray<{ readonly value: number; readonly y: number }>;
}

const size = { width: 360, height: 150, left: 40, right: 8, top: 8, bottom: 22 };

/** A round number at or above `value` for the top of the scale: 1, 2, 2.5 or 5 × a power of ten. */
function roundUp(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 2.5, 5, 10].map((step) => step * power).find((candidate) => candidate >= value - 1e-9)!;
}

/** Places one bar per period; percentages are drawn on 0–100 (higher when a value is above 100). */
export function layoutKpiChart(points: ReadonlyArray<{ period: string; value: number | null }>, unit: 'percent' | 'turns'): ChartLayout {
  const values = points.flatMap((point) => (point.value === null ? [] : [point.value]));
  const highest = Math.max(0, ...values);
  const maximum = unit === 'percent' ? Math.max(100, roundUp(highest)) : roundUp(highest);
  const plot = { left: size.left, top: size.top, right: size.width - size.right, bottom: size.height - size.bottom };
  const slot = (plot.right - plot.left) / Math.max(1, points.length);
  const barWidth = Math.max(2, slot * 0.7);
  const toY = (value: number) => plot.bottom - (value / maximum) * (plot.bottom - plot.top);
  const bars = points.map((point, index) => {
    const x = plot.left + index * slot + (slot - barWidth) / 2;
    if (point.value === null) return { period: point.period, value: null, x, y: plot.bottom, height: 0 };
    const y = toY(Math.max(0, point.value));
    return { period: point.period, value: point.value, x, y, height: plot.bottom - y };
  });
  const ticks = [0, 0.5, 1].map((share) => ({ value: maximum * share, y: toY(maximum * share) }));
  return { width: size.width, height: size.height, plot, barWidth, bars, ticks };
}
