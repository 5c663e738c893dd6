import { EntitySchema } from 'typeorm';

export const endpointKinds = ['mes', 'wms', 'lims', 'erp'] as const;
export type EndpointKind = (typeof endpointKinds)[number];

/** How an inbound event of one type becomes a BPMN message the waiting process instance receives. */
export interface InboundEventType {
  /** The BPMN message name the catch event waits for. */
  messageName: string;
  /** JSON Schema (2020-12) of the event's `data`. */
  schema: Record<string, unknown>;
  /** JSON Pointers into `data`: the instance is found by its business key or by its id. */
  correlation: { businessKey: string } | { processInstanceId: string };
  /** Process variable name → JSON Pointer into `data`; without it every top-level property of `data` is passed. */
  variables?: Record<string, string>;
}

/** A system Lotflow exchanges signed calls with: a MES, WMS or LIMS, or the ERP that invoices shipments. */
export interface IntegrationEndpoint {
  name: string;
  kind: EndpointKind;
  description: string | null;
  /** Where outgoing messages are posted; null for an endpoint that only sends events in. */
  url: string | null;
  /** The shared HMAC secret, sealed by SecretBox. */
  sealedSecret: string;
  secretFingerprint: string;
  inboundEventTypes: Record<string, InboundEventType>;
  createdAt: Date;
  updatedAt: Date;
  updatedBy: string;
}

export const messageStates = ['pending', 'delivered', 'dead'] as const;
export type MessageState = (typeof messageStates)[number];

/** One outgoing message of the outbox, written in the transaction of the change that caused it. */
export interface IntegrationMessage {
  /** Also the receiver's de-duplication key: every attempt carries the same id. */
  id: string;
  endpoint: string;
  type: string;
  payload: Record<string, unknown>;
  /** Unique per endpoint: the same key enqueued again is the same message. */
  idempotencyKey: string;
  state: MessageState;
  attempts: number;
  nextAttemptAt: Date;
  /** A delivery loop that claimed the message owns it until then. */
  leaseUntil: Date | null;
  leaseOwner: string | null;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
}

export const inboundEventStates = ['received', 'correlated', 'unmatched', 'failed'] as const;
export type InboundEventState = (typeof inboundEventStates)[number];

/** An event a MES, WMS or LIMS posted, kept whether or not a process instance took it. */
export interface InboundEvent {
  id: string;
  endpoint: string;
  /** The sender's id of the event: a second call with it is acknowledged, not correlated again. */
  eventId: string;
  type: string;
  data: Record<string, unknown>;
  /** SHA-256 of the raw body: a replay with the same id but other content is refused. */
  bodyHash: string;
  state: InboundEventState;
  messageName: string;
  businessKey: string | null;
  processInstanceId: string | null;
  /** What the engine said when it could not deliver the message (no instance waits, or several do). */
  engineAnswer: string | null;
  attempts: number;
  receivedAt: Date;
  correlatedAt: Date | null;
}

export const IntegrationEndpointEntity = new EntitySchema<IntegrationEndpoint>({
  name: 'IntegrationEndpoint',
  tableName: 'integration_endpoint',
  columns: {
    name: { type: 'varchar', length: 80, primary: true },
    kind: { type: 'varchar', length: 8 },
    description: { type: 'varchar', length: 500, nullable: true },
    url: { type: 'varchar', length: 2000, nullable: true },
    sealedSecret: { name: 'sealed_secret', type: 'varchar', length: 1000 },
    secretFingerprint: { name: 'secret_fingerprint', type: 'varchar', length: 12 },
    inboundEventTypes: { name: 'inbound_event_types', type: 'simple-json' },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3 },
    updatedBy: { name: 'updated_by', type: 'varchar', length: 64 },
  },
});

export const IntegrationMessageEntity = new EntitySchema<IntegrationMessage>({
  name: 'IntegrationMessage',
  tableName: 'integration_message',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    endpoint: { type: 'varchar', length: 80 },
    type: { type: 'varchar', length: 120 },
    payload: { type: 'simple-json' },
    idempotencyKey: { name: 'idempotency_key', type: 'varchar', length: 200 },
    state: { type: 'varchar', length: 16 },
    attempts: { type: 'integer' },
    nextAttemptAt: { name: 'next_attempt_at', type: 'datetime', precision: 3 },
    leaseUntil: { name: 'lease_until', type: 'datetime', precision: 3, nullable: true },
    leaseOwner: { name: 'lease_owner', type: 'varchar', length: 36, nullable: true },
    lastStatus: { name: 'last_status', type: 'integer', nullable: true },
    lastError: { name: 'last_error', type: 'varchar', length: 2000, nullable: true },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    deliveredAt: { name: 'delivered_at', type: 'datetime', precision: 3, nullable: true },
  },
});

export const InboundEventEntity = new EntitySchema<InboundEvent>({
  name: 'InboundEvent',
  tableName: 'integration_inbound_event',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    endpoint: { type: 'varchar', length: 80 },
    eventId: { name: 'event_id', type: 'varchar', length: 200 },
    type: { type: 'varchar', length: 120 },
    data: { name: 'event_data', type: 'simple-json' },
    bodyHash: { name: 'body_hash', type: 'varchar', length: 64 },
    state: { type: 'varchar', length: 16 },
    messageName: { name: 'message_name', type: 'varchar', length: 255 },
    businessKey: { name: 'business_key', type: 'varchar', length: 255, nullable: true },
    processInstanceId: { name: 'process_instance_id', type: 'varchar', length: 64, nullable: true },
    engineAnswer: { name: 'engine_answer', type: 'varchar', length: 4000, nullable: true },
    attempts: { type: 'integer' },
    receivedAt: { name: 'received_at', type: 'datetime', precision: 3 },
    correlatedAt: { name: 'correlated_at', type: 'datetime', precision: 3, nullable: true },
  },
});
