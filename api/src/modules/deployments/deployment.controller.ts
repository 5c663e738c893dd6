import { Router } from 'express';
import { bodyParser } from '../../http/validate-body.js';
import { currentUser, requireRole } from '../identity/authentication.middleware.js';
import type { DeploymentService } from './deployment.service.js';

export const deployBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'resources'],
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 255 },
    resources: {
      type: 'array',
      minItems: 1,
      maxItems: 50,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'content'],
        properties: {
          name: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,200}\\.bpmn$' },
          content: { type: 'string', minLength: 1 },
        },
      },
    },
  },
};

const parseDeployBody = bodyParser<{ name: string; resources: Array<{ name: string; content: string }> }>(deployBodySchema);

export function deploymentRouter(service: DeploymentService): Router {
  const router = Router();

  router.get('/deployments', async (_request, response) => {
    response.json({ items: await service.list() });
  });

  router.post('/deployments', requireRole('analyst'), async (request, response) => {
    const body = parseDeployBody(request);
    const result = await service.deploy({ actor: currentUser(request).username, name: body.name, source: 'upload', resources: body.resources });
    response.status(result.changed ? 201 : 200).json(result);
  });

  router.post('/deployments/bundled', requireRole('analyst'), async (request, response) => {
    const result = await service.deployBundled(currentUser(request).username);
    response.status(result.changed ? 201 : 200).json(result);
  });

  return router;
}
