import { draftBodySchema, publishBodySchema, rollbackBodySchema } from '../modules/artifacts/artifact.controller.js';
import type { ArtifactKindDefinition } from '../modules/artifacts/artifact-kinds.js';
import { deployBodySchema } from '../modules/deployments/deployment.controller.js';
import { loginBodySchema, newUserBodySchema } from '../modules/identity/identity.controller.js';
import { operationsPaths } from '../modules/operations/operations.openapi.js';
import { integrationPaths } from '../modules/integrations/integration.openapi.js';
import { inventoryPaths } from '../modules/inventory/inventory.openapi.js';
import { tracePaths } from '../modules/traceability/trace.openapi.js';
import { demoHistoryPaths } from '../modules/demo-history/demo-history.openapi.js';
import { documentPaths } from '../modules/documents/document.openapi.js';
import { kpiPaths } from '../modules/kpis/kpi.openapi.js';
import { dataQualityPaths } from '../modules/data-quality/data-quality.openapi.js';
import { startBodySchema } from '../modules/process-instances/process-instance.controller.js';
import { processStartPaths } from '../modules/process-starts/process-start.openapi.js';
import { analyseBodySchema, evaluateBodySchema } from '../modules/rule-tables/rule-table.controller.js';
import { createRecordBodySchema, updateRecordBodySchema } from '../modules/records/record.controller.js';
import { buildUdiBodySchema, parseUdiBodySchema } from '../modules/udi/udi.controller.js';
import { assignBodySchema, commentBodySchema, completeBodySchema, taskDatesBodySchema, taskListQuerySchema } from '../modules/tasks/task.controller.js';

type Operation = {
  summary: string;
  tags: string[];
  security?: Array<Record<string, string[]>>;
  parameters?: object[];
  requestBody?: object;
  responses: Record<string, object>;
};

const problem = { $ref: '#/components/responses/Problem' };
const json = (schema: object) => ({ 'application/json': { schema } });
const body = (schema: object) => ({ required: true, content: json(schema) });
const ok = (description: string, schema: object = { type: 'object' }) => ({ description, content: json(schema) });
const pathParameter = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });
const errors = { '400': problem, '401': problem, '403': problem, '404': problem, '409': problem, '422': problem, '503': problem };
const public_ = { security: [] as Array<Record<string, string[]>> };

function taskPaths(): Record<string, Record<string, Operation>> {
  const tags = ['tasks'];
  const id = pathParameter('id', 'the task id');
  const detail = ok('the task with its form, signature requirement, comments and related records');
  return {
    '/tasks': {
      get: {
        summary: 'A page of the tasks I may see: mine, my groups\' or all, filtered and sorted',
        tags,
        parameters: Object.entries(taskListQuerySchema.properties).map(([name, schema]) => ({ name, in: 'query', schema })),
        responses: { '200': ok('items, total, offset and limit'), ...errors },
      },
    },
    '/tasks/counts': { get: { summary: 'How many tasks each list holds', tags, responses: { '200': ok('mine, groups and all'), ...errors } } },
    '/tasks/{id}': {
      get: { summary: 'One task', tags, parameters: [id], responses: { '200': detail, ...errors } },
      patch: { summary: 'Set or clear the due and follow-up dates', tags, parameters: [id], requestBody: body(taskDatesBodySchema), responses: { '200': detail, ...errors } },
    },
    '/tasks/{id}/candidates': { get: { summary: 'Colleagues who may work the task', tags, parameters: [id], responses: { '200': ok('users'), ...errors } } },
    '/tasks/{id}/claim': { post: { summary: 'Claim the task', tags, parameters: [id], responses: { '200': detail, ...errors } } },
    '/tasks/{id}/unclaim': { post: { summary: 'Give the task back to its groups', tags, parameters: [id], responses: { '200': detail, ...errors } } },
    '/tasks/{id}/assign': { post: { summary: 'Hand the task to a colleague of its groups', tags, parameters: [id], requestBody: body(assignBodySchema), responses: { '200': detail, ...errors } } },
    '/tasks/{id}/comments': { post: { summary: 'Comment on the task', tags, parameters: [id], requestBody: body(commentBodySchema), responses: { '201': detail, ...errors } } },
    '/tasks/{id}/complete': {
      post: {
        summary: "Complete the task: its form's values become a record; a signed step needs the password again (21 CFR 11.200)",
        tags,
        parameters: [id],
        requestBody: body(completeBodySchema),
        responses: { '200': ok('the record written and the signature applied'), ...errors },
      },
    },
  };
}

function artifactPaths(kind: ArtifactKindDefinition): Record<string, Record<string, Operation>> {
  const tags = [kind.noun];
  const key = pathParameter('key', `key of the ${kind.noun}`);
  const base = kind.path;
  return {
    [base]: { get: { summary: `List ${kind.noun}s with their latest published version`, tags, responses: { '200': ok('the list'), ...errors } } },
    [`${base}/{key}/versions`]: { get: { summary: 'Every version, newest first', tags, parameters: [key], responses: { '200': ok('versions'), ...errors } } },
    [`${base}/{key}/versions/{version}`]: {
      get: {
        summary: "One version: a number, 'latest' or 'draft'",
        tags,
        parameters: [key, pathParameter('version', "a version number, 'latest' or 'draft'")],
        responses: { '200': ok('the version with its content'), ...errors },
      },
    },
    [`${base}/{key}/draft`]: {
      put: { summary: 'Save the draft; the answer lists what blocks publishing', tags, parameters: [key], requestBody: body(draftBodySchema), responses: { '200': ok('the draft and its issues'), ...errors } },
      delete: { summary: 'Discard the draft', tags, parameters: [key], responses: { '204': { description: 'discarded' }, ...errors } },
    },
    [`${base}/{key}/publish`]: {
      post: { summary: 'Publish the draft as the next version', tags, parameters: [key], requestBody: body(publishBodySchema), responses: { '201': ok('the published version'), ...errors } },
    },
    [`${base}/{key}/rollback`]: {
      post: { summary: "Publish an earlier version's content again as the newest", tags, parameters: [key], requestBody: body(rollbackBodySchema), responses: { '201': ok('the new version'), ...errors } },
    },
    [`${base}/{key}/diff`]: {
      get: {
        summary: 'Differences between two versions',
        tags,
        parameters: [key, { name: 'from', in: 'query', required: true, schema: { type: 'string' } }, { name: 'to', in: 'query', schema: { type: 'string', default: 'draft' } }],
        responses: { '200': ok('changes as JSON Pointers with before and after'), ...errors },
      },
    },
  };
}

/** The api's OpenAPI 3.1 description; request schemas are the ones the routes validate with. */
export function createOpenApiDocument(version: string, artifactKinds: ArtifactKindDefinition[]): object {
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Lotflow api',
      version,
      description: 'Medical-device operations as configuration. Errors are application/problem+json (RFC 9457).',
    },
    security: [{ bearer: [] }, { session: [] }],
    paths: {
      '/health': { get: { summary: 'Readiness: database and engine', tags: ['health'], ...public_, responses: { '200': ok('all up'), '503': ok('a component is down') } } },
      '/health/live': { get: { summary: 'Liveness', tags: ['health'], ...public_, responses: { '200': ok('the process runs') } } },
      '/openapi.json': { get: { summary: 'This document', tags: ['health'], ...public_, responses: { '200': ok('OpenAPI 3.1') } } },
      '/auth/login': { post: { summary: 'Sign in; returns a session token and sets the session cookie', tags: ['identity'], ...public_, requestBody: body(loginBodySchema), responses: { '200': ok('the session'), ...errors } } },
      '/auth/logout': { post: { summary: 'End the session', tags: ['identity'], responses: { '204': { description: 'signed out' }, ...errors } } },
      '/auth/me': { get: { summary: 'The signed-in user', tags: ['identity'], responses: { '200': ok('the user'), ...errors } } },
      '/users': {
        get: { summary: 'Users (admin)', tags: ['identity'], responses: { '200': ok('users'), ...errors } },
        post: { summary: 'Create a user (admin)', tags: ['identity'], requestBody: body(newUserBodySchema), responses: { '201': ok('the user'), ...errors } },
      },
      '/audit/events': {
        get: {
          summary: 'Audit trail entries, newest first',
          tags: ['audit'],
          parameters: ['entityType', 'entityId', 'limit'].map((name) => ({ name, in: 'query', schema: { type: name === 'limit' ? 'integer' : 'string' } })),
          responses: { '200': ok('entries'), ...errors },
        },
      },
      '/audit/verify': { get: { summary: 'Recompute the hash chain; names the first broken entry', tags: ['audit'], responses: { '200': ok('verification'), ...errors } } },
      '/deployments': {
        get: { summary: 'Deployments made through the api', tags: ['processes'], responses: { '200': ok('deployments'), ...errors } },
        post: { summary: 'Lint and deploy BPMN files', tags: ['processes'], requestBody: body(deployBodySchema), responses: { '200': ok('unchanged'), '201': ok('deployed'), ...errors } },
      },
      '/deployments/bundled': { post: { summary: "Deploy the BPMN files shipped in processes/", tags: ['processes'], responses: { '200': ok('unchanged'), '201': ok('deployed'), ...errors } } },
      '/processes': { get: { summary: 'Deployed processes with running and finished instance counts', tags: ['processes'], responses: { '200': ok('processes'), ...errors } } },
      '/element-templates': {
        get: {
          summary: "The designer's low-code steps as Camunda 7 element templates: one per worker topic, per published rule table and an approval step per dictionary type",
          tags: ['processes'],
          responses: { '200': ok('the templates, valid against https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json', { type: 'array', items: { type: 'object' } }), ...errors },
        },
      },
      '/process-instances': {
        post: {
          summary: 'Start a process instance with any variables (for integrations and tests; people start from a form, /process-starts); needs analyst or operations, audited',
          tags: ['processes'],
          requestBody: body(startBodySchema),
          responses: { '201': ok('the instance'), ...errors },
        },
      },
      ...processStartPaths,
      '/rule-tables/analyse': {
        post: {
          summary: 'Static analysis of a rule table that is not saved: cells that do not parse, overlaps, gaps, shadowed rows, disagreements with the dictionary',
          tags: ['rule table'],
          requestBody: body(analyseBodySchema),
          responses: { '200': ok('the issues, each with the rows and inputs it names'), ...errors },
        },
      },
      '/rule-tables/{key}/evaluate': {
        post: {
          summary: 'Test bench: evaluate a version of a rule table, with an explanation row by row',
          tags: ['rule table'],
          parameters: [pathParameter('key', 'key of the rule table')],
          requestBody: body(evaluateBodySchema),
          responses: { '200': ok('the decision'), ...errors },
        },
      },
      '/rule-tables/{key}/export': {
        get: {
          summary: 'Download a version of a rule table as an Excel sheet, CSV or DMN',
          tags: ['rule table'],
          parameters: [
            pathParameter('key', 'key of the rule table'),
            { name: 'format', in: 'query', required: true, schema: { enum: ['xlsx', 'csv', 'dmn'] } },
            { name: 'target', in: 'query', schema: { enum: ['camunda-7', 'dmn-1.3'], default: 'camunda-7' } },
            { name: 'version', in: 'query', schema: { type: 'string', default: 'latest' } },
          ],
          responses: { '200': { description: 'the file' }, ...errors },
        },
      },
      '/rule-tables/{key}/import': {
        post: {
          summary: 'Read an Excel sheet, CSV or DMN decision table into the draft of a rule table',
          tags: ['rule table'],
          parameters: [pathParameter('key', 'key of the rule table'), { name: 'format', in: 'query', required: true, schema: { enum: ['xlsx', 'csv', 'dmn'] } }],
          requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } } },
          responses: { '200': ok('the draft and its issues'), '413': problem, ...errors },
        },
      },
      '/rule-tables/bundled/publish': {
        post: { summary: 'Publish the rule tables shipped in rules/rule-tables that changed', tags: ['rule table'], responses: { '200': ok('nothing changed'), '201': ok('published'), ...errors } },
      },
      '/dictionary/pack/load': {
        post: { summary: "Publish the medical-device pack's types and create its demo records (idempotent)", tags: ['records'], responses: { '200': ok('nothing new'), '201': ok('loaded'), ...errors } },
      },
      '/records/{type}': {
        get: {
          summary: 'Records of a type, by code',
          tags: ['records'],
          parameters: [pathParameter('type', 'dictionary type key'), ...['search', 'limit', 'offset'].map((name) => ({ name, in: 'query', schema: { type: name === 'search' ? 'string' : 'integer' } }))],
          responses: { '200': ok('a page of records and the total'), ...errors },
        },
        post: {
          summary: 'Create a record; the code is assigned from its numbering sequence when omitted',
          tags: ['records'],
          parameters: [pathParameter('type', 'dictionary type key')],
          requestBody: body(createRecordBodySchema),
          responses: { '201': ok('the record'), ...errors },
        },
      },
      '/records/{type}/{code}': {
        get: { summary: 'A record, checked against the type version it was written with', tags: ['records'], parameters: [pathParameter('type', 'dictionary type key'), pathParameter('code', 'business code')], responses: { '200': ok('the record'), ...errors } },
        put: {
          summary: 'Change a record (optimistic: send the revision you read; regulated fields need a reason)',
          tags: ['records'],
          parameters: [pathParameter('type', 'dictionary type key'), pathParameter('code', 'business code')],
          requestBody: body(updateRecordBodySchema),
          responses: { '200': ok('the record'), ...errors },
        },
      },
      '/udi/build': {
        post: { summary: 'The GS1 element string and printed text of a UDI: (01) GTIN, (11) production date, (17) expiry, (10) lot, (21) serial', tags: ['udi'], requestBody: body(buildUdiBodySchema), responses: { '200': ok('elementString and humanReadable'), ...errors } },
      },
      '/udi/parse': {
        post: { summary: 'Read a UDI from a scan or its printed text; the check digit and dates are verified', tags: ['udi'], requestBody: body(parseUdiBodySchema), responses: { '200': ok('the UDI parts'), ...errors } },
      },
      ...taskPaths(),
      ...Object.assign({}, ...artifactKinds.map(artifactPaths)),
      ...operationsPaths,
      ...integrationPaths,
      ...inventoryPaths,
      ...tracePaths,
      ...demoHistoryPaths,
      ...documentPaths,
      ...kpiPaths,
      ...dataQualityPaths,
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'the token from POST /auth/login' },
        session: { type: 'apiKey', in: 'cookie', name: 'lotflow_session' },
      },
      responses: {
        Problem: {
          description: 'RFC 9457 problem details',
          content: {
            'application/problem+json': {
              schema: {
                type: 'object',
                required: ['type', 'title', 'status', 'detail'],
                properties: {
                  type: { type: 'string', format: 'uri' },
                  title: { type: 'string' },
                  status: { type: 'integer' },
                  detail: { type: 'string' },
                  instance: { type: 'string' },
                  errors: { type: 'array', items: { type: 'object', required: ['pointer', 'detail'], properties: { pointer: { type: 'string' }, detail: { type: 'string' } } } },
                },
              },
            },
          },
        },
      },
    },
  };
}
