import { startProcessBodySchema } from './process-start.controller.js';

const problem = { $ref: '#/components/responses/Problem' };
const errors = { '400': problem, '401': problem, '403': problem, '404': problem, '409': problem, '503': problem };
const ok = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
const key = { name: 'key', in: 'path', required: true, description: 'the process key', schema: { type: 'string' } };
const tags = ['processes'];

/** The start form routes in the api's OpenAPI document. */
export const processStartPaths = {
  '/process-starts': {
    get: {
      summary: "The latest processes with a start form that I may start (one of my roles is a candidate starter group), with the form's type in my language",
      tags,
      responses: { '200': ok('items: key, name, version, documentation and the form type with its label'), ...errors },
    },
  },
  '/process-starts/{key}': {
    get: {
      summary: "A process's start form: the published dictionary type, its version and the fields' defaults",
      tags,
      parameters: [key],
      responses: { '200': ok('the process and its form'), ...errors },
    },
    post: {
      summary: "Start the process from its form: the values become an audited record of the form's type, and the instance starts with them as variables and the record's code as business key",
      tags,
      parameters: [key],
      requestBody: { required: true, content: { 'application/json': { schema: startProcessBodySchema } } },
      responses: { '201': ok('the record, the instance and the definition'), '200': ok('started earlier with this request id: the same record and instance'), ...errors },
    },
  },
};
