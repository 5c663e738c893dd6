import { Router, type Request } from 'express';
import { RequestInvalidError } from '../../http/lotflow-error.js';
import { bodyParser } from '../../http/validate-body.js';
import { currentUser, requireRole } from '../identity/authentication.middleware.js';
import type { ArtifactKindDefinition } from './artifact-kinds.js';
import type { ArtifactService, VersionSelector } from './artifact.service.js';

const keyPattern = /^[a-z0-9][a-z0-9-]{0,79}$/;

export const draftBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['content'],
  properties: { content: {} },
};

const parseDraft = bodyParser<{ content: unknown }>(draftBodySchema);

const reasonSchema = { type: 'string', minLength: 3, maxLength: 2000, description: 'why: kept in the audit trail' };

export const publishBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['reason'],
  properties: { reason: reasonSchema },
};

const parsePublish = bodyParser<{ reason: string }>(publishBodySchema);

export const rollbackBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['version', 'reason'],
  properties: { version: { type: 'integer', minimum: 1 }, reason: reasonSchema },
};

const parseRollback = bodyParser<{ version: number; reason: string }>(rollbackBodySchema);

function readKey(request: Request): string {
  const key = String(request.params.key);
  if (!keyPattern.test(key)) {
    throw new RequestInvalidError([{ pointer: '/key', message: 'must be lower-case letters, digits and dashes, starting with a letter or digit', keyword: 'pattern' }], 'query');
  }
  return key;
}

function readSelector(value: unknown, name: string): VersionSelector {
  if (value === 'draft' || value === 'latest') return value;
  const version = Number(value);
  if (Number.isInteger(version) && version >= 1) return version;
  throw new RequestInvalidError([{ pointer: `/${name}`, message: "must be a version number, 'latest' or 'draft'", keyword: 'type' }], 'query');
}

/** The same life-cycle endpoints for every kind of artifact, under its own path. */
export function artifactRouter(definition: ArtifactKindDefinition, service: ArtifactService): Router {
  const router = Router();
  const base = definition.path;
  const mayEdit = requireRole(...definition.editRoles);

  router.get(base, async (_request, response) => {
    response.json({ items: await service.list() });
  });

  router.get(`${base}/:key/versions`, async (request, response) => {
    response.json({ items: await service.versions(readKey(request)) });
  });

  router.get(`${base}/:key/versions/:version`, async (request, response) => {
    response.json(await service.get(readKey(request), readSelector(request.params.version, 'version')));
  });

  router.put(`${base}/:key/draft`, mayEdit, async (request, response) => {
    const { content } = parseDraft(request);
    const { draft, issues } = await service.saveDraft(readKey(request), content, currentUser(request).username);
    response.json({ draft, issues });
  });

  router.delete(`${base}/:key/draft`, mayEdit, async (request, response) => {
    await service.discardDraft(readKey(request), currentUser(request).username);
    response.status(204).end();
  });

  router.post(`${base}/:key/publish`, mayEdit, async (request, response) => {
    const { reason } = parsePublish(request);
    response.status(201).json(await service.publish(readKey(request), reason, currentUser(request).username));
  });

  router.post(`${base}/:key/rollback`, mayEdit, async (request, response) => {
    const { version, reason } = parseRollback(request);
    response.status(201).json(await service.rollback(readKey(request), version, reason, currentUser(request).username));
  });

  router.get(`${base}/:key/diff`, async (request, response) => {
    response.json(await service.diff(readKey(request), readSelector(request.query.from, 'from'), readSelector(request.query.to ?? 'draft', 'to')));
  });

  return router;
}
