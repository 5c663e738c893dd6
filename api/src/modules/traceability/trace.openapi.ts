import { recallRequestSchema } from './trace.controller.js';

const problem = { $ref: '#/components/responses/Problem' };
const errors = { '400': problem, '401': problem, '403': problem, '404': problem };

const { type, code, lang } = recallRequestSchema.properties;
const recallParameters = [
  { name: 'type', in: 'path', required: true, description: type.description, schema: type },
  { name: 'code', in: 'path', required: true, description: code.description, schema: code },
  { name: 'lang', in: 'query', description: lang.description, schema: lang },
];

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
  '/trace/recall/{type}/{code}': {
    get: {
      summary: 'The recall drill from a node: the lots made from it, every shipment line of them (consignee, address, quantity, date, UDI) and every consignee to notify',
      tags: ['traceability'],
      parameters: recallParameters.filter((parameter) => parameter.in === 'path'),
      responses: { '200': { description: 'start, received lots, work orders, affected lots, shipment lines and consignees', content: { 'application/json': { schema: { type: 'object' } } } }, ...errors },
    },
  },
  '/trace/recall/{type}/{code}.pdf': {
    get: {
      summary: 'The recall drill as a PDF report in the language asked (lang, else Accept-Language), with who ran it and when; every export is audited',
      tags: ['traceability'],
      parameters: recallParameters,
      responses: { '200': { description: 'the report', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } }, ...errors },
    },
  },
};
