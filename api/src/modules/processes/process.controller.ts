import { Router } from 'express';
import type { ProcessService } from './process.service.js';

export function processRouter(service: ProcessService): Router {
  const router = Router();
  router.get('/processes', async (_request, response) => {
    response.json({ items: await service.list() });
  });
  return router;
}
