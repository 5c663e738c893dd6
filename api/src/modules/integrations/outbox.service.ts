import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction, writeLock } from '../../database/transaction.js';
import { ConflictError, NotFoundError } from '../../http/lotflow-error.js';
import type { AuditTrail } from '../audit/audit-trail.service.js';
import { IntegrationEndpointEntity, IntegrationMessageEntity, type IntegrationMessage, type MessageState } from './integration.entity.js';

export interface OutgoingMessage {
  /** The configured endpoint's name, e.g. `mes-line-1`. */
  endpoint: string;
  /** What happened, in the receiver's words, e.g. `work-order.released`. */
  type: string;
  payload: Record<string, unknown>;
  /** Derived from the change (`work-order:WO-0042:released`): the same key twice is one message. */
  idempotencyKey: string;
}

export type MessageView = Omit<IntegrationMessage, 'leaseOwner'>;

/**
 * The transactional outbox: a service writes the message in the transaction of its own change, so
 * the message exists exactly when the change does; the delivery loop sends it afterwards.
 */
export class Outbox {
  constructor(private readonly dataSource: DataSource, private readonly audit: AuditTrail) {}

  /** Call inside the caller's transaction. Returns the message, the existing one for a known key. */
  async enqueue(manager: EntityManager, message: OutgoingMessage): Promise<{ id: string; created: boolean }> {
    const endpoint = await manager.getRepository(IntegrationEndpointEntity).findOneBy({ name: message.endpoint });
    if (!endpoint) throw new NotFoundError(`Integration endpoint '${message.endpoint}'`, 'An admin configures it with PUT /integrations/endpoints/{name} before messages can be sent to it.');
    if (!endpoint.url) throw new ConflictError(`Integration endpoint '${message.endpoint}' has no url, so it cannot receive messages: an admin sets one with PUT /integrations/endpoints/${message.endpoint}.`);
    const messages = manager.getRepository(IntegrationMessageEntity);
    const now = new Date();
    const id = randomUUID();
    // INSERT OR IGNORE / INSERT IGNORE: a concurrent transaction with the same key waits on the unique index, then is ignored.
    await messages
      .createQueryBuilder()
      .insert()
      .orIgnore()
      .values({
        id,
        endpoint: message.endpoint,
        type: message.type,
        payload: message.payload,
        idempotencyKey: message.idempotencyKey,
        state: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        leaseUntil: null,
        leaseOwner: null,
        lastStatus: null,
        lastError: null,
        createdAt: now,
        deliveredAt: null,
      } as never)
      .execute();
    // A locking read sees the row another transaction committed after this one's snapshot.
    const stored = await messages.findOneOrFail({ where: { endpoint: message.endpoint, idempotencyKey: message.idempotencyKey }, ...writeLock(manager) });
    return { id: stored.id, created: stored.id === id };
  }

  async list(filter: { state?: MessageState; endpoint?: string; offset: number; limit: number }): Promise<{ items: MessageView[]; total: number; offset: number; limit: number }> {
    const [items, total] = await this.dataSource.getRepository(IntegrationMessageEntity).findAndCount({
      where: { ...(filter.state ? { state: filter.state } : {}), ...(filter.endpoint ? { endpoint: filter.endpoint } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: filter.offset,
      take: filter.limit,
    });
    return { items: items.map(toView), total, offset: filter.offset, limit: filter.limit };
  }

  async get(id: string): Promise<MessageView> {
    const message = await this.dataSource.getRepository(IntegrationMessageEntity).findOneBy({ id });
    if (!message) throw new NotFoundError(`Integration message '${id}'`);
    return toView(message);
  }

  /** A dead message goes back to pending with a fresh set of attempts, under the same id. */
  async resend(id: string, actor: string, reason?: string): Promise<MessageView> {
    return inTransaction(this.dataSource, async (manager) => {
      const messages = manager.getRepository(IntegrationMessageEntity);
      const message = await messages.findOne({ where: { id }, ...writeLock(manager) });
      if (!message) throw new NotFoundError(`Integration message '${id}'`);
      if (message.state !== 'dead') {
        throw new ConflictError(`Integration message '${id}' is ${message.state}, not dead: only a message whose attempts ran out can be resent.`);
      }
      const now = new Date();
      const changes = { state: 'pending' as const, attempts: 0, nextAttemptAt: now, leaseUntil: null, leaseOwner: null };
      await messages.update({ id }, changes);
      await this.audit.append(manager, {
        actor,
        action: 'integration-message.resent',
        entityType: 'integration-message',
        entityId: id,
        reason: reason ?? null,
        before: { state: message.state, attempts: message.attempts, lastStatus: message.lastStatus, lastError: message.lastError },
        after: { state: 'pending', attempts: 0 },
      });
      return toView({ ...message, ...changes });
    });
  }
}

function toView({ leaseOwner: _leaseOwner, ...view }: IntegrationMessage): MessageView {
  return view;
}
