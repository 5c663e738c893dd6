import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction, writeLock } from '../../database/transaction.js';
import { ConflictError, NotFoundError } from '../../http/lotflow-error.js';
import type { AuditTrail } from '../audit/audit-trail.service.js';
import { enqueueIntegrationMessage, type OutgoingMessage } from './enqueue-integration-message.js';
import { IntegrationMessageEntity, type IntegrationMessage, type MessageState } from './integration.entity.js';

export type { OutgoingMessage };

export type MessageView = Omit<IntegrationMessage, 'leaseOwner'>;

/**
 * The transactional outbox: a service writes the message in the transaction of its own change, so
 * the message exists exactly when the change does; the delivery loop sends it afterwards.
 */
export class Outbox {
  constructor(private readonly dataSource: DataSource, private readonly audit: AuditTrail) {}

  /**
   * Call inside the caller's transaction. Returns the message, the existing one for a known key.
   * An endpoint that is not configured (or has no url) throws: the change and its message commit
   * together or not at all.
   */
  enqueue(manager: EntityManager, message: OutgoingMessage): Promise<{ id: string; created: boolean }> {
    return enqueueIntegrationMessage(manager, message);
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
