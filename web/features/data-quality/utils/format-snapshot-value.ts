import type { Translate } from '../../../shared/i18n/create-translator';

/** A value of a snapshot row as text: words and numbers as they are, lists and objects as compact JSON. */
export function formatSnapshotValue(value: unknown, t: Translate): string {
  if (value === undefined || value === null) return t('dataQuality.diff.absent');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
