import { endpointBodySchema, reasonBodySchema } from './integration.controller.js';
import { inboundEnvelopeSchema } from './inbound-event.service.js';
import { inboundEventStates, messageStates } from './integration.entity.js';

const problem = { $ref: '#/components/responses/Problem' };
const json = (schema: object) => ({ 'application/json': { schema } });
const errors = { '400': problem, '401': problem, '403': problem, '404': problem, '409': problem, '422': problem, '503': problem };
const tags = ['integrations'];
const path = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });
const endpointName = path('endpoint', 'the endpoint name, e.g. lims-main');
const listQuery = (states: readonly string[]) => [
  { name: 'state', in: 'query', schema: { enum: states } },
  { name: 'endpoint', in: 'query', schema: { type: 'string' } },
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
];
const signatureParameters = [
  { name: 'X-Lotflow-Timestamp', in: 'header', required: true, description: 'Unix time in seconds when the call was signed', schema: { type: 'string' } },
  { name: 'X-Lotflow-Signature', in: 'header', required: true, description: 'sha256=<hex of HMAC-SHA256(endpoint secret, "<timestamp>.<raw body>")>', schema: { type: 'string' } },
];

/** The integration routes in the api's OpenAPI document. */
export const integrationPaths = {
  '/integrations/inbound/{endpoint}': {
    post: {
      summary: 'An event from a MES, WMS or LIMS, signed with the endpoint secret: stored once per event id and delivered to the waiting process instance as a BPMN message',
      tags,
      security: [],
      parameters: [endpointName, ...signatureParameters],
      requestBody: { required: true, content: json(inboundEnvelopeSchema) },
      responses: {
        '200': { description: 'delivered to the process instance, or a repeated event id acknowledged', content: json({ type: 'object' }) },
        '202': { description: 'stored, but no process instance waits for it (state unmatched, with the engine answer)', content: json({ type: 'object' }) },
        ...errors,
      },
    },
  },
  '/integrations/endpoints': {
    get: { summary: 'MES, WMS and LIMS endpoints, without their secrets (operations)', tags, responses: { '200': { description: 'the endpoints', content: json({ type: 'object' }) }, ...errors } },
  },
  '/integrations/endpoints/{endpoint}': {
    get: { summary: 'One endpoint, without its secret (operations)', tags, parameters: [endpointName], responses: { '200': { description: 'the endpoint', content: json({ type: 'object' }) }, ...errors } },
    put: {
      summary: 'Create or replace an endpoint: kind, url, secret (write-only) and inbound event types (admin; audited)',
      tags,
      parameters: [endpointName],
      requestBody: { required: true, content: json(endpointBodySchema) },
      responses: { '200': { description: 'changed', content: json({ type: 'object' }) }, '201': { description: 'created', content: json({ type: 'object' }) }, ...errors },
    },
  },
  '/integrations/messages': {
    get: { summary: 'Outgoing messages of the outbox, newest first, with attempts and the last error (operations)', tags, parameters: listQuery(messageStates), responses: { '200': { description: 'a page of messages and the total', content: json({ type: 'object' }) }, ...errors } },
  },
  '/integrations/messages/{id}/resend': {
    post: {
      summary: 'Send a dead message again with a fresh set of attempts, under the same message id (operations; audited)',
      tags,
      parameters: [path('id', 'the message id')],
      requestBody: { required: false, content: json(reasonBodySchema) },
      responses: { '200': { description: 'the message, pending again', content: json({ type: 'object' }) }, ...errors },
    },
  },
  '/integrations/inbound-events': {
    get: { summary: 'Events received from MES, WMS and LIMS, newest first, with what the engine did with them (operations)', tags, parameters: listQuery(inboundEventStates), responses: { '200': { description: 'a page of events and the total', content: json({ type: 'object' }) }, ...errors } },
  },
  '/integrations/inbound-events/{id}/correlate': {
    post: {
      summary: 'Deliver an unmatched or failed event to its process instance again (operations; audited)',
      tags,
      parameters: [path('id', 'the inbound event id')],
      requestBody: { required: false, content: json(reasonBodySchema) },
      responses: { '200': { description: 'the event with its new state', content: json({ type: 'object' }) }, ...errors },
    },
  },
};
