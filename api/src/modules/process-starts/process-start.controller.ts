import { Router, type Request } from 'express';
import { requestLocale } from '../../http/request-locale.js';
import { bodyParser } from '../../http/validate-body.js';
import { currentUser } from '../identity/authentication.middleware.js';
import type { ProcessStartService } from './process-start.service.js';

export const startProcessBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['requestId', 'values'],
  properties: {
    requestId: { type: 'string', format: 'uuid', description: 'generated once by the form: sending it again never starts a second instance' },
    values: { type: 'object', maxProperties: 200, description: "the form's values: a record of the start form's dictionary type" },
    businessKey: { type: 'string', minLength: 1, maxLength: 255, description: "the instance's business key; the record's code when left out" },
  },
} as const;

const parseStart = bodyParser<{ requestId: string; values: Record<string, unknown>; businessKey?: string }>(startProcessBodySchema);

// Any text: the engine is asked for it URL-encoded, and an unknown key is a 404.
const processKey = (request: Request) => String(request.params.key);

/** Start forms: the processes a signed-in user may start, their forms, and starting one. */
export function processStartRouter(starts: ProcessStartService): Router {
  const router = Router();

  router.get('/process-starts', async (request, response) => {
    response.json({ items: await starts.list(currentUser(request), requestLocale(request)) });
  });
  router.get('/process-starts/:key', async (request, response) => {
    response.json(await starts.form(currentUser(request), processKey(request), requestLocale(request)));
  });
  router.post('/process-starts/:key', async (request, response) => {
    const key = processKey(request);
    const body = parseStart(request);
    const result = await starts.start(currentUser(request), key, { ...body, locale: requestLocale(request) });
    response.status(result.startedNow ? 201 : 200).location(`/operations/instances/${result.instance.id}`).json(result);
  });

  return router;
}
