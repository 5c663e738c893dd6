import { describe, expect, it } from 'vitest';
import { layoutKpiChart } from '../layout-kpi-chart';

describe('layoutKpiChart', () => {
  it('draws percentages on 0–100, a bar per period, and no bar for a period without a value', () => {
    const layout = layoutKpiChart(
      [
        { period: '2026-03-02', value: 50 },
        { period: '2026-03-09', value: null },
        { period: '2026-03-16', value: 100 },
        { period: '2026-03-23', value: 0 },
      ],
      'percent',
    );

    expect(layout.bars).toHaveLength(4);
    const [half, empty, full, zero] = layout.bars;
    const plotHeight = layout.plot.bottom - layout.plot.top;
    expect(half!.height).toBeCloseTo(plotHeight / 2, 6);
    expect(full!.y).toBeCloseTo(layout.plot.top, 6);
    expect(empty).toMatchObject({ value: null, height: 0 });
    expect(zero).toMatchObject({ value: 0, height: 0 });
    // bars do not overlap and stay inside the plot
    expect(layout.bars.every((bar, index) => index === 0 || bar.x >= layout.bars[index - 1]!.x + layout.barWidth)).toBe(true);
    expect(layout.bars.at(-1)!.x + layout.barWidth).toBeLessThanOrEqual(layout.plot.right);
    expect(layout.ticks.map((tick) => tick.value)).toEqual([0, 50, 100]);
  });

  it('scales turns to a round maximum above the highest value', () => {
    const layout = layoutKpiChart([{ period: '2026-03', value: 0.46 }, { period: '2026-04', value: 0.2 }], 'turns');
    expect(layout.ticks.at(-1)!.value).toBe(0.5);
    expect(layout.bars[0]!.y).toBeGreaterThan(layout.plot.top);
  });

  it('draws plan attainment above 100 % on a taller scale', () => {
    expect(layoutKpiChart([{ period: '2026-03', value: 130 }], 'percent').ticks.at(-1)!.value).toBe(200);
  });
});
