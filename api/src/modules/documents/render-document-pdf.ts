import type { CertificateOfConformanceModel, DeviceHistoryRecordModel, DocumentModel } from './document-model.js';
import { documentLabels as labels } from './document-labels.js';
import { colour, formatQuantity, writePdf, type PdfWriter, type RenderedPdf } from './pdf-writer.js';
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

export type RenderedDocument = RenderedPdf;

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
    [labels.made, formatQuantity(quantities.made, unit)],
    [labels.shipped, formatQuantity(quantities.released.shipped, unit)],
    [labels.issued, formatQuantity(quantities.released.issued, unit)],
    [labels.releasedOnHand, formatQuantity(quantities.released.onHand, unit)],
    [labels.scrapped, formatQuantity(quantities.scrapped, unit)],
    [labels.returned, formatQuantity(quantities.returnedToSupplier, unit)],
    [labels.held, formatQuantity(quantities.held, unit)],
    [labels.quarantine, formatQuantity(quantities.quarantine, unit)],
    [labels.rejected, formatQuantity(quantities.rejected, unit)],
    [labels.accountedFor, formatQuantity(quantities.accountedFor, unit)],
    [labels.difference, formatQuantity(quantities.difference, unit)],
  ]);
  if (quantities.balanced) writer.paragraph(writer.label(labels.balanced), { colour: colour.ok });
  else writer.paragraph(`${writer.label(labels.unbalanced)}: ${formatQuantity(quantities.made, unit)} ≠ ${formatQuantity(quantities.accountedFor, unit)}`, { colour: colour.flag, size: 11 });

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
      model.movements.map((row) => [writer.time(row.postedAt), row.type, row.location, formatQuantity(row.quantity), row.document ?? '—', row.postedBy]),
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
        `${report.description ?? '—'}${report.quantityAffected !== null ? ` (${formatQuantity(report.quantityAffected, unit)})` : ''}`,
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
        `${rework.quantityReworked === null ? '—' : formatQuantity(rework.quantityReworked, unit)} / ${rework.quantityScrapped === null ? '—' : formatQuantity(rework.quantityScrapped, unit)}`,
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
      [{ en: 'Parameters', 'zh-CN': '灭菌参数' }, load.parameters.map((parameter) => `${parameter.name} ${formatQuantity(parameter.value, parameter.unit)}`).join('; ')],
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
      model.labels.map((label) => [label.packagingLevel, label.gtin, formatQuantity(label.quantity), label.udi ?? `— ${label.problem ?? ''}`]),
    );
  if (model.shippedUdis.length > 0) {
    writer.paragraph(writer.label(labels.shippedUdis), { colour: colour.muted });
    writer.table(
      [{ label: labels.shipment, share: 2 }, { label: { en: 'Quantity', 'zh-CN': '数量' }, share: 1 }, { label: { en: 'UDI', 'zh-CN': 'UDI' }, share: 5 }],
      model.shippedUdis.map((row) => [row.shipment, formatQuantity(row.quantity, unit), row.udi]),
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
    model.lines.map((line) => [String(line.line), materialName(line.material), `${line.lot}\n${writer.status(line.lotStatus)}`, formatQuantity(line.quantity, line.material.unit), line.expiresOn ?? '—', line.udi ?? '—']),
  );

  writer.heading(labels.releaseSignatures);
  const signatures = model.lines.flatMap((line) => line.releaseSignatures);
  writer.signatures(signatures.filter((signature, index) => signatures.findIndex((other) => other.signedAt === signature.signedAt && other.record.code === signature.record.code) === index));

  writer.heading(labels.statement);
  if (model.statement) {
    writer.paragraph(model.statement.en, { size: 10 });
    if (writer.chinese) writer.paragraph(model.statement['zh-CN'], { size: 10 });
  } else writer.paragraph(writer.label(labels.noStatement), { colour: colour.flag, size: 10 });
}

/**
 * A4 PDF of a document model: bilingual headings, page numbers, and the model's hash in every
 * footer. Without a CJK font the document is still produced in Helvetica and says so.
 */
export function renderDocumentPdf(model: DocumentModel, context: RenderContext): Promise<RenderedDocument> {
  return writePdf(
    {
      info: { title: `${labels.title[model.kind].en} ${model.subject.code} v${context.version}`, author: context.generatedBy, createdAt: context.generatedAt },
      contentHash: context.modelHash,
      identity: (writer) =>
        `${model.kind} ${model.subject.code} · ${writer.label(labels.version)} ${context.version} · ${writer.label(labels.generated)} ${writer.time(context.generatedAt.toISOString())} ${context.generatedBy}`,
      font: context.font,
      timeZone: context.timeZone,
      language: 'bilingual',
      ...(context.compress === undefined ? {} : { compress: context.compress }),
    },
    (writer) => (model.kind === 'device-history-record' ? writeDeviceHistoryRecord(writer, model) : writeCertificateOfConformance(writer, model)),
  );
}
