import { loadPack, type TypeDefinition } from '@lotflow/dictionary';
import { createLintContext, topicCatalog } from '@lotflow/processes';
import type { DataSource, EntityManager } from 'typeorm';
import { once } from './modules/action-receipts/once.js';
import { ArtifactService } from './modules/artifacts/artifact.service.js';
import type { ValidationContext } from './modules/artifacts/artifact-kinds.js';
import { dictionaryTypeKind } from './modules/artifacts/dictionary-type.kind.js';
import { PublishedArtifactReader } from './modules/artifacts/published-artifact.reader.js';
import { AuditTrail } from './modules/audit/audit-trail.service.js';
import { enqueueIntegrationMessage } from './modules/integrations/enqueue-integration-message.js';
import { InventoryService } from './modules/inventory/inventory.service.js';
import { inPostingTransaction } from './modules/inventory/posting-transaction.js';
import { RecordService } from './modules/records/record.service.js';
import { createDocumentService } from './modules/documents/create-document-service.js';
import type { DocumentService } from './modules/documents/document.service.js';
import { IdentityService } from './modules/identity/identity.service.js';
import { SignatureService } from './modules/signatures/signature.service.js';

/**
 * The api's domain services on its database, for the workers: a worker's action changes records,
 * the ledger and the outbox through the same code, validation and audit trail as a request does.
 */
export interface Kernel {
  audit: AuditTrail;
  records: RecordService;
  inventory: InventoryService;
  /** Device history records and certificates of conformance, rendered as PDF and stored in versions. */
  documents: DocumentService;
  /** One transaction (READ COMMITTED on MySQL, so reads after a row lock see what committed meanwhile). */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
  /** Runs an action once per key, with its receipt in the same transaction. */
  once: typeof once;
  enqueueIntegrationMessage: typeof enqueueIntegrationMessage;
}

export interface KernelOptions {
  timeZone: string;
  /** PDF_FONT_PATH: the font documents print Chinese with; unset, the system's CJK font is looked for. */
  pdfFontPath?: string | undefined;
  /** Told when documents cannot print Chinese. */
  logger?: { warn(message: string): void };
}

export function createKernel(dataSource: DataSource, options: KernelOptions): Kernel {
  const audit = new AuditTrail(dataSource);
  const reader = new PublishedArtifactReader(dataSource);
  const validationContext: ValidationContext = {
    async publishedDictionaryTypes() {
      return (await reader.allLatest('dictionary-type')).map((version) => version.content as TypeDefinition);
    },
    async lintContext() {
      const [ruleTables, dictionaryTypes] = await Promise.all([reader.allLatest('rule-table'), reader.allLatest('dictionary-type')]);
      return createLintContext(
        topicCatalog,
        ruleTables.map((version) => version.key),
        dictionaryTypes.map((version) => version.key),
      );
    },
  };
  const dictionaryTypes = new ArtifactService(dataSource, audit, dictionaryTypeKind, validationContext);
  const sequences = new Map(loadPack().sequences.map((sequence) => [sequence.key, sequence]));
  const records = new RecordService(dataSource, audit, dictionaryTypes, sequences, options.timeZone);
  return {
    audit,
    records,
    inventory: new InventoryService(dataSource, audit, records, options.timeZone),
    documents: createDocumentService(dataSource, audit, new SignatureService(dataSource, new IdentityService(dataSource, audit, 1), audit), {
      timeZone: options.timeZone,
      pdfFontPath: options.pdfFontPath,
      logger: options.logger ?? { warn: (message) => console.warn(message) },
    }),
    transaction: (work) => inPostingTransaction(dataSource, work),
    once,
    enqueueIntegrationMessage,
  };
}
