import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { writeLock } from '../../database/transaction.js';
import { ConflictError, NotFoundError } from '../../http/lotflow-error.js';
import { IntegrationEndpointEntity, IntegrationMessageEntity } from './integration.entity.js';

export interface OutgoingMessage {
  /** The configured endpoint's name, e.g. `mes-line-1`. */
  endpoint: string;
  /** What happened, in the receiver's words, e.g. `work-order.released`. */
  type: string;
  payload: Record<string, unknown>;
  /** Derived from the change (`work-order:WO-0042:released`): the same key twice is one message. */
  idempotencyKey: string;
}

/**
 * Writes an outgoing message in the caller's transaction (the transactional outbox); the api's
 * delivery loop sends it once that transaction has committed. The same idempotency key for the
 * same endpoint returns the message already written.
 */
export async function enqueueIntegrationMessage(manager: EntityManager, message: OutgoingMessage): Promise<{ id: string; created: boolean }> {
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
