import { duplicatesQuerySchema, schemaFailuresQuerySchema, snapshotListQuerySchema, takeSnapshotBodySchema } from './data-quality.controller.js';

const problem = { $ref: '#/components/responses/Problem' };
const json = (schema: object) => ({ 'application/json': { schema } });
const ok = (description: string) => ({ description, content: json({ type: 'object' }) });
const errors = { '400': problem, '401': problem, '403': problem, '404': problem };
const tags = ['data-quality'];
const queryParameters = (schema: { properties: Record<string, object> }) => Object.entries(schema.properties).map(([name, property]) => ({ name, in: 'query', schema: property }));
const snapshotId = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });

/** The data-quality routes in the api's OpenAPI document. */
export const dataQualityPaths = {
  '/data-quality/duplicates': {
    get: {
      summary:
        'Likely duplicate suppliers and materials: names alike once normalised (case, full-width, punctuation, legal forms such as Co., Ltd. or 有限公司; Levenshtein similarity at least the threshold), or a certificate number, e-mail or GTIN in common; each pair with its score and reasons (qa, data-steward)',
      tags,
      parameters: queryParameters(duplicatesQuerySchema),
      responses: { '200': ok('the threshold and the pairs, highest score first'), ...errors },
    },
  },
  '/data-quality/outliers': {
    get: {
      summary:
        'Inspection readings far from the rest of their characteristic: modified z-score 0.6745·(x − median)/MAD beyond ±3.5 (Iglewicz–Hoaglin), for characteristics with at least 8 readings (qa, data-steward)',
      tags,
      responses: { '200': ok('the characteristics checked or skipped, and the outlying readings with record, field, value, median and score'), ...errors },
    },
  },
  '/data-quality/schema-failures': {
    get: {
      summary: "Records the current published version of their type would refuse (written under an older version), each problem by field (qa, data-steward)",
      tags,
      parameters: queryParameters(schemaFailuresQuerySchema),
      responses: { '200': ok('how many records were checked and the failures'), ...errors },
    },
  },
  '/data-quality/snapshots': {
    get: { summary: 'Snapshots of the key tables, newest first, with their row counts (qa, data-steward)', tags, parameters: queryParameters(snapshotListQuerySchema), responses: { '200': ok('items and total'), ...errors } },
    post: {
      summary: 'Take a snapshot now: records of the chosen types (supplier, material, lot), lot statuses and inventory balances; audited (qa)',
      tags,
      requestBody: { required: false, content: json(takeSnapshotBodySchema) },
      responses: { '201': ok('the snapshot with its row counts'), ...errors },
    },
  },
  '/data-quality/snapshots/{from}/diff/{to}': {
    get: {
      summary: 'What changed from one snapshot to another: rows added and removed per table, changed rows with each field\'s old and new value (qa, data-steward)',
      tags,
      parameters: [snapshotId('from', 'the earlier snapshot'), snapshotId('to', 'the later snapshot')],
      responses: { '200': ok('the two snapshots and the tables that differ'), ...errors },
    },
  },
};
