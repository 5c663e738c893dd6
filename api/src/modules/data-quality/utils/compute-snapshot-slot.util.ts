/** The plant's offset from UTC at an instant, in milliseconds. */
function offsetMs(timeZone: string, at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * 60_000 : 0;
}

/**
 * The scheduled-snapshot period an instant falls in. Periods are counted in the plant's wall-clock
 * time from midnight, so every 24 hours means each plant day and every 8 hours a shift; the key
 * names the period's start as the plant's clock shows it, the same on every api replica.
 */
export function computeSnapshotSlot(at: Date, periodMs: number, timeZone: string): { key: string; endsAt: Date } {
  const offset = offsetMs(timeZone, at);
  const start = Math.floor((at.getTime() + offset) / periodMs) * periodMs;
  return { key: `scheduled:${new Date(start).toISOString().slice(0, 23)}`, endsAt: new Date(start + periodMs - offset) };
}
