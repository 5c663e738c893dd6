import { randomUUID, createHash } from 'node:crypto';
import { In, Like, type DataSource, type EntityManager } from 'typeorm';
import { writeLock } from '../../database/transaction.js';
import { NotFoundError } from '../../http/lotflow-error.js';
import type { AuditTrail } from '../audit/audit-trail.service.js';
import { InventoryMovementEntity } from '../inventory/inventory.entity.js';
import { inPostingTransaction, isDuplicateKeyError } from '../inventory/posting-transaction.js';
import { fromThousandths } from '../inventory/utils/from-thousandths.util.js';
import { RecordEntity, type StoredRecord } from '../records/record.entity.js';
import { hashContent, signedContent, type SignatureService } from '../signatures/signature.service.js';
import { TraceLinkEntity, parseTraceNode, traceNode } from '../traceability/trace-link.entity.js';
import { buildCertificateOfConformance, type ShippedLot } from './build-certificate-of-conformance.js';
import { buildDeviceHistoryRecord } from './build-device-history-record.js';
import { subjectTypeOf, type DocumentKind, type DocumentModel, type SourceRecord } from './document-model.js';
import { DocumentEntity, type StoredDocument } from './document.entity.js';
import { renderDocumentPdf } from './render-document-pdf.js';
import type { PdfFont } from './resolve-pdf-font.js';

/** A document version as lists show it: everything but the model and the PDF. */
export interface DocumentView {
  id: string;
  kind: DocumentKind;
  subjectType: string;
  subjectCode: string;
  version: number;
  modelHash: string;
  contentHash: string;
  pageCount: number;
  /** Points the document prints in its red box: a mismatch, a signature that no longer holds… */
  flagCount: number;
  fileName: string;
  createdBy: string;
  createdAt: string;
}

export interface DocumentServiceOptions {
  timeZone: string;
  font: PdfFont;
  /** Told when a document is printed without Chinese: the font is missing or unreadable. */
  warn(message: string): void;
}

function fileNameOf(document: Pick<StoredDocument, 'kind' | 'subjectCode' | 'version'>): string {
  return `${document.kind}-${document.subjectCode.replace(/[^A-Za-z0-9._-]+/g, '_')}-v${document.version}.pdf`;
}

function viewOf(document: StoredDocument): DocumentView {
  return {
    id: document.id,
    kind: document.kind,
    subjectType: document.subjectType,
    subjectCode: document.subjectCode,
    version: document.version,
    modelHash: document.modelHash,
    contentHash: document.contentHash,
    pageCount: document.pageCount,
    flagCount: document.model.flags.length,
    fileName: fileNameOf(document),
    createdBy: document.createdBy,
    createdAt: document.createdAt.toISOString(),
  };
}

/**
 * Device history records and certificates of conformance: gathered from the records, the ledger,
 * the trace links and the signatures, stored as immutable versions with their PDF, audited.
 */
export class DocumentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly signatures: SignatureService,
    private readonly options: DocumentServiceOptions,
  ) {}

  /** How documents are printed (time zone, font): other reports print the same way. */
  get printing(): DocumentServiceOptions {
    return this.options;
  }

  private async withSignatures(record: StoredRecord): Promise<SourceRecord> {
    return {
      typeKey: record.typeKey,
      code: record.code,
      revision: record.revision,
      values: record.values,
      signatures: await this.signatures.forSubject(record.typeKey, record.code, { version: record.revision, content: signedContent(record) }),
    };
  }

  private async record(manager: EntityManager, typeKey: string, code: string): Promise<StoredRecord | null> {
    return manager.getRepository(RecordEntity).findOneBy({ typeKey, code });
  }

  /**
   * Records of a type whose `field` names the code (or, for a list, holds it). The text search
   * narrows the rows on any database; the exact comparison decides.
   */
  private async recordsNaming(manager: EntityManager, typeKey: string, field: string, code: string): Promise<StoredRecord[]> {
    const candidates = await manager
      .getRepository(RecordEntity)
      .createQueryBuilder('record')
      .where('record.type_key = :typeKey', { typeKey })
      .andWhere('record.record_values LIKE :text', { text: `%${JSON.stringify(code)}%` })
      .orderBy('record.code', 'ASC')
      .getMany();
    return candidates.filter((record) => {
      const value = record.values[field];
      return value === code || (Array.isArray(value) && value.some((item) => item === code || (typeof item === 'object' && item !== null && (item as Record<string, unknown>).lot === code)));
    });
  }

  private async deviceHistoryRecordModel(manager: EntityManager, lotCode: string): Promise<DocumentModel> {
    const lot = await this.record(manager, 'lot', lotCode);
    if (!lot) throw new NotFoundError(`Lot '${lotCode}'`, 'Check the lot number: a device history record is compiled for an existing lot.');
    const materialCode = typeof lot.values.material === 'string' ? lot.values.material : '';
    const [material, movements, inspectionLots, decisions, inProcess, reports, reworks, loadsListingLot, shipments, loadLinks] = await Promise.all([
      this.record(manager, 'material', materialCode),
      manager.getRepository(InventoryMovementEntity).find({ where: { lot: lotCode }, order: { id: 'ASC' } }),
      this.recordsNaming(manager, 'inspection-lot', 'lot', lotCode),
      this.recordsNaming(manager, 'inspection-decision', 'lot', lotCode),
      this.recordsNaming(manager, 'in-process-inspection-result', 'lot', lotCode),
      this.recordsNaming(manager, 'nonconformance-report', 'lot', lotCode),
      this.recordsNaming(manager, 'rework-report', 'lot', lotCode),
      this.recordsNaming(manager, 'sterilization-load', 'lots', lotCode),
      this.recordsNaming(manager, 'shipment', 'lines', lotCode),
      manager.getRepository(TraceLinkEntity).find({ where: { toNode: traceNode('lot', lotCode), fromNode: Like('sterilization-load:%') } }),
    ]);
    // A load linked by a trace link but not listing the lot still sterilized it.
    const linkedLoadCodes = loadLinks.map((link) => parseTraceNode(link.fromNode).code).filter((code) => !loadsListingLot.some((load) => load.code === code));
    const linkedLoads = linkedLoadCodes.length > 0 ? await manager.getRepository(RecordEntity).find({ where: { typeKey: 'sterilization-load', code: In(linkedLoadCodes) } }) : [];
    const referenceCodes = new Set<string>();
    for (const inspection of inspectionLots) {
      for (const result of Array.isArray(inspection.values.results) ? (inspection.values.results as Array<Record<string, unknown>>) : []) {
        for (const code of [result.inspectionPoint, result.equipment]) if (typeof code === 'string') referenceCodes.add(code);
      }
    }
    for (const result of inProcess) if (typeof result.values.equipment === 'string') referenceCodes.add(result.values.equipment);
    const dispositions = (await Promise.all(reports.map((report) => this.recordsNaming(manager, 'mrb-disposition', 'nonconformanceReport', report.code)))).flat();
    const references = referenceCodes.size > 0 ? await manager.getRepository(RecordEntity).find({ where: { code: In([...referenceCodes]) } }) : [];
    return buildDeviceHistoryRecord({
      lot: await this.withSignatures(lot),
      material: material?.values ?? null,
      ledger: movements.map((row) => ({
        type: row.movementType,
        location: row.location,
        quantity: fromThousandths(row.quantityThousandths),
        document: row.documentType ? { type: row.documentType, code: row.documentCode ?? '' } : null,
        postedAt: row.postedAt.toISOString(),
        postedBy: row.postedBy,
      })),
      inspectionLots: await Promise.all(inspectionLots.map((record) => this.withSignatures(record))),
      inspectionDecisions: await Promise.all(decisions.map((record) => this.withSignatures(record))),
      inProcessInspections: await Promise.all(inProcess.map((record) => this.withSignatures(record))),
      nonconformanceReports: await Promise.all(reports.map((record) => this.withSignatures(record))),
      mrbDispositions: await Promise.all(dispositions.map((record) => this.withSignatures(record))),
      reworkReports: await Promise.all(reworks.map((record) => this.withSignatures(record))),
      sterilizationLoads: await Promise.all([...loadsListingLot, ...linkedLoads].map((record) => this.withSignatures(record))),
      shipments: shipments.map((record) => ({ typeKey: record.typeKey, code: record.code, revision: record.revision, values: record.values, signatures: [] })),
      references: new Map(references.map((record) => [record.code, record.values])),
    });
  }

  private async certificateOfConformanceModel(manager: EntityManager, shipmentCode: string): Promise<DocumentModel> {
    const shipment = await this.record(manager, 'shipment', shipmentCode);
    if (!shipment) throw new NotFoundError(`Shipment '${shipmentCode}'`, 'Check the shipment number: a certificate of conformance is issued for an existing shipment.');
    const lines = Array.isArray(shipment.values.lines) ? (shipment.values.lines as Array<Record<string, unknown>>) : [];
    const lotCodes = [...new Set(lines.map((line) => line.lot).filter((lot): lot is string => typeof lot === 'string'))];
    const materialCodes = [...new Set(lines.map((line) => line.material).filter((material): material is string => typeof material === 'string'))];
    const customerCode = typeof shipment.values.customer === 'string' ? shipment.values.customer : '';
    const [customer, materials] = await Promise.all([
      this.record(manager, 'customer', customerCode),
      materialCodes.length > 0 ? manager.getRepository(RecordEntity).find({ where: { typeKey: 'material', code: In(materialCodes) } }) : Promise.resolve([]),
    ]);
    const lots = new Map<string, ShippedLot>();
    for (const lotCode of lotCodes) {
      const lot = await this.record(manager, 'lot', lotCode);
      const decisions = lot ? await this.recordsNaming(manager, 'inspection-decision', 'lot', lotCode) : [];
      const signedRecords = await Promise.all([...(lot ? [lot] : []), ...decisions].map((record) => this.withSignatures(record)));
      lots.set(lotCode, { record: lot ? signedRecords[0]! : null, signedRecords });
    }
    return buildCertificateOfConformance({
      shipment: await this.withSignatures(shipment),
      customer: customer?.values ?? null,
      lots,
      materials: new Map(materials.map((material) => [material.code, material.values])),
    });
  }

  /** What the document would say now, without storing it. */
  async buildModel(kind: DocumentKind, subjectCode: string, manager: EntityManager = this.dataSource.manager): Promise<DocumentModel> {
    return kind === 'device-history-record' ? this.deviceHistoryRecordModel(manager, subjectCode) : this.certificateOfConformanceModel(manager, subjectCode);
  }

  /**
   * Compiles the document of a subject; stores a new version (PDF, model, hashes; audited) only
   * when the model differs from the latest version's, else answers the latest. Inside `outer`
   * when given (a worker's action, with its receipt), else in a transaction of its own.
   */
  async generate(kind: DocumentKind, subjectCode: string, actor: string, outer?: EntityManager): Promise<{ document: DocumentView; created: boolean }> {
    const subjectType = subjectTypeOf[kind];
    const store = async (manager: EntityManager) => {
      const model = await this.buildModel(kind, subjectCode, manager);
      const modelHash = hashContent(model);
      const latest = await manager.getRepository(DocumentEntity).findOne({ where: { kind, subjectType, subjectCode }, order: { version: 'DESC' }, ...writeLock(manager) });
      if (latest?.modelHash === modelHash) return { document: viewOf(latest), created: false };
      const version = (latest?.version ?? 0) + 1;
      const createdAt = new Date();
      const rendered = await renderDocumentPdf(model, { version, modelHash, generatedAt: createdAt, generatedBy: actor, timeZone: this.options.timeZone, font: this.options.font });
      if (rendered.fontProblem) this.options.warn(`${rendered.fontProblem} ${kind} ${subjectCode} version ${version} was printed in Helvetica, without Chinese.`);
      const document: StoredDocument = {
        id: randomUUID(),
        kind,
        subjectType,
        subjectCode,
        version,
        modelHash,
        contentHash: createHash('sha256').update(rendered.pdf).digest('hex'),
        model,
        pdf: rendered.pdf,
        pageCount: rendered.pageCount,
        createdBy: actor,
        createdAt,
      };
      await manager.getRepository(DocumentEntity).insert(document);
      await this.audit.append(manager, {
        actor,
        action: 'document.generated',
        entityType: subjectType,
        entityId: subjectCode,
        after: { document: document.id, kind, version, modelHash, contentHash: document.contentHash, pageCount: document.pageCount, flags: model.flags.map((flag) => flag.code) },
      });
      return { document: viewOf(document), created: true };
    };
    if (outer) return store(outer);
    try {
      return await inPostingTransaction(this.dataSource, store);
    } catch (error) {
      // Another generation of the same subject took the version number: its result is now the latest.
      if (!isDuplicateKeyError(error)) throw error;
      return inPostingTransaction(this.dataSource, store);
    }
  }

  async list(filter: { subjectType?: string; subjectCode?: string; kind?: DocumentKind }): Promise<DocumentView[]> {
    const rows = await this.dataSource.getRepository(DocumentEntity).find({
      where: { ...(filter.subjectType ? { subjectType: filter.subjectType } : {}), ...(filter.subjectCode ? { subjectCode: filter.subjectCode } : {}), ...(filter.kind ? { kind: filter.kind } : {}) },
      order: { createdAt: 'DESC', version: 'DESC' },
      take: 500,
    });
    return rows.map(viewOf);
  }

  async get(id: string): Promise<DocumentView & { model: DocumentModel }> {
    const document = await this.dataSource.getRepository(DocumentEntity).findOneBy({ id });
    if (!document) throw new NotFoundError(`Document '${id}'`, 'List the documents of a lot or shipment with GET /documents?subjectType=&subjectId=.');
    return { ...viewOf(document), model: document.model };
  }

  async pdf(id: string): Promise<{ fileName: string; pdf: Buffer }> {
    const document = await this.dataSource.getRepository(DocumentEntity).findOne({ where: { id }, select: { id: true, kind: true, subjectCode: true, version: true, pdf: true } });
    if (!document) throw new NotFoundError(`Document '${id}'`, 'List the documents of a lot or shipment with GET /documents?subjectType=&subjectId=.');
    return { fileName: fileNameOf(document), pdf: Buffer.from(document.pdf) };
  }
}
