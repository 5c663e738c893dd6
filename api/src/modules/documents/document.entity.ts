import { EntitySchema } from 'typeorm';
import type { DocumentKind, DocumentModel } from './document-model.js';

/**
 * One version of a generated document. Versions are never changed: generating again for the same
 * subject adds a version only when what the document says (its model) changed.
 */
export interface StoredDocument {
  id: string;
  kind: DocumentKind;
  subjectType: string;
  subjectCode: string;
  version: number;
  /** SHA-256 of the model's canonical JSON: printed in the PDF's footer, compared to decide on a new version. */
  modelHash: string;
  /** SHA-256 of the PDF bytes as stored. */
  contentHash: string;
  model: DocumentModel;
  pdf: Buffer;
  pageCount: number;
  createdBy: string;
  createdAt: Date;
}

export const DocumentEntity = new EntitySchema<StoredDocument>({
  name: 'Document',
  tableName: 'document',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    kind: { type: 'varchar', length: 40 },
    subjectType: { name: 'subject_type', type: 'varchar', length: 80 },
    subjectCode: { name: 'subject_code', type: 'varchar', length: 120 },
    version: { type: 'integer' },
    modelHash: { name: 'model_hash', type: 'varchar', length: 64 },
    contentHash: { name: 'content_hash', type: 'varchar', length: 64 },
    model: { name: 'model_json', type: 'simple-json' },
    // longblob on MySQL, blob on SQLite: the migration chooses; typeorm reads both as a Buffer.
    pdf: { name: 'pdf', type: 'blob', select: false },
    pageCount: { name: 'page_count', type: 'integer' },
    createdBy: { name: 'created_by', type: 'varchar', length: 64 },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
  },
});
