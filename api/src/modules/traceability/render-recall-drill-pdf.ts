import type { Locale } from '@lotflow/dictionary';
import { formatQuantity, writePdf, type PdfWriter, type RenderedPdf } from '../documents/pdf-writer.js';
import type { PdfFont } from '../documents/resolve-pdf-font.js';
import type { RecallDrill } from './build-recall-drill.js';
import { recallDrillLabels as labels, traceNodeTypes } from './recall-drill-labels.js';

export interface RecallDrillPrint {
  drill: RecallDrill;
  /** SHA-256 of the drill's canonical JSON, printed in every footer and kept in the audit trail. */
  contentHash: string;
  runAt: Date;
  runBy: { username: string; displayName: string };
  timeZone: string;
  font: PdfFont;
  language: Locale;
  /** Uncompressed page content, for reading the report's text in a test. */
  compress?: boolean;
}

const total = (values: ReadonlyArray<number | null>) => Math.round(values.reduce<number>((sum, value) => sum + (value ?? 0), 0) * 1000) / 1000;
const counted = (codes: readonly string[]) => (codes.length === 0 ? '0' : `${codes.length}: ${codes.join(', ')}`);

function writeRecallDrill(writer: PdfWriter, print: RecallDrillPrint): void {
  const { drill } = print;
  const startType = traceNodeTypes[drill.start.type];
  writer.title(labels.title, `${startType ? writer.label(startType) : drill.start.type} ${drill.start.code}`);

  writer.heading(labels.start);
  writer.fields([
    [labels.startType, startType ? writer.label(startType) : drill.start.type],
    [labels.startCode, drill.start.code],
    [labels.runAt, writer.time(print.runAt.toISOString())],
    [labels.runBy, `${print.runBy.displayName} (${print.runBy.username})`],
    [labels.scope, writer.label(labels.scopeForward)],
  ]);

  writer.heading(labels.totals);
  writer.fields([
    [labels.receivedLots, counted(drill.receivedLots)],
    [labels.workOrders, counted(drill.workOrders)],
    [labels.affectedLots, String(drill.affectedLots.length)],
    [labels.quantityMade, formatQuantity(total(drill.affectedLots.map((lot) => lot.quantity)))],
    [labels.quantityShipped, formatQuantity(total(drill.lines.map((line) => line.quantity)))],
    [labels.shipments, String(new Set(drill.lines.map((line) => line.shipment)).size)],
    [labels.shipmentLines, String(drill.lines.length)],
    [labels.consignees, String(drill.consignees.length)],
  ]);

  writer.heading(labels.affectedLots);
  if (drill.affectedLots.length === 0) writer.none();
  else
    writer.table(
      [
        { label: labels.lot, share: 1.7 },
        { label: labels.material, share: 1.2 },
        { label: labels.status, share: 0.9 },
        { label: labels.quantity, share: 0.9 },
        { label: labels.shipped, share: 0.9 },
        { label: labels.manufacturedOn, share: 1.1 },
        { label: labels.expiresOn, share: 1.1 },
        { label: labels.workOrder, share: 1.5 },
      ],
      drill.affectedLots.map((lot) => [lot.lot, lot.material, writer.status(lot.status || null), formatQuantity(lot.quantity), formatQuantity(lot.shipped), lot.manufacturedOn || '—', lot.expiresOn || '—', lot.workOrder]),
    );

  writer.heading(labels.consignees);
  if (drill.consignees.length === 0) writer.none();
  else
    writer.table(
      [
        { label: labels.consignee, share: 2.8 },
        { label: labels.country, share: 1 },
        { label: labels.address, share: 2.4 },
        { label: labels.shipments, share: 1.6 },
        { label: labels.lot, share: 1.8 },
        { label: labels.quantity, share: 1 },
      ],
      drill.consignees.map((consignee) => [
        `${consignee.code}\n${writer.either(consignee.name, consignee.nameZh)}`,
        consignee.country || '—',
        consignee.shippingAddress || '—',
        consignee.shipments.join(', '),
        consignee.lots.join(', '),
        formatQuantity(consignee.quantity),
      ]),
    );

  writer.heading(labels.shipmentLines);
  if (drill.lines.length === 0) writer.none();
  else
    writer.table(
      [
        { label: labels.consignee, share: 1.9 },
        { label: labels.address, share: 1.7 },
        { label: labels.shipmentShippedOn, share: 1.5 },
        { label: labels.lotMaterial, share: 1.7 },
        { label: labels.quantity, share: 0.9 },
        { label: labels.udi, share: 2.9 },
      ],
      drill.lines.map((line) => [
        `${line.consignee}\n${writer.preferred(line.consigneeName, line.consigneeNameZh)}`,
        line.shippingAddress || '—',
        `${line.shipment}\n${line.shippedOn || '—'}`,
        `${line.lot}\n${line.material}`,
        formatQuantity(line.quantity),
        line.udi || '—',
      ]),
    );
}

/** The recall drill as an A4 report in the reader's language, with who ran it, when, and the drill's hash in every footer. */
export function renderRecallDrillPdf(print: RecallDrillPrint): Promise<RenderedPdf> {
  const { drill } = print;
  return writePdf(
    {
      info: { title: `${labels.title.en} ${drill.start.type} ${drill.start.code}`, author: print.runBy.username, createdAt: print.runAt },
      contentHash: print.contentHash,
      identity: (writer) => `${writer.label(labels.title)} ${drill.start.type} ${drill.start.code} · ${writer.label(labels.runAt)} ${writer.time(print.runAt.toISOString())} ${print.runBy.username}`,
      font: print.font,
      timeZone: print.timeZone,
      language: print.language,
      ...(print.compress === undefined ? {} : { compress: print.compress }),
    },
    (writer) => writeRecallDrill(writer, print),
  );
}
