import { describe, expect, it } from 'vitest';
import { formatKpiNumber } from '../format-kpi-number';
import { formatPeriod, formatPeriodShort } from '../format-period';

describe('KPI numbers and periods per language', () => {
  it('writes percentages, turns and units as each language does', () => {
    expect(formatKpiNumber(83, 'percent', 'en')).toBe('83.0%');
    expect(formatKpiNumber(99.66, 'percent', 'zh-CN')).toBe('99.7%');
    expect(formatKpiNumber(12345.5, 'units', 'en')).toBe('12,345.5');
    expect(formatKpiNumber(1.3333, 'turns', 'zh-CN')).toBe('1.33');
  });

  it('names a week by its Monday and a month by its name, on the plant day whatever the server zone', () => {
    expect(formatPeriod({ key: '2026-03-09', bucket: 'week', start: '2026-03-09' }, 'en')).toBe('Mar 9, 2026');
    expect(formatPeriod({ key: '2026-03-09', bucket: 'week', start: '2026-03-09' }, 'zh-CN')).toBe('2026年3月9日');
    expect(formatPeriod({ key: '2026-03', bucket: 'month', start: '2026-03-01' }, 'zh-CN')).toBe('2026年3月');
    expect(formatPeriodShort({ key: '2026-03-09', bucket: 'week', start: '2026-03-09' }, 'en')).toBe('3/9');
  });
});
