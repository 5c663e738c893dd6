const problem = { $ref: '#/components/responses/Problem' };
const ok = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
const errors = { '400': problem, '401': problem, '403': problem, '404': problem, '409': problem };
const tags = ['documents'];
const id = { name: 'id', in: 'path', required: true, description: 'the document version id', schema: { type: 'string', format: 'uuid' } };

/** The document routes in the api's OpenAPI document. */
export const documentPaths = {
  '/documents/device-history-records/{lot}': {
    post: {
      summary: "Compile the lot's device history record as PDF (qa, warehouse): dates, quantities reconciled, inspections, NCRs, sterilization, labels/UDI, signatures. A new version only when its content changed",
      tags,
      parameters: [{ name: 'lot', in: 'path', required: true, description: 'the lot number', schema: { type: 'string' } }],
      responses: { '201': ok('a new version'), '200': ok('nothing changed since the latest version: that version'), ...errors },
    },
  },
  '/documents/certificates-of-conformance/{shipment}': {
    post: {
      summary: "Issue the shipment's certificate of conformance as PDF (qa, warehouse): customer, lines with lot, UDI and expiry, release signatures, the statement. A new version only when its content changed",
      tags,
      parameters: [{ name: 'shipment', in: 'path', required: true, description: 'the shipment number', schema: { type: 'string' } }],
      responses: { '201': ok('a new version'), '200': ok('nothing changed since the latest version: that version'), ...errors },
    },
  },
  '/documents': {
    get: {
      summary: 'Document versions, newest first',
      tags,
      parameters: [
        { name: 'subjectType', in: 'query', description: 'lot or shipment', schema: { type: 'string' } },
        { name: 'subjectId', in: 'query', description: 'the lot or shipment number', schema: { type: 'string' } },
        { name: 'kind', in: 'query', schema: { enum: ['device-history-record', 'certificate-of-conformance'] } },
      ],
      responses: { '200': ok('items'), ...errors },
    },
  },
  '/documents/{id}': {
    get: { summary: 'One document version: its metadata, hashes and the model it prints', tags, parameters: [id], responses: { '200': ok('the document with its model'), ...errors } },
  },
  '/documents/{id}/pdf': {
    get: {
      summary: 'The PDF of a document version',
      tags,
      parameters: [id],
      responses: { '200': { description: 'the PDF, as an attachment named <kind>-<subject>-v<version>.pdf', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } }, ...errors },
    },
  },
};
