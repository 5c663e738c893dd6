import express, { Router, type Request } from 'express';
import { NotFoundError, RequestInvalidError } from '../../http/lotflow-error.js';
import { bodyParser } from '../../http/validate-body.js';
import { currentUser, requireRole } from '../identity/authentication.middleware.js';
import type { InboundEventService } from './inbound-event.service.js';
import type { EndpointInput, IntegrationEndpointService } from './integration-endpoint.service.js';
import { endpointKinds, inboundEventStates, messageStates } from './integration.entity.js';
import type { Outbox } from './outbox.service.js';

const endpointNamePattern = /^[a-z][a-z0-9-]{1,79}$/;
const jsonPointer = { type: 'string', pattern: '^(/([^~/]|~[01])*)+$', maxLength: 500, description: 'a JSON Pointer into the event data, e.g. /lotNumber' } as const;

export const endpointBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['kind'],
  properties: {
    kind: { enum: endpointKinds },
    description: { type: 'string', maxLength: 500 },
    url: { type: 'string', format: 'uri', pattern: '^https?://', maxLength: 2000, description: 'where outgoing messages are posted' },
    secret: { type: 'string', minLength: 32, maxLength: 256, description: 'the HMAC-SHA256 secret both sides sign with; write-only, left out to keep the current one' },
    inboundEventTypes: {
      type: 'object',
      maxProperties: 100,
      propertyNames: { pattern: '^[a-z][a-z0-9._-]*$', maxLength: 120 },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['messageName', 'schema', 'correlation'],
        properties: {
          messageName: { type: 'string', minLength: 1, maxLength: 255, description: 'the BPMN message the waiting catch event names' },
          schema: { type: 'object', description: "JSON Schema 2020-12 of the event's data" },
          correlation: {
            oneOf: [
              { type: 'object', additionalProperties: false, required: ['businessKey'], properties: { businessKey: jsonPointer } },
              { type: 'object', additionalProperties: false, required: ['processInstanceId'], properties: { processInstanceId: jsonPointer } },
            ],
          },
          variables: { type: 'object', maxProperties: 200, propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$', maxLength: 255 }, additionalProperties: jsonPointer },
        },
      },
    },
  },
} as const;

export const reasonBodySchema = {
  type: 'object',
  additionalProperties: false,
  properties: { reason: { type: 'string', minLength: 3, maxLength: 2000, description: 'why, for the audit trail' } },
} as const;

const parseEndpoint = bodyParser<EndpointInput>(endpointBodySchema);
const parseReason = bodyParser<{ reason?: string }>(reasonBodySchema);

type Issue = { pointer: string; message: string; keyword: string };

function readEndpointName(request: Request, parameter = 'endpoint'): string {
  const name = String(request.params[parameter]);
  if (!endpointNamePattern.test(name)) throw new NotFoundError(`Integration endpoint '${name}'`, 'Endpoint names are lower-case letters, digits and dashes.');
  return name;
}

function readListFilter<S extends string>(request: Request, states: readonly S[]): { state?: S; endpoint?: string; offset: number; limit: number } {
  const issues: Issue[] = [];
  const limit = request.query.limit === undefined ? 50 : Number(request.query.limit);
  const offset = request.query.offset === undefined ? 0 : Number(request.query.offset);
  if (!(Number.isInteger(limit) && limit >= 1 && limit <= 500)) issues.push({ pointer: '/limit', message: 'must be an integer from 1 to 500', keyword: 'range' });
  if (!(Number.isInteger(offset) && offset >= 0)) issues.push({ pointer: '/offset', message: 'must be an integer from 0', keyword: 'range' });
  const state = request.query.state;
  if (state !== undefined && !states.includes(state as S)) issues.push({ pointer: '/state', message: `must be one of ${states.join(', ')}`, keyword: 'enum' });
  const endpoint = request.query.endpoint;
  if (endpoint !== undefined && (typeof endpoint !== 'string' || !endpointNamePattern.test(endpoint))) issues.push({ pointer: '/endpoint', message: 'must be an endpoint name', keyword: 'pattern' });
  if (issues.length > 0) throw new RequestInvalidError(issues, 'query');
  return { offset, limit, ...(state ? { state: state as S } : {}), ...(endpoint ? { endpoint: endpoint as string } : {}) };
}

const forOperators = requireRole('operations');
const forAdmins = requireRole('admin');

/**
 * Calls from MES, WMS and LIMS. Mounted before the JSON body parser and the session check: the
 * signature covers the raw bytes, and the caller is a system holding the endpoint's secret, not a user.
 */
export function inboundEventRouter(inbound: InboundEventService): Router {
  const router = Router();
  router.post('/integrations/inbound/:endpoint', express.raw({ type: () => true, limit: '1mb' }), async (request, response) => {
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const answer = await inbound.receive(readEndpointName(request), body, request.headers);
    response.status(answer.status).json(answer.body);
  });
  return router;
}

/** Endpoints, the outbox and inbound events, for admins and operations. */
export function integrationRouter(endpoints: IntegrationEndpointService, outbox: Outbox, inbound: InboundEventService): Router {
  const router = Router();

  router.get('/integrations/endpoints', forOperators, async (_request, response) => {
    response.json({ items: await endpoints.list() });
  });

  router.get('/integrations/endpoints/:endpoint', forOperators, async (request, response) => {
    response.json(await endpoints.get(readEndpointName(request)));
  });

  router.put('/integrations/endpoints/:endpoint', forAdmins, async (request, response) => {
    const name = readEndpointName(request);
    const { endpoint, created } = await endpoints.save(name, parseEndpoint(request), currentUser(request).username);
    response.status(created ? 201 : 200).json(endpoint);
  });

  router.get('/integrations/messages', forOperators, async (request, response) => {
    response.json(await outbox.list(readListFilter(request, messageStates)));
  });

  router.post('/integrations/messages/:id/resend', forOperators, async (request, response) => {
    const body = parseReason(request);
    response.json(await outbox.resend(String(request.params.id), currentUser(request).username, body.reason));
  });

  router.get('/integrations/inbound-events', forOperators, async (request, response) => {
    response.json(await inbound.list(readListFilter(request, inboundEventStates)));
  });

  router.post('/integrations/inbound-events/:id/correlate', forOperators, async (request, response) => {
    const body = parseReason(request);
    response.json(await inbound.correlateAgain(String(request.params.id), currentUser(request).username, body.reason));
  });

  return router;
}
