import type { Translate } from '../../../shared/i18n/create-translator';
import type { RecallDrill } from '../api/trace.shape';
import { toCsv } from './to-csv';

/** The recall drill as one CSV row per shipment line: consignee, shipment, lot, quantity and UDI. */
export function recallCsv(drill: RecallDrill, t: Translate): string {
  return toCsv(
    [
      t('trace.recall.csv.consignee'),
      t('trace.recall.csv.consigneeName'),
      t('trace.recall.csv.consigneeNameZh'),
      t('trace.recall.column.country'),
      t('trace.recall.column.address'),
      t('trace.recall.column.shipment'),
      t('trace.recall.column.shippedOn'),
      t('trace.recall.csv.carrier'),
      t('trace.recall.csv.trackingNumber'),
      t('trace.recall.column.lot'),
      t('trace.recall.column.material'),
      t('trace.recall.column.quantity'),
      t('trace.recall.column.expiresOn'),
      t('trace.recall.column.udi'),
    ],
    drill.lines.map((line) => [
      line.consignee,
      line.consigneeName,
      line.consigneeNameZh,
      line.country,
      line.shippingAddress,
      line.shipment,
      line.shippedOn,
      line.carrier,
      line.trackingNumber,
      line.lot,
      line.material,
      line.quantity,
      line.expiresOn,
      line.udi,
    ]),
  );
}
