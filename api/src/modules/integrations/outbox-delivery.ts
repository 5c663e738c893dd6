import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { inTransaction } from '../../database/transaction.js';
import type { IntegrationEndpointService } from './integration-endpoint.service.js';
import { IntegrationEndpointEntity, IntegrationMessageEntity, type IntegrationMessage } from './integration.entity.js';
import { signatureHeaders, signIntegrationBody } from './integration-signature.js';

export interface DeliveryOptions {
  intervalMs: number;
  timeoutMs: number;
  maxAttempts: number;
  backoffMs: number;
  backoffMaxMs: number;
  /** Messages claimed per round. */
  batchSize?: number;
  userAgent: string;
}

type Outcome = { delivered: true; status: number } | { delivered: false; status: number | null; error: string };

/** The wait before attempt `attempts + 1`: the base doubled per failed attempt, capped. */
export function computeBackoff(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
}

/**
 * Sends the outbox's due messages. Each replica of the api runs one; a message is claimed by a
 * conditional UPDATE that sets a lease, so two replicas never send the same message at once, and
 * a replica that dies mid-send only delays the message until its lease runs out.
 */
export class OutboxDelivery {
  private readonly owner = randomUUID();
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<void> | undefined;
  private stopping = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly endpoints: IntegrationEndpointService,
    private readonly options: DeliveryOptions,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.stopping = false;
    this.schedule();
  }

  /** Stops polling and waits for the deliveries in hand. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.round;
  }

  /** One round: claim the due messages and send them. */
  async deliverDue(): Promise<number> {
    const claimed = await this.claimDue();
    await Promise.all(claimed.map((message) => this.deliver(message)));
    return claimed.length;
  }

  private schedule(): void {
    if (this.stopping) return;
    this.timer = setTimeout(() => {
      this.round = this.deliverDue()
        .then(() => undefined)
        .catch((error: unknown) => this.logger.error({ err: error }, 'outbox delivery round failed; retrying next round'))
        .finally(() => this.schedule());
    }, this.options.intervalMs);
    this.timer.unref();
  }

  private leaseMs(): number {
    // Longer than one delivery can take, so a lease only runs out when its holder is gone.
    return this.options.timeoutMs * 2 + 5000;
  }

  private async claimDue(): Promise<IntegrationMessage[]> {
    return inTransaction(this.dataSource, async (manager) => {
      const now = new Date();
      const messages = manager.getRepository(IntegrationMessageEntity);
      const due = await messages
        .createQueryBuilder('message')
        .where('message.state = :pending', { pending: 'pending' })
        .andWhere('message.nextAttemptAt <= :now', { now })
        .andWhere('(message.leaseUntil IS NULL OR message.leaseUntil < :now)', { now })
        .orderBy('message.nextAttemptAt', 'ASC')
        .take(this.options.batchSize ?? 10)
        .getMany();
      const leaseUntil = new Date(now.getTime() + this.leaseMs());
      const claimed: IntegrationMessage[] = [];
      for (const message of due) {
        // Re-checked by the UPDATE itself: on MySQL it reads the latest row, so a replica that claimed it first wins.
        const result = await manager
          .createQueryBuilder()
          .update(IntegrationMessageEntity)
          .set({ leaseUntil, leaseOwner: this.owner })
          .where('id = :id AND state = :pending AND (lease_until IS NULL OR lease_until < :now)', { id: message.id, pending: 'pending', now })
          .execute();
        if (result.affected === 1) claimed.push({ ...message, leaseUntil, leaseOwner: this.owner });
      }
      return claimed;
    });
  }

  private async deliver(message: IntegrationMessage): Promise<void> {
    const attempt = message.attempts + 1;
    const outcome = await this.send(message, attempt);
    const now = new Date();
    const changes: Partial<Omit<IntegrationMessage, 'payload'>> = outcome.delivered
      ? { state: 'delivered', attempts: attempt, deliveredAt: now, lastStatus: outcome.status, lastError: null, leaseUntil: null, leaseOwner: null }
      : attempt >= this.options.maxAttempts
        ? { state: 'dead', attempts: attempt, lastStatus: outcome.status, lastError: outcome.error.slice(0, 2000), leaseUntil: null, leaseOwner: null }
        : {
            attempts: attempt,
            nextAttemptAt: new Date(now.getTime() + computeBackoff(attempt, this.options.backoffMs, this.options.backoffMaxMs)),
            lastStatus: outcome.status,
            lastError: outcome.error.slice(0, 2000),
            leaseUntil: null,
            leaseOwner: null,
          };
    await inTransaction(this.dataSource, (manager) =>
      manager
        .createQueryBuilder()
        .update(IntegrationMessageEntity)
        .set(changes)
        .where('id = :id AND lease_owner = :owner', { id: message.id, owner: this.owner })
        .execute(),
    );
    const log = { messageId: message.id, endpoint: message.endpoint, type: message.type, attempt, status: outcome.status };
    if (outcome.delivered) this.logger.info(log, 'integration message delivered');
    else if (changes.state === 'dead') this.logger.error({ ...log, error: outcome.error }, 'integration message is dead: its attempts ran out');
    else this.logger.warn({ ...log, error: outcome.error }, 'integration message not delivered; will retry');
  }

  private async send(message: IntegrationMessage, attempt: number): Promise<Outcome> {
    let url: string;
    let secret: string;
    try {
      const endpoint = await this.dataSource.getRepository(IntegrationEndpointEntity).findOneByOrFail({ name: message.endpoint });
      if (!endpoint.url) return { delivered: false, status: null, error: `endpoint '${message.endpoint}' has no url` };
      url = endpoint.url;
      secret = this.endpoints.openSecret(endpoint);
    } catch (error) {
      return { delivered: false, status: null, error: (error as Error).message };
    }
    const body = JSON.stringify({ id: message.id, type: message.type, createdAt: message.createdAt.toISOString(), data: message.payload });
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': this.options.userAgent,
          [signatureHeaders.messageId]: message.id,
          [signatureHeaders.eventType]: message.type,
          [signatureHeaders.timestamp]: String(timestamp),
          [signatureHeaders.signature]: signIntegrationBody(secret, timestamp, body),
          'x-lotflow-attempt': String(attempt),
        },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      const answer = await response.text().catch(() => '');
      if (response.ok) return { delivered: true, status: response.status };
      return { delivered: false, status: response.status, error: `HTTP ${response.status} from ${url}${answer ? `: ${answer.slice(0, 500)}` : ''}` };
    } catch (error) {
      const cause = (error as { cause?: { message?: string } }).cause?.message;
      return { delivered: false, status: null, error: `${url} could not be reached: ${(error as Error).message}${cause ? ` (${cause})` : ''}` };
    }
  }
}
