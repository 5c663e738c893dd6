import { fromPlantWallTime, toPlantWallTime } from '../../../shared/format/format-date-time';

/** ISO instant → the value of an `<input type="datetime-local">` in plant time; '' for none. */
export function toDateTimeLocal(iso: string | null): string {
  return iso === null ? '' : toPlantWallTime(new Date(iso));
}

/** `<input type="datetime-local">` value in plant time → ISO instant; null for an empty input. */
export function fromDateTimeLocal(value: string): string | null {
  if (!value) return null;
  const date = fromPlantWallTime(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
