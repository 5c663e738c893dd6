import { Router } from 'express';
import { RequestInvalidError } from '../../http/lotflow-error.js';
import { requireRole } from '../identity/authentication.middleware.js';
import type { AuditTrail } from './audit-trail.service.js';

export function auditRouter(audit: AuditTrail): Router {
  const router = Router();

  router.get('/audit/events', requireRole('operations', 'qa'), async (request, response) => {
    const limit = request.query.limit === undefined ? 100 : Number(request.query.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
      throw new RequestInvalidError([{ pointer: '/limit', message: 'must be an integer from 1 to 1000', keyword: 'range' }], 'query');
    }
    const filter = {
      limit,
      ...(typeof request.query.entityType === 'string' ? { entityType: request.query.entityType } : {}),
      ...(typeof request.query.entityId === 'string' ? { entityId: request.query.entityId } : {}),
    };
    response.json({ items: await audit.list(filter) });
  });

  router.get('/audit/verify', requireRole('operations', 'qa'), async (_request, response) => {
    response.json(await audit.verify());
  });

  return router;
}
