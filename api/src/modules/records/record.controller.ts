import { Router, type Request } from 'express';
import { RequestInvalidError } from '../../http/lotflow-error.js';
import { requestLocale } from '../../http/request-locale.js';
import { bodyParser } from '../../http/validate-body.js';
import { currentUser, requireRole } from '../identity/authentication.middleware.js';
import { signedContent, type SignatureService } from '../signatures/signature.service.js';
import type { RecordService } from './record.service.js';

const reason = { type: 'string', minLength: 3, maxLength: 2000, description: 'why: required when a regulated field changes' };

export const createRecordBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['values'],
  properties: { values: { type: 'object' }, reason },
} as const;

export const updateRecordBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['values', 'revision'],
  properties: { values: { type: 'object' }, revision: { type: 'integer', minimum: 1 }, reason },
} as const;

const parseCreate = bodyParser<{ values: Record<string, unknown>; reason?: string }>(createRecordBodySchema);
const parseUpdate = bodyParser<{ values: Record<string, unknown>; revision: number; reason?: string }>(updateRecordBodySchema);

const mayWrite = requireRole('data-steward', 'analyst', 'qa', 'purchasing', 'mrb', 'production', 'warehouse');

function readPaging(request: Request): { search?: string; limit: number; offset: number } {
  const limit = request.query.limit === undefined ? 50 : Number(request.query.limit);
  const offset = request.query.offset === undefined ? 0 : Number(request.query.offset);
  const issues = [
    ...(Number.isInteger(limit) && limit >= 1 && limit <= 500 ? [] : [{ pointer: '/limit', message: 'must be an integer from 1 to 500', keyword: 'range' }]),
    ...(Number.isInteger(offset) && offset >= 0 ? [] : [{ pointer: '/offset', message: 'must be an integer from 0', keyword: 'range' }]),
  ];
  if (issues.length > 0) throw new RequestInvalidError(issues, 'query');
  return { limit, offset, ...(typeof request.query.search === 'string' && request.query.search ? { search: request.query.search } : {}) };
}

export function recordRouter(records: RecordService, signatures: SignatureService): Router {
  const router = Router();

  router.get('/records/:type', async (request, response) => {
    response.json(await records.list(String(request.params.type), readPaging(request)));
  });

  router.get('/records/:type/:code', async (request, response) => {
    const record = await records.get(String(request.params.type), String(request.params.code), requestLocale(request));
    // Every signature on the record travels with it, checked against the version shown (21 CFR 11.50).
    response.json({ ...record, signatures: await signatures.forSubject(record.typeKey, record.code, { version: record.revision, content: signedContent(record) }) });
  });

  router.post('/records/:type', mayWrite, async (request, response) => {
    const body = parseCreate(request);
    const record = await records.create(String(request.params.type), {
      values: body.values,
      actor: currentUser(request).username,
      locale: requestLocale(request),
      ...(body.reason ? { reason: body.reason } : {}),
    });
    response.status(201).location(`/records/${record.typeKey}/${encodeURIComponent(record.code)}`).json(record);
  });

  router.put('/records/:type/:code', mayWrite, async (request, response) => {
    const body = parseUpdate(request);
    response.json(
      await records.update(String(request.params.type), String(request.params.code), {
        values: body.values,
        revision: body.revision,
        actor: currentUser(request).username,
        locale: requestLocale(request),
        ...(body.reason ? { reason: body.reason } : {}),
      }),
    );
  });

  return router;
}
