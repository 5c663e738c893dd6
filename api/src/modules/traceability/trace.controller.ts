import { createValidator, type Locale } from '@lotflow/dictionary';
import { Router, type Request } from 'express';
import { RequestInvalidError } from '../../http/lotflow-error.js';
import { requestLocale } from '../../http/request-locale.js';
import { currentUser } from '../identity/authentication.middleware.js';
import type { RecallDrillReportService } from './recall-drill-report.service.js';
import type { TraceDirection, TraceService } from './trace.service.js';

const directions: TraceDirection[] = ['backward', 'forward', 'both'];
const typePattern = /^[a-z][a-z0-9-]{0,79}$/;

export const recallRequestSchema = {
  type: 'object',
  required: ['type', 'code'],
  properties: {
    type: { type: 'string', pattern: typePattern.source, description: 'where the drill starts: lot, supplier-lot, receipt, work-order, shipment, customer…' },
    code: { type: 'string', minLength: 1, maxLength: 180, description: "the code; a supplier lot is '<supplier>/<supplier lot>' (slash as %2F)" },
    lang: { enum: ['en', 'zh-CN'], description: "the report's language; without it, the Accept-Language header's" },
  },
} as const;

const validateRecallRequest = createValidator<{ type: string; code: string; lang?: Locale }>(recallRequestSchema);

function parseRecallRequest(request: Request): { type: string; code: string; language: Locale } {
  const result = validateRecallRequest({ type: String(request.params.type), code: String(request.params.code), ...(request.query.lang === undefined ? {} : { lang: request.query.lang }) });
  if (!result.ok) throw new RequestInvalidError(result.issues, 'query');
  return { type: result.value.type, code: result.value.code, language: result.value.lang ?? requestLocale(request) };
}

export function traceRouter(traces: TraceService, recallReports: RecallDrillReportService): Router {
  const router = Router();

  // Before the drill itself: ':code' would otherwise take 'LOT-1.pdf' whole.
  router.get('/trace/recall/:type/:code.pdf', async (request, response) => {
    const { type, code, language } = parseRecallRequest(request);
    const { fileName, pdf } = await recallReports.pdf(type, code, currentUser(request), language);
    response.setHeader('content-type', 'application/pdf');
    response.setHeader('content-disposition', `attachment; filename="${fileName}"`);
    response.setHeader('cache-control', 'no-store');
    response.send(pdf);
  });

  router.get('/trace/recall/:type/:code', async (request, response) => {
    const { type, code } = parseRecallRequest(request);
    response.json(await traces.recallDrill(type, code));
  });

  // A supplier lot's code is '<supplier>/<supplier lot>': send the slash as %2F.
  router.get('/trace/:type/:code', async (request, response) => {
    const type = String(request.params.type);
    const code = String(request.params.code);
    const direction = (request.query.direction ?? 'both') as TraceDirection;
    const depth = request.query.depth === undefined ? 5 : Number(request.query.depth);
    const issues = [
      ...(typePattern.test(type) ? [] : [{ pointer: '/type', message: 'must be a node type such as lot, supplier-lot, receipt, work-order, shipment, customer', keyword: 'pattern' }]),
      ...(code.length >= 1 && code.length <= 180 ? [] : [{ pointer: '/code', message: 'must be 1 to 180 characters', keyword: 'maxLength' }]),
      ...(directions.includes(direction) ? [] : [{ pointer: '/direction', message: `must be one of ${directions.join(', ')}`, keyword: 'enum' }]),
      ...(Number.isInteger(depth) && depth >= 1 && depth <= 10 ? [] : [{ pointer: '/depth', message: 'must be an integer from 1 to 10', keyword: 'range' }]),
    ];
    if (issues.length > 0) throw new RequestInvalidError(issues, 'query');
    response.json(await traces.trace(type, code, { direction, depth }));
  });

  return router;
}
