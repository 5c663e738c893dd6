const problem = { $ref: '#/components/responses/Problem' };
const errors = { '400': problem, '401': problem, '403': problem, '404': problem };

/** The traceability routes in the api's OpenAPI document. */
export const tracePaths = {
  '/trace/{type}/{code}': {
    get: {
      summary: 'The genealogy around a lot, supplier lot, receipt, work order, shipment or customer: nodes (with their records) and links, backward to suppliers and forward to consignees',
      tags: ['traceability'],
      parameters: [
        { name: 'type', in: 'path', required: true, description: 'lot, supplier-lot, receipt, work-order, shipment, customer, supplier…', schema: { type: 'string' } },
        { name: 'code', in: 'path', required: true, description: "the code; a supplier lot is '<supplier>/<supplier lot>' (slash as %2F)", schema: { type: 'string' } },
        { name: 'direction', in: 'query', schema: { enum: ['backward', 'forward', 'both'], default: 'both' } },
        { name: 'depth', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 10, default: 5 } },
      ],
      responses: { '200': { description: 'start, nodes and edges', content: { 'application/json': { schema: { type: 'object' } } } }, ...errors },
    },
  },
};
