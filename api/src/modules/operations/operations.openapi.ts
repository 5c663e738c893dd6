import { retryBodySchema } from './operations.controller.js';

const problem = { $ref: '#/components/responses/Problem' };
const json = (schema: object) => ({ 'application/json': { schema } });
const errors = { '400': problem, '401': problem, '403': problem, '404': problem, '409': problem, '422': problem, '503': problem };
const tags = ['operations'];
const id = (description: string) => ({ name: 'id', in: 'path', required: true, description, schema: { type: 'string' } });
const queryText = (name: string, description: string) => ({ name, in: 'query', description, schema: { type: 'string' } });
const paging = [
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
];

/** The operations routes in the api's OpenAPI document. */
export const operationsPaths = {
  '/operations/instances': {
    get: {
      summary: 'Running process instances with their current activities and incident count (operations)',
      tags,
      parameters: [queryText('processKey', 'only this process'), queryText('businessKey', 'business keys containing this text'), ...paging],
      responses: { '200': { description: 'a page of instances and the total', content: json({ type: 'object' }) }, ...errors },
    },
  },
  '/operations/incidents': {
    get: {
      summary: 'Open incidents with the full error, the failed activity and the retries left (operations)',
      tags,
      parameters: [queryText('processKey', 'only this process'), queryText('processInstanceId', 'only this instance'), ...paging],
      responses: { '200': { description: 'a page of incidents and the total', content: json({ type: 'object' }) }, ...errors },
    },
  },
  '/operations/incidents/{id}/retry': {
    post: {
      summary: "Give the failed external task or job more retries, which resolves the incident (operations; audited)",
      tags,
      parameters: [id('the incident id')],
      requestBody: { required: false, content: json(retryBodySchema) },
      responses: { '200': { description: 'what was retried', content: json({ type: 'object' }) }, ...errors },
    },
  },
  '/process-instances/{id}/context': {
    get: {
      summary: "A process instance's BPMN, its active and failed activities and its activity history",
      tags: ['processes'],
      parameters: [id('the process instance id')],
      responses: { '200': { description: 'the context', content: json({ type: 'object' }) }, ...errors },
    },
  },
};
