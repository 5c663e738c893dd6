import { describe, expect, it } from 'vitest';
import { planDashboardRange } from '../plan-dashboard-range';

describe('planDashboardRange', () => {
  it('ends today in the plant, which may already be tomorrow in UTC', () => {
    // 20:30 UTC on Sunday 22 November is Monday 23 November in Shanghai
    const now = new Date('2026-11-22T20:30:00Z');
    expect(planDashboardRange('week', 'Asia/Shanghai', now)).toEqual({ from: '2026-07-27', to: '2026-11-23' });
    expect(planDashboardRange('week', 'UTC', now).to).toBe('2026-11-22');
  });

  it('starts on a Monday 17 weeks before this week, or on the first of the month 5 months back', () => {
    const now = new Date('2026-11-24T09:00:00Z');
    const weeks = planDashboardRange('week', 'Asia/Shanghai', now);
    expect(new Date(`${weeks.from}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(planDashboardRange('month', 'Asia/Shanghai', now)).toEqual({ from: '2026-06-01', to: '2026-11-24' });
  });
});
