import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { RuleTableCache, RuleTableHitPolicyViolation, RuleTableInputError, bundledRuleTablesDirectory, parseRuleTable } from '@lotflow/rules';
import { Router } from 'express';
import { ConflictError, RequestInvalidError } from '../../http/lotflow-error.js';
import { bodyParser } from '../../http/validate-body.js';
import { currentUser, requireRole } from '../identity/authentication.middleware.js';
import { hashContent, type ArtifactService, type VersionSelector } from '../artifacts/artifact.service.js';

export const evaluateBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['facts'],
  properties: {
    facts: { type: 'object', maxProperties: 500 },
    version: { oneOf: [{ enum: ['draft', 'latest'] }, { type: 'integer', minimum: 1 }], default: 'latest' },
    explain: { type: 'boolean', default: true },
    now: { type: 'string', format: 'date-time', description: 'evaluation time for date cells; default: now' },
    timeZone: { type: 'string', default: 'Asia/Shanghai' },
  },
} as const;

const parseEvaluate = bodyParser<{ facts: Record<string, unknown>; version?: VersionSelector; explain?: boolean; now?: string; timeZone?: string }>(evaluateBodySchema);

/** The test bench and the tables that ship with Lotflow. */
export function ruleTableRouter(service: ArtifactService): Router {
  const router = Router();
  const cache = new RuleTableCache();

  router.post('/rule-tables/:key/evaluate', async (request, response) => {
    const body = parseEvaluate(request);
    const stored = await service.get(String(request.params.key), body.version ?? 'latest');
    const table = parseRuleTable(stored.content, `'${stored.key}' version ${stored.version}`);
    const decision = await cache
      .get(table)
      .evaluate(body.facts, {
        explain: body.explain ?? true,
        timeZone: body.timeZone ?? 'Asia/Shanghai',
        ...(body.now ? { now: new Date(body.now) } : {}),
      })
      .catch((error: unknown) => {
        if (error instanceof RuleTableInputError) throw new RequestInvalidError(error.issues.map((issue) => ({ ...issue, pointer: `/facts${issue.pointer}` })));
        if (error instanceof RuleTableHitPolicyViolation) throw new ConflictError(error.message);
        throw error;
      });
    response.json({ version: stored.version, decision });
  });

  /** Publishes each bundled table whose content differs from its latest published version. */
  router.post('/rule-tables/bundled/publish', requireRole('analyst'), async (request, response) => {
    const actor = currentUser(request).username;
    const names = (await readdir(bundledRuleTablesDirectory)).filter((name) => name.endsWith('.json')).sort();
    const published: Array<{ key: string; version: number }> = [];
    for (const name of names) {
      const content = JSON.parse(await readFile(path.join(bundledRuleTablesDirectory, name), 'utf8')) as { key: string; $schema?: string };
      delete content.$schema;
      const latest = await service.get(content.key, 'latest').catch(() => null);
      if (latest?.contentHash === hashContent(content)) continue;
      await service.saveDraft(content.key, content, actor);
      const version = await service.publish(content.key, 'Bundled with Lotflow', actor);
      published.push({ key: version.key, version: version.version });
    }
    response.status(published.length > 0 ? 201 : 200).json({ published });
  });

  return router;
}
