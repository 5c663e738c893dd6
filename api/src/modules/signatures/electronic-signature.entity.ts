import { EntitySchema } from 'typeorm';

/**
 * An electronic signature (21 CFR Part 11): who signed (printed name as it was at signing), when,
 * what it means, and the exact version of what was signed, bound by the hash of its content so the
 * signature cannot be moved to other content (§11.50, §11.70).
 */
export interface ElectronicSignature {
  id: string;
  signerUserId: string;
  signerUsername: string;
  printedName: string;
  meaning: string;
  signedAt: Date;
  /** What was signed: a record type (its code and revision), or an artifact kind (its key and version). */
  subjectType: string;
  subjectId: string;
  subjectVersion: number;
  /** SHA-256 of the canonical JSON of the signed content. */
  subjectHash: string;
  taskId: string | null;
  processInstanceId: string | null;
  /** SHA-256 over every field above: a changed row no longer matches its own hash. */
  signatureHash: string;
}

export const ElectronicSignatureEntity = new EntitySchema<ElectronicSignature>({
  name: 'ElectronicSignature',
  tableName: 'electronic_signature',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    signerUserId: { name: 'signer_user_id', type: 'varchar', length: 36 },
    signerUsername: { name: 'signer_username', type: 'varchar', length: 64 },
    printedName: { name: 'printed_name', type: 'varchar', length: 200 },
    meaning: { type: 'varchar', length: 40 },
    signedAt: { name: 'signed_at', type: 'datetime', precision: 3 },
    subjectType: { name: 'subject_type', type: 'varchar', length: 80 },
    subjectId: { name: 'subject_id', type: 'varchar', length: 120 },
    subjectVersion: { name: 'subject_version', type: 'integer' },
    subjectHash: { name: 'subject_hash', type: 'varchar', length: 64 },
    taskId: { name: 'task_id', type: 'varchar', length: 64, nullable: true },
    processInstanceId: { name: 'process_instance_id', type: 'varchar', length: 64, nullable: true },
    signatureHash: { name: 'signature_hash', type: 'varchar', length: 64 },
  },
});
