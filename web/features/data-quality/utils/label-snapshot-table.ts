import { isMessageKey, type Translate } from '../../../shared/i18n/create-translator';

/** A snapshot table's name for people: "Suppliers", "Lot statuses", or "Records: equipment" for a type without its own words. */
export function labelSnapshotTable(table: string, t: Translate): string {
  const key = `dataQuality.table.${table}`;
  if (isMessageKey(key)) return t(key);
  return table.startsWith('record:') ? t('dataQuality.table.record', { type: table.slice('record:'.length) }) : table;
}
