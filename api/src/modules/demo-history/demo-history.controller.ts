import { Router } from 'express';
import { currentUser, requireRole } from '../identity/authentication.middleware.js';
import type { DemoHistoryService } from './demo-history.service.js';

export function demoHistoryRouter(history: DemoHistoryService): Router {
  const router = Router();

  router.post('/demo/history/load', requireRole('data-steward'), async (request, response) => {
    const result = await history.load(currentUser(request));
    const created = Object.values(result.created).reduce((sum, count) => sum + count, 0);
    response.status(created > 0 ? 201 : 200).json(result);
  });

  return router;
}
