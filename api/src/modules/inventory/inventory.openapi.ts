import { lotStatusBodySchema, postMovementsBodySchema, reserveBodySchema } from './inventory.controller.js';

const problem = { $ref: '#/components/responses/Problem' };
const json = (schema: object) => ({ 'application/json': { schema } });
const ok = (description: string) => ({ description, content: json({ type: 'object' }) });
const errors = { '400': problem, '401': problem, '403': problem, '404': problem, '409': problem };
const tags = ['inventory'];
const query = (name: string, description: string, required = false) => ({ name, in: 'query', required, description, schema: { type: 'string' } });
const id = { name: 'id', in: 'path', required: true, description: 'the reservation id', schema: { type: 'string', format: 'uuid' } };

/** The inventory routes in the api's OpenAPI document. */
export const inventoryPaths = {
  '/inventory/movements': {
    post: {
      summary: 'Post movements of lots (receipt, issue, production output, transfer, scrap, return to supplier, shipment) together; idempotent by key (warehouse, production, qa)',
      tags,
      requestBody: { required: true, content: json(postMovementsBodySchema) },
      responses: { '201': ok('the movements and trace links written'), '200': ok('the same key was posted before: its first answer, nothing changed'), ...errors },
    },
    get: { summary: "A lot's ledger, oldest first, with the balance after each row", tags, parameters: [query('lot', 'the lot', true)], responses: { '200': ok('the rows'), ...errors } },
  },
  '/inventory/balances': {
    get: {
      summary: 'On hand, reserved and available by material, lot and location, with the lot status and expiry',
      tags,
      parameters: [query('material', 'only this material'), query('lot', 'only this lot'), query('location', 'only this location')],
      responses: { '200': ok('balances'), ...errors },
    },
  },
  '/inventory/reservations': {
    post: {
      summary: "Reserve stock FEFO: released, unexpired lots meeting the customer's minimum remaining shelf life, earliest expiry first; a 409 says why each lot was skipped",
      tags,
      requestBody: { required: true, content: json(reserveBodySchema) },
      responses: { '201': ok('the reservation and its lots'), '200': ok('the same key was reserved before: its first answer'), ...errors },
    },
  },
  '/inventory/reservations/{id}': {
    get: { summary: 'A reservation with its lots', tags, parameters: [id], responses: { '200': ok('the reservation'), ...errors } },
    delete: {
      summary: 'Cancel a reservation (cancelling twice changes nothing)',
      tags,
      parameters: [id, query('reason', 'why, for the audit trail')],
      responses: { '200': ok('the cancelled reservation'), ...errors },
    },
  },
  '/inventory/lots/{code}/status': {
    post: {
      summary: "Change a lot's status with a reason (qa, mrb); any status but released also releases the lot's open reservations",
      tags,
      parameters: [{ name: 'code', in: 'path', required: true, description: 'the lot number', schema: { type: 'string' } }],
      requestBody: { required: true, content: json(lotStatusBodySchema) },
      responses: { '200': ok('the lot record and the reservations released'), ...errors },
    },
  },
};
