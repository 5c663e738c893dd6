import { createHash, randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { inTransaction, writeLock } from '../../database/transaction.js';
import type { EngineClient } from '../../engine-client/engine-client.js';
import { ConflictError, EngineRejectedError, IntegrationSignatureInvalidError, NotFoundError, RequestInvalidError } from '../../http/lotflow-error.js';
import { createValidator } from '@lotflow/dictionary';
import type { AuditTrail } from '../audit/audit-trail.service.js';
import type { IntegrationEndpointService } from './integration-endpoint.service.js';
import { InboundEventEntity, IntegrationEndpointEntity, type InboundEvent, type InboundEventState, type InboundEventType } from './integration.entity.js';
import { signatureHeaders, verifyIntegrationSignature } from './integration-signature.js';
import { readJsonPointer } from './read-json-pointer.js';

/** The body every inbound call carries: the sender's event id, the event type and its data. */
export const inboundEnvelopeSchema = {
  type: 'object',
  required: ['id', 'type', 'data'],
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 200, description: "the sender's unique id of the event: a repeated id is acknowledged, not processed again" },
    type: { type: 'string', minLength: 1, maxLength: 120, description: 'one of the event types configured on the endpoint' },
    occurredAt: { type: 'string', format: 'date-time' },
    data: { type: 'object', description: "validated against the event type's JSON Schema" },
  },
} as const;

const parseEnvelope = createValidator<{ id: string; type: string; occurredAt?: string; data: Record<string, unknown> }>(inboundEnvelopeSchema);

export type InboundEventView = InboundEvent;

export interface InboundAnswer {
  status: 200 | 202;
  body: { id: string; eventId: string; state: InboundEventState; duplicate: boolean; processInstanceId: string | null; engineAnswer: string | null };
}

/**
 * Events MES, WMS and LIMS post to Lotflow: verified, validated, stored once per event id, then
 * delivered to the waiting process instance as a BPMN message.
 */
export class InboundEventService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: EngineClient,
    private readonly endpoints: IntegrationEndpointService,
    private readonly audit: AuditTrail,
    private readonly toleranceSeconds: number,
    private readonly logger: Logger,
  ) {}

  async receive(endpointName: string, rawBody: Buffer, headers: Record<string, string | string[] | undefined>): Promise<InboundAnswer> {
    const endpoint = await this.endpoints.withSecret(endpointName);
    const check = verifyIntegrationSignature({
      secret: endpoint.secret,
      body: rawBody,
      signature: single(headers[signatureHeaders.signature]),
      timestamp: single(headers[signatureHeaders.timestamp]),
      toleranceSeconds: this.toleranceSeconds,
    });
    if (!check.ok) {
      this.logger.warn({ endpoint: endpointName, reason: check.reason }, 'inbound integration call refused: signature not valid');
      throw new IntegrationSignatureInvalidError(endpointName, check.reason);
    }

    let parsed: unknown;
    try {
      parsed = JSON.parse(rawBody.toString('utf8'));
    } catch (error) {
      throw new RequestInvalidError([{ pointer: '', message: `is not valid JSON: ${(error as Error).message}`, keyword: 'json' }]);
    }
    const envelope = parseEnvelope(parsed);
    if (!envelope.ok) throw new RequestInvalidError(envelope.issues);
    const { id: eventId, type, data } = envelope.value;
    const eventType = endpoint.inboundEventTypes[type];
    if (!eventType) {
      const known = Object.keys(endpoint.inboundEventTypes);
      throw new RequestInvalidError([
        { pointer: '/type', message: `is not an event type of endpoint '${endpointName}'; it accepts ${known.length > 0 ? known.map((name) => `'${name}'`).join(', ') : 'none yet'}`, keyword: 'enum' },
      ]);
    }
    const validation = this.endpoints.validatorFor(eventType)(data);
    if (!validation.ok) throw new RequestInvalidError(validation.issues.map((issue) => ({ ...issue, pointer: `/data${issue.pointer}` })));
    const target = readCorrelation(eventType, data);

    const bodyHash = createHash('sha256').update(rawBody).digest('hex');
    const { event, duplicate, deliver } = await inTransaction(this.dataSource, async (manager) => {
      const events = manager.getRepository(InboundEventEntity);
      const existing = await events.findOne({ where: { endpoint: endpointName, eventId }, ...writeLock(manager) });
      if (existing) {
        if (existing.bodyHash !== bodyHash) {
          throw new ConflictError(`Event '${eventId}' of endpoint '${endpointName}' was received before with other content; an event id names one event: send a new id for a new event.`, '/body/id');
        }
        // Only a first receipt is delivered; a replay of an event the engine never got (it was down) is tried again, by one caller.
        if (existing.state === 'failed') {
          await events.update({ id: existing.id }, { state: 'received' });
          return { event: { ...existing, state: 'received' as const }, duplicate: true, deliver: true };
        }
        return { event: existing, duplicate: true, deliver: false };
      }
      const received: InboundEvent = {
        id: randomUUID(),
        endpoint: endpointName,
        eventId,
        type,
        data,
        bodyHash,
        state: 'received',
        messageName: eventType.messageName,
        businessKey: target.businessKey ?? null,
        processInstanceId: target.processInstanceId ?? null,
        engineAnswer: null,
        attempts: 0,
        receivedAt: new Date(),
        correlatedAt: null,
      };
      // simple-json columns are typed loosely by typeorm's insert.
      await events.insert(received as never);
      await this.audit.append(manager, {
        actor: `integration:${endpointName}`,
        action: 'integration-event.received',
        entityType: 'integration-event',
        entityId: received.id,
        after: { endpoint: endpointName, eventId, type, messageName: received.messageName, businessKey: received.businessKey, processInstanceId: received.processInstanceId, data },
      });
      return { event: received, duplicate: false, deliver: true };
    });
    if (!deliver) return toAnswer(event, duplicate);
    const { event: delivered, failure } = await this.correlate(event, variablesOf(eventType, data));
    // The event is stored; the sender retries with the same id once the engine is back.
    if (failure) throw failure;
    return toAnswer(delivered, duplicate);
  }

  async list(filter: { state?: InboundEventState; endpoint?: string; offset: number; limit: number }): Promise<{ items: InboundEventView[]; total: number; offset: number; limit: number }> {
    const [items, total] = await this.dataSource.getRepository(InboundEventEntity).findAndCount({
      where: { ...(filter.state ? { state: filter.state } : {}), ...(filter.endpoint ? { endpoint: filter.endpoint } : {}) },
      order: { receivedAt: 'DESC', id: 'ASC' },
      skip: filter.offset,
      take: filter.limit,
    });
    return { items, total, offset: filter.offset, limit: filter.limit };
  }

  /** Delivers an unmatched or failed event again, e.g. once the instance has reached its catch event. */
  async correlateAgain(id: string, actor: string, reason?: string): Promise<InboundEventView> {
    // Claimed under the row lock: two operators retrying at once deliver it once.
    const { event, eventType } = await inTransaction(this.dataSource, async (manager) => {
      const events = manager.getRepository(InboundEventEntity);
      const found = await events.findOne({ where: { id }, ...writeLock(manager) });
      if (!found) throw new NotFoundError(`Inbound event '${id}'`);
      if (found.state !== 'unmatched' && found.state !== 'failed') {
        throw new ConflictError(`Inbound event '${id}' is ${found.state}: only an unmatched or failed event is delivered again.`);
      }
      const endpoint = await manager.getRepository(IntegrationEndpointEntity).findOneByOrFail({ name: found.endpoint });
      const type = endpoint.inboundEventTypes[found.type];
      if (!type) throw new ConflictError(`Endpoint '${found.endpoint}' no longer has the event type '${found.type}', so the event cannot be turned into a message.`);
      await events.update({ id }, { state: 'received' });
      return { event: found, eventType: type };
    });
    return (await this.correlate(event, variablesOf(eventType, event.data), { actor, reason: reason ?? null })).event;
  }

  private async correlate(event: InboundEvent, variables: Record<string, unknown>, by?: { actor: string; reason: string | null }): Promise<{ event: InboundEvent; failure?: Error }> {
    let outcome: Pick<InboundEvent, 'state' | 'engineAnswer' | 'processInstanceId' | 'correlatedAt'>;
    let failure: Error | undefined;
    try {
      const results = await this.engine.correlateMessage({
        messageName: event.messageName,
        ...(event.businessKey === null ? {} : { businessKey: event.businessKey }),
        ...(event.processInstanceId === null ? {} : { processInstanceId: event.processInstanceId }),
        variables,
      });
      outcome = { state: 'correlated', engineAnswer: null, processInstanceId: results[0]?.processInstanceId ?? event.processInstanceId, correlatedAt: new Date() };
    } catch (error) {
      // 400: no instance waits for the message (or several do). Kept as unmatched: an operator can deliver it again.
      if (error instanceof EngineRejectedError && error.status === 400) outcome = { state: 'unmatched', engineAnswer: error.message.slice(0, 4000), processInstanceId: event.processInstanceId, correlatedAt: null };
      else {
        failure = error as Error;
        outcome = { state: 'failed', engineAnswer: failure.message.slice(0, 4000), processInstanceId: event.processInstanceId, correlatedAt: null };
      }
    }
    const updated: InboundEvent = { ...event, ...outcome, attempts: event.attempts + 1 };
    await inTransaction(this.dataSource, async (manager) => {
      await manager.getRepository(InboundEventEntity).update({ id: event.id }, { ...outcome, attempts: updated.attempts });
      if (by) {
        await this.audit.append(manager, {
          actor: by.actor,
          action: 'integration-event.correlated-again',
          entityType: 'integration-event',
          entityId: event.id,
          reason: by.reason,
          before: { state: event.state, engineAnswer: event.engineAnswer },
          after: { state: updated.state, engineAnswer: updated.engineAnswer, processInstanceId: updated.processInstanceId },
        });
      }
    });
    const log = { eventId: event.eventId, endpoint: event.endpoint, messageName: event.messageName, state: updated.state, processInstanceId: updated.processInstanceId };
    if (updated.state === 'correlated') this.logger.info(log, 'inbound event delivered to its process instance');
    else this.logger.warn({ ...log, engineAnswer: updated.engineAnswer }, 'inbound event kept: no process instance took it');
    return failure ? { event: updated, failure } : { event: updated };
  }
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function readCorrelation(eventType: InboundEventType, data: Record<string, unknown>): { businessKey?: string; processInstanceId?: string } {
  const [name, pointer] = 'businessKey' in eventType.correlation ? ['businessKey', eventType.correlation.businessKey] : ['processInstanceId', eventType.correlation.processInstanceId];
  const value = readJsonPointer(data, pointer);
  if (typeof value !== 'string' || value === '' || value.length > 255) {
    throw new RequestInvalidError([{ pointer: `/data${pointer}`, message: `must be a text of 1 to 255 characters: it is the ${name === 'businessKey' ? 'business key' : 'process instance id'} that finds the waiting process`, keyword: 'required' }]);
  }
  return { [name]: value };
}

function variablesOf(eventType: InboundEventType, data: Record<string, unknown>): Record<string, unknown> {
  if (!eventType.variables) return data;
  return Object.fromEntries(Object.entries(eventType.variables).map(([name, pointer]) => [name, readJsonPointer(data, pointer) ?? null]));
}

function toAnswer(event: InboundEvent, duplicate: boolean): InboundAnswer {
  return {
    // 202: stored, but no instance has taken it yet.
    status: event.state === 'correlated' || duplicate ? 200 : 202,
    body: { id: event.id, eventId: event.eventId, state: event.state, duplicate, processInstanceId: event.processInstanceId, engineAnswer: event.engineAnswer },
  };
}
