/** Today's date (YYYY-MM-DD) in the plant's time zone: expiry is judged by the plant's calendar. */
export function todayInTimeZone(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
