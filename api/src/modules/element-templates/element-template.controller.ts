import { Router } from 'express';
import type { ElementTemplateService } from './element-template.service.js';

export function elementTemplateRouter(service: ElementTemplateService): Router {
  const router = Router();
  /** Any signed-in user: the templates say nothing the process models themselves don't. */
  router.get('/element-templates', async (_request, response) => {
    response.json(await service.list());
  });
  return router;
}
