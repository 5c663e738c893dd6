import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { inTransaction } from '../../database/transaction.js';
import type { EngineClient } from '../../engine-client/engine-client.js';
import { bodyParser } from '../../http/validate-body.js';
import type { AuditTrail } from '../audit/audit-trail.service.js';
import { currentUser, requireRole } from '../identity/authentication.middleware.js';

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

/**
 * Starts an instance with whatever variables the caller gives: for integrations, tests and
 * analysts. People start processes from their forms (`process-starts`), which check the model's
 * starter groups and keep what was entered as a record.
 */
export function processInstanceRouter(dataSource: DataSource, engine: EngineClient, audit: AuditTrail): Router {
  const router = Router();
  router.post('/process-instances', requireRole('analyst', 'operations'), async (request, response) => {
    const body = parseStartBody(request);
    const user = currentUser(request);
    // The audit entry commits only with a started instance; variables are recorded by name, the engine keeps their values.
    const instance = await inTransaction(dataSource, async (manager) => {
      const started = await engine.startInstance(body.processKey, {
        ...(body.businessKey ? { businessKey: body.businessKey } : {}),
        variables: body.variables ?? {},
      });
      await audit.append(manager, {
        actor: user.username,
        action: 'process.started',
        entityType: 'process',
        entityId: body.processKey,
        after: { definitionId: started.definitionId, instanceId: started.id, businessKey: started.businessKey, variables: Object.keys(body.variables ?? {}).sort() },
      });
      return started;
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
