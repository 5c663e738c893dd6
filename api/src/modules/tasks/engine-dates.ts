/** ISO 8601 → Camunda's REST date format (`2026-11-24T08:30:00.000+0000`), always in UTC. */
export function toEngineDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`'${iso}' is not a date-time`);
  return date.toISOString().replace('Z', '+0000');
}

/** Camunda's REST date (offset without a colon) → ISO 8601 in UTC; `null` stays `null`. */
export function fromEngineDate(value: string | null): string | null {
  if (value === null) return null;
  const normalised = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const date = new Date(normalised);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}
