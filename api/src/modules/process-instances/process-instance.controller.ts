import { Router } from 'express';
import type { EngineClient } from '../../engine-client/engine-client.js';
import { bodyParser } from '../../http/validate-body.js';

export const startBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['processKey'],
  properties: {
    processKey: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_.-]*$', maxLength: 255 },
    businessKey: { type: 'string', minLength: 1, maxLength: 255 },
    variables: {
      type: 'object',
      propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$', maxLength: 255 },
      maxProperties: 200,
    },
  },
};

const parseStartBody = bodyParser<{ processKey: string; businessKey?: string; variables?: Record<string, unknown> }>(startBodySchema);

export function processInstanceRouter(engine: EngineClient): Router {
  const router = Router();
  router.post('/process-instances', async (request, response) => {
    const body = parseStartBody(request);
    const instance = await engine.startInstance(body.processKey, {
      ...(body.businessKey ? { businessKey: body.businessKey } : {}),
      variables: body.variables ?? {},
    });
    response.status(201).location(`/process-instances/${instance.id}`).json({
      id: instance.id,
      processKey: body.processKey,
      definitionId: instance.definitionId,
      businessKey: instance.businessKey,
      ended: instance.ended,
    });
  });
  return router;
}
