import { Router, type Request } from 'express';
import { RequestInvalidError } from '../../http/lotflow-error.js';
import { requestLocale } from '../../http/request-locale.js';
import { bodyParser } from '../../http/validate-body.js';
import { currentUser, requireRole } from '../identity/authentication.middleware.js';
import type { InventoryService, MovementsRequest, ReservationRequest } from './inventory.service.js';
import { movementTypes } from './movement-types.js';

const idempotencyKey = {
  type: 'string',
  minLength: 1,
  maxLength: 200,
  description: "the caller's key for this posting (a worker sends '<processInstanceId>:<externalTaskId>:<step>'): the same key again answers the first result and changes nothing",
} as const;
const code = { type: 'string', minLength: 1, maxLength: 120 } as const;
const location = { type: 'string', minLength: 1, maxLength: 80, pattern: '^[^\\s].*$' } as const;
const quantity = {
  oneOf: [
    { type: 'number', exclusiveMinimum: 0 },
    { type: 'string', pattern: '^\\d{1,15}(\\.\\d{1,3})?$' },
  ],
  description: 'positive, at most three decimal places; the movement type says which way it goes',
} as const;
const documentRef = {
  type: 'object',
  additionalProperties: false,
  required: ['type', 'code'],
  properties: { type: { type: 'string', minLength: 1, maxLength: 80, pattern: '^[a-z][a-z0-9-]*$' }, code },
} as const;
const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' } as const;
const reason = { type: 'string', minLength: 3, maxLength: 2000 } as const;

export const postMovementsBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['idempotencyKey', 'movements'],
  properties: {
    idempotencyKey,
    movements: {
      type: 'array',
      minItems: 1,
      maxItems: 500,
      description: 'posted together or not at all, e.g. the components issued to a work order and its output',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['type', 'lot', 'location', 'quantity'],
        properties: {
          type: { enum: [...movementTypes] },
          lot: code,
          location,
          toLocation: { ...location, description: 'where a transfer puts the stock' },
          quantity,
          document: { ...documentRef, description: 'the receipt, work order, shipment or report the movement is posted against' },
          reservation: { type: 'string', format: 'uuid', description: 'the reservation this issue or shipment draws down' },
        },
      },
    },
    links: {
      type: 'array',
      maxItems: 500,
      description: 'trace links no movement says, e.g. a sterilization load to the lots it carried',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['from', 'to'],
        properties: { from: documentRef, to: documentRef, relation: { type: 'string', minLength: 1, maxLength: 30, pattern: '^[a-z][a-z-]*$' } },
      },
    },
  },
} as const;

export const reserveBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['idempotencyKey', 'material', 'quantity'],
  properties: {
    idempotencyKey,
    material: code,
    quantity,
    customer: { ...code, description: "the customer the stock is for: its minimum remaining shelf life applies unless one is given" },
    workOrder: { ...code, description: 'the work order the stock is for' },
    minimumRemainingShelfLifeDays: { type: 'integer', minimum: 0, maximum: 36500 },
    asOf: { ...isoDate, description: "the date expiry and shelf life are judged on; today in the plant's time zone unless given" },
    location: { ...location, description: 'only stock at this location' },
    shelfLifeOverride: {
      type: 'object',
      additionalProperties: false,
      required: ['reason', 'signedDecision'],
      description:
        'allows lots below the minimum remaining shelf life (never expired or blocked ones); the reason is audited, and signedDecision names the record (e.g. a shelf-life-override) whose valid electronic signature authorises it',
      properties: { reason, signedDecision: documentRef },
    },
  },
} as const;

export const lotStatusBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['status', 'reason'],
  properties: { status: { type: 'string', minLength: 1, maxLength: 40 }, reason: { ...reason, description: 'why: the status is a regulated field' } },
} as const;

const parseMovements = bodyParser<MovementsRequest>(postMovementsBodySchema);
const parseReservation = bodyParser<ReservationRequest>(reserveBodySchema);
const parseLotStatus = bodyParser<{ status: string; reason: string }>(lotStatusBodySchema);

const mayMoveStock = requireRole('warehouse', 'production', 'qa');
const mayDecideLotStatus = requireRole('qa', 'mrb');

function readQueryText(request: Request, name: string, issues: Array<{ pointer: string; message: string; keyword: string }>): string | undefined {
  const value = request.query[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || value.length > 120) {
    issues.push({ pointer: `/${name}`, message: 'must be one code of at most 120 characters', keyword: 'type' });
    return undefined;
  }
  return value;
}

export function inventoryRouter(inventory: InventoryService): Router {
  const router = Router();

  router.post('/inventory/movements', mayMoveStock, async (request, response) => {
    const { replayed, result } = await inventory.postMovements(parseMovements(request), currentUser(request).username);
    response.status(replayed ? 200 : 201).json(result);
  });

  router.get('/inventory/movements', async (request, response) => {
    const issues: Array<{ pointer: string; message: string; keyword: string }> = [];
    const lot = readQueryText(request, 'lot', issues);
    if (!lot) issues.push({ pointer: '/lot', message: 'is required: the ledger is read lot by lot', keyword: 'required' });
    if (issues.length > 0) throw new RequestInvalidError(issues, 'query');
    response.json(await inventory.ledger(lot!));
  });

  router.get('/inventory/balances', async (request, response) => {
    const issues: Array<{ pointer: string; message: string; keyword: string }> = [];
    const material = readQueryText(request, 'material', issues);
    const lot = readQueryText(request, 'lot', issues);
    const location = readQueryText(request, 'location', issues);
    if (issues.length > 0) throw new RequestInvalidError(issues, 'query');
    response.json(await inventory.balances({ ...(material ? { material } : {}), ...(lot ? { lot } : {}), ...(location ? { location } : {}) }));
  });

  router.post('/inventory/reservations', mayMoveStock, async (request, response) => {
    const { replayed, result } = await inventory.reserve(parseReservation(request), currentUser(request).username);
    response.status(replayed ? 200 : 201).json(result);
  });

  router.get('/inventory/reservations/:id', async (request, response) => {
    response.json(await inventory.getReservation(String(request.params.id)));
  });

  router.delete('/inventory/reservations/:id', mayMoveStock, async (request, response) => {
    const reasonText = typeof request.query.reason === 'string' && request.query.reason.trim() ? request.query.reason.trim().slice(0, 2000) : undefined;
    response.json(await inventory.cancelReservation(String(request.params.id), currentUser(request).username, reasonText));
  });

  router.post('/inventory/lots/:code/status', mayDecideLotStatus, async (request, response) => {
    const body = parseLotStatus(request);
    response.json(await inventory.changeLotStatus(String(request.params.code), { ...body, actor: currentUser(request).username, locale: requestLocale(request) }));
  });

  return router;
}
