/** The plant's offset: Lotflow's users are in China, which keeps one time zone all year (UTC+8). */
const PLANT_OFFSET_MINUTES = 8 * 60;

/** ISO instant → the value of an `<input type="datetime-local">` in plant time; '' for none. */
export function toDateTimeLocal(iso: string | null): string {
  if (iso === null) return '';
  const shifted = new Date(Date.parse(iso) + PLANT_OFFSET_MINUTES * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** `<input type="datetime-local">` value in plant time → ISO instant; null for an empty input. */
export function fromDateTimeLocal(value: string): string | null {
  if (!value) return null;
  const date = new Date(`${value}:00+08:00`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
