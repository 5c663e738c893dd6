import { createHash, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../../database/transaction.js';
import { SignatureRejectedError } from '../../http/lotflow-error.js';
import { canonicalJson } from '../../shared/canonical-json.js';
import type { AuditTrail } from '../audit/audit-trail.service.js';
import type { AuthenticatedUser, IdentityService } from '../identity/identity.service.js';
import { ElectronicSignatureEntity, type ElectronicSignature } from './electronic-signature.entity.js';

/** The exact version of what is signed; `content` is hashed, never stored here. */
export interface SignatureSubject {
  type: string;
  id: string;
  version: number;
  content: unknown;
}

export function hashContent(content: unknown): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** What a record signature covers: the type, the code, the revision and every value. */
export function signedContent(record: { typeKey: string; code: string; revision: number; values: Record<string, unknown> }): unknown {
  return { type: record.typeKey, code: record.code, revision: record.revision, values: record.values };
}

function hashSignature(signature: Omit<ElectronicSignature, 'signatureHash'>): string {
  return hashContent({ ...signature, signedAt: signature.signedAt.toISOString() });
}

/**
 * The signature that still holds for the current version of a subject: same version, the content's
 * hash unchanged, the row intact. What another step relies on when it acts on a signed decision.
 */
export async function findValidSignature(
  manager: EntityManager,
  subject: { type: string; id: string; version: number; content: unknown },
): Promise<ElectronicSignature | null> {
  const rows = await manager.getRepository(ElectronicSignatureEntity).find({ where: { subjectType: subject.type, subjectId: subject.id, subjectVersion: subject.version }, order: { signedAt: 'ASC' } });
  const contentHash = hashContent(subject.content);
  return (
    rows.find((row) => {
      const { signatureHash, ...unsigned } = row;
      return row.subjectHash === contentHash && hashSignature(unsigned) === signatureHash;
    }) ?? null
  );
}

/** A signature as screens show it: the manifestation of §11.50 and whether it still holds. */
export interface SignatureView {
  id: string;
  printedName: string;
  username: string;
  meaning: string;
  signedAt: string;
  subjectType: string;
  subjectId: string;
  subjectVersion: number;
  taskId: string | null;
  /** `valid`: this version, unchanged; `superseded`: a later version exists; `broken`: content or row no longer match their hashes. */
  state: 'valid' | 'superseded' | 'broken';
}

/**
 * Electronic signatures: the signer proves who they are again with their password at the moment of
 * signing (§11.200(a)(1)); a wrong password is audited and signs nothing.
 */
export class SignatureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly audit: AuditTrail,
  ) {}

  /** Checks the signer's password; a failed attempt is written to the audit trail before refusing. */
  async authenticateSigner(signer: AuthenticatedUser, password: string, subject: { type: string; id: string }): Promise<void> {
    if (await this.identity.verifyPassword(signer.id, password)) return;
    await inTransaction(this.dataSource, (manager) =>
      this.audit.append(manager, {
        actor: signer.username,
        action: 'signature.rejected',
        entityType: subject.type,
        entityId: subject.id,
        reason: 'wrong password',
      }),
    );
    throw new SignatureRejectedError();
  }

  /** Stores the signature in the caller's transaction, with its audit entry. */
  async sign(
    manager: EntityManager,
    input: { signer: AuthenticatedUser; meaning: string; subject: SignatureSubject; taskId?: string; processInstanceId?: string | null },
  ): Promise<ElectronicSignature> {
    const unsigned: Omit<ElectronicSignature, 'signatureHash'> = {
      id: randomUUID(),
      signerUserId: input.signer.id,
      signerUsername: input.signer.username,
      printedName: input.signer.displayName,
      meaning: input.meaning,
      signedAt: new Date(),
      subjectType: input.subject.type,
      subjectId: input.subject.id,
      subjectVersion: input.subject.version,
      subjectHash: hashContent(input.subject.content),
      taskId: input.taskId ?? null,
      processInstanceId: input.processInstanceId ?? null,
    };
    const signature: ElectronicSignature = { ...unsigned, signatureHash: hashSignature(unsigned) };
    await manager.getRepository(ElectronicSignatureEntity).insert(signature);
    await this.audit.append(manager, {
      actor: input.signer.username,
      action: 'signature.applied',
      entityType: input.subject.type,
      entityId: input.subject.id,
      after: {
        signature: signature.id,
        meaning: signature.meaning,
        printedName: signature.printedName,
        version: signature.subjectVersion,
        subjectHash: signature.subjectHash,
        ...(signature.taskId ? { task: signature.taskId } : {}),
      },
    });
    return signature;
  }

  async byTask(taskId: string, manager: EntityManager = this.dataSource.manager): Promise<ElectronicSignature | null> {
    return manager.getRepository(ElectronicSignatureEntity).findOneBy({ taskId });
  }

  /**
   * The signatures of a subject, oldest first, each checked against the current version of what
   * was signed: its hash must still match, or a later version has superseded it.
   */
  async forSubject(subjectType: string, subjectId: string, current: { version: number; content: unknown } | null): Promise<SignatureView[]> {
    const rows = await this.dataSource.getRepository(ElectronicSignatureEntity).find({
      where: { subjectType, subjectId },
      order: { signedAt: 'ASC' },
    });
    const currentHash = current ? hashContent(current.content) : null;
    return rows.map((row) => {
      const { signatureHash, ...unsigned } = row;
      const rowIntact = hashSignature(unsigned) === signatureHash;
      const state: SignatureView['state'] = !rowIntact
        ? 'broken'
        : current && row.subjectVersion < current.version
          ? 'superseded'
          : current && row.subjectVersion === current.version && row.subjectHash !== currentHash
            ? 'broken'
            : 'valid';
      return {
        id: row.id,
        printedName: row.printedName,
        username: row.signerUsername,
        meaning: row.meaning,
        signedAt: row.signedAt.toISOString(),
        subjectType: row.subjectType,
        subjectId: row.subjectId,
        subjectVersion: row.subjectVersion,
        taskId: row.taskId,
        state,
      };
    });
  }
}
