import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { writeLock } from '../../database/transaction.js';
import { canonicalJson } from '../../shared/canonical-json.js';
import { AuditEventEntity, AuditHeadEntity, type AuditEvent } from './audit-event.entity.js';

export interface AuditEntry {
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
}

export type ChainVerification =
  | { intact: true; checked: number; lastHash: string }
  | { intact: false; checked: number; firstBrokenSequence: number; problem: string };

const genesisHash = '0'.repeat(64);

export function hashAuditEvent(event: Omit<AuditEvent, 'hash'>): string {
  return createHash('sha256')
    .update(
      canonicalJson({
        sequence: event.sequence,
        occurredAt: event.occurredAt.toISOString(),
        actor: event.actor,
        action: event.action,
        entityType: event.entityType,
        entityId: event.entityId,
        reason: event.reason,
        before: event.before ?? null,
        after: event.after ?? null,
        previousHash: event.previousHash,
      }),
    )
    .digest('hex');
}

/** The append-only, hash-linked audit trail. Appends join the caller's transaction. */
export class AuditTrail {
  constructor(private readonly dataSource: DataSource) {}

  async append(manager: EntityManager, entry: AuditEntry): Promise<AuditEvent> {
    const heads = manager.getRepository(AuditHeadEntity);
    const head = await heads.findOneOrFail({ where: { id: 1 }, ...writeLock(manager) });
    // A Date holds milliseconds, which is what the datetime(3) column keeps: the hash can be recomputed from the row.
    const occurredAt = new Date();
    const event: Omit<AuditEvent, 'hash'> = {
      sequence: head.lastSequence + 1,
      occurredAt,
      actor: entry.actor,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      reason: entry.reason ?? null,
      before: normalise(entry.before),
      after: normalise(entry.after),
      previousHash: head.lastHash,
    };
    const stored: AuditEvent = { ...event, hash: hashAuditEvent(event) };
    await manager.getRepository(AuditEventEntity).insert(stored as never);
    await heads.update({ id: 1 }, { lastSequence: stored.sequence, lastHash: stored.hash });
    return stored;
  }

  async list(filter: { entityType?: string; entityId?: string; limit: number; afterSequence?: number }): Promise<AuditEvent[]> {
    const query = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('event').orderBy('event.sequence', 'DESC').take(filter.limit);
    if (filter.entityType) query.andWhere('event.entityType = :entityType', { entityType: filter.entityType });
    if (filter.entityId) query.andWhere('event.entityId = :entityId', { entityId: filter.entityId });
    return query.getMany();
  }

  /** Recomputes every hash in order; reports the first entry that was changed, removed or inserted. */
  async verify(batchSize = 1000): Promise<ChainVerification> {
    const events = this.dataSource.getRepository(AuditEventEntity);
    let previousHash = genesisHash;
    let expectedSequence = 1;
    let checked = 0;
    for (;;) {
      const batch = await events
        .createQueryBuilder('event')
        .where('event.sequence >= :from', { from: expectedSequence })
        .orderBy('event.sequence', 'ASC')
        .take(batchSize)
        .getMany();
      if (batch.length === 0) break;
      for (const event of batch) {
        if (event.sequence !== expectedSequence) {
          return { intact: false, checked, firstBrokenSequence: expectedSequence, problem: `entry ${expectedSequence} is missing` };
        }
        if (event.previousHash !== previousHash) {
          return { intact: false, checked, firstBrokenSequence: event.sequence, problem: 'does not link to the entry before it' };
        }
        const { hash, ...content } = event;
        if (hashAuditEvent(content) !== hash) {
          return { intact: false, checked, firstBrokenSequence: event.sequence, problem: 'its content does not match its hash: it was changed after it was written' };
        }
        previousHash = hash;
        expectedSequence += 1;
        checked += 1;
      }
    }
    const head = await this.dataSource.getRepository(AuditHeadEntity).findOneByOrFail({ id: 1 });
    if (head.lastSequence !== checked || head.lastHash !== previousHash) {
      return { intact: false, checked, firstBrokenSequence: checked + 1, problem: `the trail ends at entry ${checked}, but ${head.lastSequence} were written` };
    }
    return { intact: true, checked, lastHash: previousHash };
  }
}

function normalise(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
