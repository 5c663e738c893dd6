import PDFDocument from 'pdfkit';
import type { CertificateOfConformanceModel, DeviceHistoryRecordModel, DocumentModel, DocumentText, SignatureLine } from './document-model.js';
import { documentLabels as labels, lotStatuses, signatureMeanings } from './document-labels.js';
import type { PdfFont } from './resolve-pdf-font.js';

export interface RenderContext {
  version: number;
  /** SHA-256 of the model's canonical JSON: printed in the footer, so a printout can be matched to its stored version. */
  modelHash: string;
  generatedAt: Date;
  generatedBy: string;
  /** The plant's time zone: every time is printed in it, and says so. */
  timeZone: string;
  font: PdfFont;
  /** Uncompressed page content, for reading a document's text in a test or a diff. */
  compress?: boolean;
}

export interface RenderedDocument {
  pdf: Buffer;
  pageCount: number;
  /** False when no CJK font could be loaded: Chinese was replaced and the document says so. */
  chineseRendered: boolean;
}

const margin = { top: 56, bottom: 64, left: 48, right: 48 };
const colour = { text: '#1a1a1a', muted: '#5c5c5c', rule: '#b8b8b8', heading: '#12355b', flag: '#a11212', flagFill: '#fdecec', ok: '#1b6e35' };

/** Lays out text, fields and tables on A4 pages, breaking pages where a row would not fit. */
class PdfWriter {
  readonly width: number;
  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly chinese: boolean,
    readonly timeZone: string,
  ) {
    this.width = doc.page.width - margin.left - margin.right;
  }

  /** Helvetica has no Chinese glyphs: anything outside Latin-1 is printed as '?' rather than as garbage. */
  text(value: string | null | undefined): string {
    const shown = value ?? '—';
    return this.chinese ? shown : shown.replace(/[^\u0000-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2265\u2264]/g, '?');
  }

  both(value: DocumentText): string {
    return this.chinese && value['zh-CN'] && value['zh-CN'] !== value.en ? `${value.en}  ${value['zh-CN']}` : value.en;
  }

  time(iso: string | null): string {
    if (!iso) return '—';
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    const local = new Intl.DateTimeFormat('sv-SE', { timeZone: this.timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(date);
    return `${local} (${this.timeZone})`;
  }

  private get bottom(): number {
    return this.doc.page.height - margin.bottom;
  }

  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  title(value: DocumentText, subtitle: string): void {
    this.doc.fillColor(colour.heading).fontSize(18).text(this.both(value), margin.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.2).fillColor(colour.text).fontSize(11).text(this.text(subtitle), { width: this.width });
    this.doc.moveDown(0.6);
  }

  heading(value: DocumentText): void {
    this.ensureSpace(48);
    this.doc.moveDown(0.6);
    const y = this.doc.y;
    this.doc.fillColor(colour.heading).fontSize(12.5).text(this.both(value), margin.left, y, { width: this.width });
    this.doc.moveTo(margin.left, this.doc.y + 1).lineTo(margin.left + this.width, this.doc.y + 1).lineWidth(0.6).strokeColor(colour.rule).stroke();
    this.doc.moveDown(0.4).fillColor(colour.text).fontSize(9);
  }

  paragraph(value: string, options: { colour?: string; size?: number } = {}): void {
    const shown = this.text(value);
    this.doc.fontSize(options.size ?? 9);
    this.ensureSpace(this.doc.heightOfString(shown, { width: this.width }) + 4);
    this.doc.fillColor(options.colour ?? colour.text).text(shown, margin.left, this.doc.y, { width: this.width });
    this.doc.fillColor(colour.text);
  }

  none(): void {
    this.paragraph(this.both(labels.none), { colour: colour.muted });
  }

  /** Label / value pairs in two columns. */
  fields(pairs: Array<[DocumentText, string | null]>): void {
    const labelWidth = 190;
    this.doc.fontSize(9);
    for (const [label, value] of pairs) {
      const shownLabel = this.both(label);
      const shownValue = this.text(value);
      const height = Math.max(this.doc.heightOfString(shownLabel, { width: labelWidth - 8 }), this.doc.heightOfString(shownValue, { width: this.width - labelWidth }));
      this.ensureSpace(height + 3);
      const y = this.doc.y;
      this.doc.fillColor(colour.muted).text(shownLabel, margin.left, y, { width: labelWidth - 8 });
      this.doc.fillColor(colour.text).text(shownValue, margin.left + labelWidth, y, { width: this.width - labelWidth });
      this.doc.y = y + height + 3;
    }
    this.doc.x = margin.left;
  }

  /** A table; columns are fractions of the width; the header repeats on a new page. */
  table(columns: Array<{ label: DocumentText; share: number }>, rows: string[][], options: { size?: number } = {}): void {
    const size = options.size ?? 8;
    const total = columns.reduce((sum, column) => sum + column.share, 0);
    const widths = columns.map((column) => (column.share / total) * this.width);
    const padding = 3;
    const drawRow = (cells: string[], header: boolean) => {
      this.doc.fontSize(size);
      const height = Math.max(...cells.map((cell, index) => this.doc.heightOfString(cell, { width: widths[index]! - 2 * padding }))) + 2 * padding;
      if (this.doc.y + height > this.bottom) {
        this.doc.addPage();
        if (!header) drawRow(columns.map((column) => this.both(column.label)), true);
      }
      const y = this.doc.y;
      if (header) this.doc.rect(margin.left, y, this.width, height).fillColor('#eef2f7').fill();
      let x = margin.left;
      cells.forEach((cell, index) => {
        this.doc.fillColor(header ? colour.heading : colour.text).text(cell, x + padding, y + padding, { width: widths[index]! - 2 * padding });
        x += widths[index]!;
      });
      this.doc.moveTo(margin.left, y + height).lineTo(margin.left + this.width, y + height).lineWidth(0.4).strokeColor(colour.rule).stroke();
      this.doc.y = y + height;
    };
    drawRow(columns.map((column) => this.both(column.label)), true);
    for (const row of rows) drawRow(row.map((cell) => this.text(cell)), false);
    this.doc.x = margin.left;
    this.doc.moveDown(0.3);
  }

  /** Points a reader must not miss, in a red box at the top. */
  flags(messages: string[]): void {
    if (messages.length === 0) return;
    this.doc.fontSize(9);
    const body = messages.map((message) => `• ${this.text(message)}`).join('\n');
    const heading = this.both(labels.flags);
    const height = this.doc.heightOfString(heading, { width: this.width - 16 }) + this.doc.heightOfString(body, { width: this.width - 16 }) + 16;
    this.ensureSpace(height);
    const y = this.doc.y;
    this.doc.rect(margin.left, y, this.width, height).fillColor(colour.flagFill).fill();
    this.doc.rect(margin.left, y, this.width, height).lineWidth(1.2).strokeColor(colour.flag).stroke();
    this.doc.fillColor(colour.flag).text(heading, margin.left + 8, y + 6, { width: this.width - 16 });
    this.doc.text(body, margin.left + 8, this.doc.y + 2, { width: this.width - 16 });
    this.doc.fillColor(colour.text);
    this.doc.y = y + height + 6;
    this.doc.x = margin.left;
  }

  meaning(meaning: string): string {
    const known = signatureMeanings[meaning];
    return known ? this.both(known) : meaning;
  }

  status(status: string | null): string {
    const known = status ? lotStatuses[status] : undefined;
    return known ? this.both(known) : (status ?? '—');
  }

  signatures(lines: readonly SignatureLine[]): void {
    if (lines.length === 0) return this.none();
    this.table(
      [
        { label: { en: 'Printed name', 'zh-CN': '签名人' }, share: 2 },
        { label: { en: 'Signed at', 'zh-CN': '签名时间' }, share: 2.6 },
        { label: { en: 'Meaning', 'zh-CN': '签名含义' }, share: 2.2 },
        { label: { en: 'Record signed', 'zh-CN': '所签记录' }, share: 2.8 },
        { label: { en: 'State', 'zh-CN': '状态' }, share: 1.2 },
      ],
      lines.map((line) => [`${line.printedName} (${line.username})`, this.time(line.signedAt), this.meaning(line.meaning), `${line.record.type} ${line.record.code} rev. ${line.record.revision}`, line.state]),
    );
  }
}

const quantity = (value: number | null, unit?: string | null): string => (value === null ? '—' : `${value.toLocaleString('en-US', { maximumFractionDigits: 3 })}${unit ? ` ${unit}` : ''}`);
const materialName = (material: { code: string; name: string | null; nameZh: string | null }): string => [material.code, material.name, material.nameZh].filter(Boolean).join(' · ');

function writeDeviceHistoryRecord(writer: PdfWriter, model: DeviceHistoryRecordModel): void {
  const { lot, reconciliation: quantities } = model;
  const unit = lot.material.unit;
  writer.title(labels.title['device-history-record'], `${lot.code} · ${materialName(lot.material)}`);
  writer.flags(model.flags.map((flag) => flag.message));

  writer.heading(labels.lot);
  writer.fields([
    [labels.lot, lot.code],
    [labels.material, materialName(lot.material)],
    [labels.status, writer.status(lot.status)],
    [labels.workOrder, lot.workOrder],
    [labels.receipt, lot.receipt],
    [labels.supplier, lot.supplier ? `${lot.supplier} / ${lot.supplierLot ?? '—'}` : null],
  ]);

  writer.heading(labels.dates);
  writer.fields([
    [labels.manufacturedOn, model.dates.manufacturedOn],
    [labels.expiresOn, model.dates.expiresOn],
    [labels.firstMovement, writer.time(model.dates.firstMovementAt)],
    [labels.lastMovement, writer.time(model.dates.lastMovementAt)],
  ]);

  writer.heading(labels.quantities);
  writer.paragraph(quantities.equation, { colour: '#5c5c5c' });
  writer.fields([
    [labels.made, quantity(quantities.made, unit)],
    [labels.shipped, quantity(quantities.released.shipped, unit)],
    [labels.issued, quantity(quantities.released.issued, unit)],
    [labels.releasedOnHand, quantity(quantities.released.onHand, unit)],
    [labels.scrapped, quantity(quantities.scrapped, unit)],
    [labels.returned, quantity(quantities.returnedToSupplier, unit)],
    [labels.held, quantity(quantities.held, unit)],
    [labels.quarantine, quantity(quantities.quarantine, unit)],
    [labels.rejected, quantity(quantities.rejected, unit)],
    [labels.accountedFor, quantity(quantities.accountedFor, unit)],
    [labels.difference, quantity(quantities.difference, unit)],
  ]);
  if (quantities.balanced) writer.paragraph(writer.both(labels.balanced), { colour: colour.ok });
  else writer.paragraph(`${writer.both(labels.unbalanced)}: ${quantity(quantities.made, unit)} ≠ ${quantity(quantities.accountedFor, unit)}`, { colour: colour.flag, size: 11 });

  writer.heading(labels.movements);
  if (model.movements.length === 0) writer.none();
  else
    writer.table(
      [
        { label: { en: 'Posted at', 'zh-CN': '过账时间' }, share: 2.6 },
        { label: { en: 'Movement', 'zh-CN': '移动类型' }, share: 1.6 },
        { label: { en: 'Location', 'zh-CN': '库位' }, share: 1.4 },
        { label: { en: 'Quantity', 'zh-CN': '数量' }, share: 1.2 },
        { label: { en: 'Document', 'zh-CN': '单据' }, share: 2 },
        { label: { en: 'By', 'zh-CN': '操作人' }, share: 1.2 },
      ],
      model.movements.map((row) => [writer.time(row.postedAt), row.type, row.location, quantity(row.quantity), row.document ?? '—', row.postedBy]),
    );

  writer.heading(labels.inspections);
  if (model.inspections.length === 0) writer.none();
  for (const inspection of model.inspections) {
    writer.fields([
      [{ en: 'Inspection lot', 'zh-CN': '检验批' }, `${inspection.code} · ${inspection.inspectionPlan ?? '—'} · ${inspection.status ?? '—'}`],
      [labels.inspector, `${inspection.inspector ?? '—'} · ${writer.time(inspection.inspectedAt)}`],
    ]);
    if (inspection.results.length > 0)
      writer.table(
        [
          { label: { en: 'Characteristic', 'zh-CN': '检验项目' }, share: 2.6 },
          { label: { en: 'Limits', 'zh-CN': '规格' }, share: 1.8 },
          { label: { en: 'Readings', 'zh-CN': '测量值' }, share: 2.2 },
          { label: { en: 'Defects', 'zh-CN': '不合格数' }, share: 0.9 },
          { label: { en: 'Result', 'zh-CN': '判定' }, share: 0.9 },
          { label: labels.equipment, share: 2.4 },
        ],
        inspection.results.map((result) => [
          `${result.characteristic ?? result.inspectionPoint} (${result.inspectionPoint})${result.note ? `\n${result.note}` : ''}`,
          result.limits ?? '—',
          result.readings.length > 0 ? result.readings.join(', ') : '—',
          result.defectsFound === null ? '—' : String(result.defectsFound),
          result.result,
          result.equipment ? `${result.equipment.code} ${result.equipment.name ?? ''}${result.equipment.calibrationDueOn ? `\ncal. due ${result.equipment.calibrationDueOn}` : ''}` : '—',
        ]),
      );
  }

  writer.heading(labels.decisions);
  if (model.decisions.length === 0) writer.none();
  else writer.table([{ label: { en: 'Decision', 'zh-CN': '判定编号' }, share: 2 }, { label: { en: 'Disposition', 'zh-CN': '处置' }, share: 1.4 }, { label: { en: 'Justification', 'zh-CN': '判定理由' }, share: 6 }], model.decisions.map((decision) => [decision.code, decision.disposition ?? '—', decision.justification ?? '—']));

  writer.heading(labels.nonconformances);
  if (model.nonconformances.length === 0) writer.none();
  else
    writer.table(
      [
        { label: { en: 'Report', 'zh-CN': '报告编号' }, share: 1.8 },
        { label: { en: 'Source / severity', 'zh-CN': '来源 / 严重度' }, share: 1.8 },
        { label: { en: 'Description', 'zh-CN': '描述' }, share: 3.4 },
        { label: { en: 'Disposition', 'zh-CN': '处置' }, share: 2.6 },
        { label: { en: 'Status', 'zh-CN': '状态' }, share: 1.2 },
      ],
      model.nonconformances.map((report) => [
        `${report.code}\n${report.reportedBy ?? ''} ${report.reportedAt ? writer.time(report.reportedAt) : ''}`.trim(),
        `${report.source ?? '—'} / ${report.severity ?? '—'}`,
        `${report.description ?? '—'}${report.quantityAffected !== null ? ` (${quantity(report.quantityAffected, unit)})` : ''}`,
        `${report.disposition ?? '—'}${report.justification ? `: ${report.justification}` : ''}${report.capaNumber ? `\nCAPA ${report.capaNumber}` : ''}`,
        report.status ?? '—',
      ]),
    );

  writer.heading(labels.reworks);
  if (model.reworks.length === 0) writer.none();
  else
    writer.table(
      [
        { label: { en: 'Rework', 'zh-CN': '返工编号' }, share: 1.8 },
        { label: { en: 'Under', 'zh-CN': '依据' }, share: 1.8 },
        { label: { en: 'Units reworked / scrapped', 'zh-CN': '返工 / 报废数量' }, share: 1.6 },
        { label: { en: 'What was done', 'zh-CN': '返工内容' }, share: 4.6 },
      ],
      model.reworks.map((rework) => [
        `${rework.code}${rework.reworkedBy ? `\n${rework.reworkedBy}` : ''}`,
        rework.nonconformanceReport ?? '—',
        `${rework.quantityReworked === null ? '—' : quantity(rework.quantityReworked, unit)} / ${rework.quantityScrapped === null ? '—' : quantity(rework.quantityScrapped, unit)}`,
        rework.description ?? '—',
      ]),
    );

  writer.heading(labels.sterilization);
  if (model.sterilizationLoads.length === 0) writer.none();
  for (const load of model.sterilizationLoads) {
    writer.fields([
      [{ en: 'Load', 'zh-CN': '灭菌批' }, `${load.code} · ${load.status ?? '—'}`],
      [{ en: 'Contractor / cycle', 'zh-CN': '灭菌服务商 / 程序' }, `${load.contractor ?? '—'} ${load.contractorLoadNumber ? `(${load.contractorLoadNumber})` : ''} / ${load.cycle ?? '—'}`],
      [{ en: 'Exposure started', 'zh-CN': '灭菌开始时间' }, writer.time(load.exposureStartedAt)],
      [{ en: 'Parameters', 'zh-CN': '灭菌参数' }, load.parameters.map((parameter) => `${parameter.name} ${quantity(parameter.value, parameter.unit)}`).join('; ')],
      [{ en: 'Biological indicator', 'zh-CN': '生物指示剂' }, `${load.biologicalIndicatorLot ?? '—'}: ${load.biologicalIndicatorResult ?? '—'}`],
      [{ en: 'Lots in the load', 'zh-CN': '灭菌批内产品批次' }, load.lots.join(', ')],
    ]);
  }

  writer.heading(labels.labels);
  if (model.labels.length === 0) writer.none();
  else
    writer.table(
      [
        { label: { en: 'Packaging level', 'zh-CN': '包装层级' }, share: 1.4 },
        { label: { en: 'GTIN', 'zh-CN': 'GTIN' }, share: 1.8 },
        { label: { en: 'Units', 'zh-CN': '数量' }, share: 0.8 },
        { label: { en: 'UDI (human-readable)', 'zh-CN': 'UDI（人工可读）' }, share: 5 },
      ],
      model.labels.map((label) => [label.packagingLevel, label.gtin, quantity(label.quantity), label.udi ?? `— ${label.problem ?? ''}`]),
    );
  if (model.shippedUdis.length > 0) {
    writer.paragraph(writer.both(labels.shippedUdis), { colour: colour.muted });
    writer.table(
      [{ label: labels.shipment, share: 2 }, { label: { en: 'Quantity', 'zh-CN': '数量' }, share: 1 }, { label: { en: 'UDI', 'zh-CN': 'UDI' }, share: 5 }],
      model.shippedUdis.map((row) => [row.shipment, quantity(row.quantity, unit), row.udi]),
    );
  }

  writer.heading(labels.signatures);
  writer.signatures(model.signatures);
}

function writeCertificateOfConformance(writer: PdfWriter, model: CertificateOfConformanceModel): void {
  writer.title(labels.title['certificate-of-conformance'], `${model.shipment.code} · ${[model.customer.name, model.customer.nameZh].filter(Boolean).join(' · ') || model.customer.code}`);
  writer.flags(model.flags.map((flag) => flag.message));

  writer.heading(labels.shipment);
  writer.fields([
    [{ en: 'Number / status', 'zh-CN': '单号 / 状态' }, `${model.shipment.code} · ${model.shipment.status ?? '—'}`],
    [{ en: 'Planned / shipped on', 'zh-CN': '计划 / 实际发运日期' }, `${model.shipment.plannedOn ?? '—'} / ${model.shipment.shippedOn ?? '—'}`],
    [{ en: 'Carrier / tracking', 'zh-CN': '承运商 / 运单号' }, `${model.shipment.carrier ?? '—'} / ${model.shipment.trackingNumber ?? '—'}`],
  ]);
  writer.heading(labels.customer);
  writer.fields([
    [{ en: 'Customer', 'zh-CN': '客户' }, [model.customer.code, model.customer.name, model.customer.nameZh].filter(Boolean).join(' · ')],
    [{ en: 'Country', 'zh-CN': '国家' }, model.customer.country],
    [{ en: 'Shipping address', 'zh-CN': '收货地址' }, model.customer.address],
  ]);

  writer.heading(labels.lines);
  writer.table(
    [
      { label: { en: 'Line', 'zh-CN': '行' }, share: 0.6 },
      { label: labels.material, share: 3 },
      { label: labels.lot, share: 2 },
      { label: { en: 'Quantity', 'zh-CN': '数量' }, share: 1.1 },
      { label: labels.expiresOn, share: 1.5 },
      { label: { en: 'UDI', 'zh-CN': 'UDI' }, share: 3.4 },
    ],
    model.lines.map((line) => [String(line.line), materialName(line.material), `${line.lot}\n${writer.status(line.lotStatus)}`, quantity(line.quantity, line.material.unit), line.expiresOn ?? '—', line.udi ?? '—']),
  );

  writer.heading(labels.releaseSignatures);
  const signatures = model.lines.flatMap((line) => line.releaseSignatures);
  writer.signatures(signatures.filter((signature, index) => signatures.findIndex((other) => other.signedAt === signature.signedAt && other.record.code === signature.record.code) === index));

  writer.heading(labels.statement);
  if (model.statement) {
    writer.paragraph(model.statement.en, { size: 10 });
    if (writer.chinese) writer.paragraph(model.statement['zh-CN'], { size: 10 });
  } else writer.paragraph(writer.both(labels.noStatement), { colour: colour.flag, size: 10 });
}

/** The footer of every page: page number, the document's identity and the hash of its content. */
function writeFooters(doc: PDFKit.PDFDocument, writer: PdfWriter, model: DocumentModel, context: RenderContext): number {
  const range = doc.bufferedPageRange();
  for (let index = 0; index < range.count; index += 1) {
    doc.switchToPage(range.start + index);
    const bottomMargin = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - margin.bottom + 18;
    const width = doc.page.width - margin.left - margin.right;
    doc.moveTo(margin.left, y - 6).lineTo(margin.left + width, y - 6).lineWidth(0.4).strokeColor(colour.rule).stroke();
    doc.fontSize(7).fillColor(colour.muted);
    const identity = `${model.kind} ${model.subject.code} · ${writer.both(labels.version)} ${context.version} · ${writer.both(labels.generated)} ${writer.time(context.generatedAt.toISOString())} ${context.generatedBy}`;
    doc.text(writer.text(identity), margin.left, y, { width: width - 160, height: 10, ellipsis: true, lineBreak: false });
    const page = writer.chinese ? `Page ${index + 1} of ${range.count} · 第 ${index + 1} 页，共 ${range.count} 页` : `Page ${index + 1} of ${range.count}`;
    doc.text(page, margin.left + width - 150, y, { width: 150, align: 'right', lineBreak: false });
    doc.text(`${writer.both(labels.contentHash)}: ${context.modelHash}`, margin.left, y + 11, { width, lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
  return range.count;
}

/** Loads the font; a file pdfkit cannot read falls back to Helvetica, so a document is still produced. */
function useFont(doc: PDFKit.PDFDocument, font: PdfFont): { chinese: boolean; problem?: string } {
  if (font.kind === 'builtin') {
    doc.font('Helvetica');
    return { chinese: false };
  }
  try {
    doc.registerFont('document', font.path, font.family ?? '');
    doc.font('document');
    return { chinese: true };
  } catch (error) {
    doc.font('Helvetica');
    return { chinese: false, problem: `The font ${font.path}${font.family ? `#${font.family}` : ''} could not be loaded (${(error as Error).message}).` };
  }
}

/**
 * A4 PDF of a document model: bilingual headings, page numbers, and the model's hash in every
 * footer. Without a CJK font the document is still produced in Helvetica and says on its first
 * page that Chinese could not be rendered.
 */
export async function renderDocumentPdf(model: DocumentModel, context: RenderContext): Promise<RenderedDocument & { fontProblem?: string }> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: margin,
    bufferPages: true,
    compress: context.compress ?? true,
    info: {
      Title: `${labels.title[model.kind].en} ${model.subject.code} v${context.version}`,
      Author: context.generatedBy,
      Creator: 'Lotflow',
      CreationDate: context.generatedAt,
      Subject: context.modelHash,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const loaded = useFont(doc, context.font);
  const writer = new PdfWriter(doc, loaded.chinese, context.timeZone);
  if (!loaded.chinese) writer.paragraph(labels.noFont.en, { colour: colour.flag, size: 10 });
  if (model.kind === 'device-history-record') writeDeviceHistoryRecord(writer, model);
  else writeCertificateOfConformance(writer, model);
  const pageCount = writeFooters(doc, writer, model, context);
  doc.end();
  await ended;
  return { pdf: Buffer.concat(chunks), pageCount, chineseRendered: loaded.chinese, ...(loaded.problem ? { fontProblem: loaded.problem } : {}) };
}
