const weeksShown = 18;
const monthsShown = 6;

/** The plant days the dashboard shows: the last 18 weeks or the last 6 months, up to today in the plant. */
export function planDashboardRange(bucket: 'week' | 'month', timeZone: string, now = new Date()): { from: string; to: string } {
  const to = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const start = new Date(`${to}T00:00:00Z`);
  if (bucket === 'month') {
    start.setUTCDate(1);
    start.setUTCMonth(start.getUTCMonth() - (monthsShown - 1));
  } else {
    start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7) - (weeksShown - 1) * 7);
  }
  return { from: start.toISOString().slice(0, 10), to };
}
