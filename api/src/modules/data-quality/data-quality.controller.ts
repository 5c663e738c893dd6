import { Router } from 'express';
import { requestLocale } from '../../http/request-locale.js';
import { bodyParser, queryParser } from '../../http/validate-body.js';
import { currentUser, requireRole } from '../identity/authentication.middleware.js';
import { duplicateTypes, type DataQualityService } from './data-quality.service.js';
import type { SnapshotService } from './snapshot.service.js';

export const duplicatesQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: { type: { enum: duplicateTypes, description: 'only pairs of this type; both when absent' } },
} as const;

export const schemaFailuresQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: { locale: { enum: ['en', 'zh-CN'], description: 'the language of the problems; else Accept-Language' } },
} as const;

export const snapshotListQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    offset: { type: 'integer', minimum: 0, default: 0 },
    limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
  },
} as const;

export const takeSnapshotBodySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    recordTypes: {
      type: 'array',
      minItems: 1,
      maxItems: 30,
      uniqueItems: true,
      items: { type: 'string', pattern: '^[a-z][a-z0-9-]*$', maxLength: 64 },
      description: 'the dictionary types whose records are copied; supplier, material and lot when absent',
    },
  },
} as const;

const parseDuplicatesQuery = queryParser<{ type?: string }>(duplicatesQuerySchema);
const parseSchemaFailuresQuery = queryParser<{ locale?: string }>(schemaFailuresQuerySchema);
const parseSnapshotListQuery = queryParser<{ offset: number; limit: number }>(snapshotListQuerySchema);
const parseTakeSnapshot = bodyParser<{ recordTypes?: string[] }>(takeSnapshotBodySchema);

/** Quality and the data stewards look after the data; administrators may do everything. */
const mayRead = requireRole('qa', 'data-steward');
const mayTakeSnapshot = requireRole('qa');

export function dataQualityRouter(checks: DataQualityService, snapshots: SnapshotService): Router {
  const router = Router();

  router.get('/data-quality/duplicates', mayRead, async (request, response) => {
    const query = parseDuplicatesQuery(request);
    response.json(await checks.duplicates(query.type ? [query.type] : duplicateTypes));
  });

  router.get('/data-quality/outliers', mayRead, async (_request, response) => {
    response.json(await checks.outliers());
  });

  router.get('/data-quality/schema-failures', mayRead, async (request, response) => {
    parseSchemaFailuresQuery(request);
    response.json(await checks.schemaFailures(requestLocale(request)));
  });

  router.get('/data-quality/snapshots', mayRead, async (request, response) => {
    response.json(await snapshots.list(parseSnapshotListQuery(request)));
  });

  router.post('/data-quality/snapshots', mayTakeSnapshot, async (request, response) => {
    const body = parseTakeSnapshot(request);
    const snapshot = await snapshots.take(currentUser(request).username, { trigger: 'manual', ...(body.recordTypes ? { recordTypes: body.recordTypes } : {}) });
    response.status(201).json(snapshot);
  });

  router.get('/data-quality/snapshots/:from/diff/:to', mayRead, async (request, response) => {
    response.json(await snapshots.diff(String(request.params.from), String(request.params.to)));
  });

  return router;
}
