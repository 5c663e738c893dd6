import { EntitySchema } from 'typeorm';

/**
 * One append-only entry of the audit trail (21 CFR 11.10(e)): who, when, what, the values
 * before and after, and why. `hash` covers every field and the previous entry's hash, so
 * changing or deleting any entry breaks the chain from there on.
 */
export interface AuditEvent {
  sequence: number;
  occurredAt: Date;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  reason: string | null;
  before: unknown;
  after: unknown;
  previousHash: string;
  hash: string;
}

/** The chain's head, one row, locked by each append so appends are serialized. */
export interface AuditHead {
  id: number;
  lastSequence: number;
  lastHash: string;
}

export const AuditEventEntity = new EntitySchema<AuditEvent>({
  name: 'AuditEvent',
  tableName: 'audit_event',
  columns: {
    sequence: { type: 'bigint', primary: true, transformer: { to: (value: number) => value, from: (value: string | number) => Number(value) } },
    occurredAt: { name: 'occurred_at', type: 'datetime', precision: 3 },
    actor: { type: 'varchar', length: 64 },
    action: { type: 'varchar', length: 64 },
    entityType: { name: 'entity_type', type: 'varchar', length: 64 },
    entityId: { name: 'entity_id', type: 'varchar', length: 255 },
    reason: { type: 'text', nullable: true },
    before: { name: 'before_json', type: 'simple-json', nullable: true },
    after: { name: 'after_json', type: 'simple-json', nullable: true },
    previousHash: { name: 'previous_hash', type: 'varchar', length: 64 },
    hash: { type: 'varchar', length: 64 },
  },
});

export const AuditHeadEntity = new EntitySchema<AuditHead>({
  name: 'AuditHead',
  tableName: 'audit_head',
  columns: {
    id: { type: 'integer', primary: true },
    lastSequence: { name: 'last_sequence', type: 'bigint', transformer: { to: (value: number) => value, from: (value: string | number) => Number(value) } },
    lastHash: { name: 'last_hash', type: 'varchar', length: 64 },
  },
});
