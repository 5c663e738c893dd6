import { Router, type Request } from 'express';
import { RequestInvalidError } from '../../http/lotflow-error.js';
import { bodyParser } from '../../http/validate-body.js';
import { currentUser, requireRole } from '../identity/authentication.middleware.js';
import type { ArtifactKindDefinition } from './artifact-kinds.js';
import type { SignatureService } from '../signatures/signature.service.js';
import type { ArtifactService, PublishHook, VersionSelector } from './artifact.service.js';

const keyPattern = /^[a-z0-9][a-z0-9-]{0,79}$/;

export const draftBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['content'],
  properties: { content: {} },
};

const parseDraft = bodyParser<{ content: unknown }>(draftBodySchema);

const reasonSchema = { type: 'string', minLength: 3, maxLength: 2000, description: 'why: kept in the audit trail' };

const signatureSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['password', 'meaning'],
  description: 'required where publishing is signed (rule tables): the password you sign in with and the meaning shown',
  properties: { password: { type: 'string', minLength: 1, maxLength: 1024 }, meaning: { type: 'string', maxLength: 40 } },
};

type SignatureInput = { password: string; meaning: string };

export const publishBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['reason'],
  properties: { reason: reasonSchema, signature: signatureSchema },
};

const parsePublish = bodyParser<{ reason: string; signature?: SignatureInput }>(publishBodySchema);

export const rollbackBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['version', 'reason'],
  properties: { version: { type: 'integer', minimum: 1 }, reason: reasonSchema, signature: signatureSchema },
};

const parseRollback = bodyParser<{ version: number; reason: string; signature?: SignatureInput }>(rollbackBodySchema);

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
export function artifactRouter(definition: ArtifactKindDefinition, service: ArtifactService, signatures: SignatureService): Router {
  const router = Router();
  const base = definition.path;
  const mayEdit = requireRole(...definition.editRoles);

  /**
   * Where the kind's publication is signed: checks the signer's password before anything is
   * written, and returns the hook that stores the signature with the new version.
   */
  const signing = async (request: Request, key: string, signature: SignatureInput | undefined): Promise<PublishHook | undefined> => {
    const meaning = definition.signatureMeaning;
    if (!meaning) return undefined;
    if (!signature) throw new RequestInvalidError([{ pointer: '/signature', message: `publishing a ${definition.noun} is signed: give your password and the meaning '${meaning}'`, keyword: 'required' }]);
    if (signature.meaning !== meaning) throw new RequestInvalidError([{ pointer: '/signature/meaning', message: `must be '${meaning}'`, keyword: 'const' }]);
    const signer = currentUser(request);
    await signatures.authenticateSigner(signer, signature.password, { type: definition.kind, id: key });
    return async (manager, published) => {
      await signatures.sign(manager, {
        signer,
        meaning,
        subject: { type: definition.kind, id: key, version: published.version, content: { kind: definition.kind, key, version: published.version, contentHash: published.contentHash } },
      });
    };
  };

  /** Each version with the signature applied to it, if its publication was signed. */
  const withSignatures = async <T extends { version: number; contentHash: string }>(key: string, versions: T[]) => {
    if (!definition.signatureMeaning) return versions;
    const applied = await signatures.forSubject(definition.kind, key, null);
    return versions.map((version) => ({ ...version, signatures: applied.filter((signature) => signature.subjectVersion === version.version) }));
  };

  router.get(base, async (_request, response) => {
    response.json({ items: await service.list() });
  });

  router.get(`${base}/:key/versions`, async (request, response) => {
    const key = readKey(request);
    response.json({ items: await withSignatures(key, await service.versions(key)) });
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
    const { reason, signature } = parsePublish(request);
    const key = readKey(request);
    const hook = await signing(request, key, signature);
    response.status(201).json(await service.publish(key, reason, currentUser(request).username, hook));
  });

  router.post(`${base}/:key/rollback`, mayEdit, async (request, response) => {
    const { version, reason, signature } = parseRollback(request);
    const key = readKey(request);
    const hook = await signing(request, key, signature);
    response.status(201).json(await service.rollback(key, version, reason, currentUser(request).username, hook));
  });

  router.get(`${base}/:key/diff`, async (request, response) => {
    response.json(await service.diff(readKey(request), readSelector(request.query.from, 'from'), readSelector(request.query.to ?? 'draft', 'to')));
  });

  return router;
}
