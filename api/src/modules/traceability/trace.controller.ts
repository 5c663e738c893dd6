import { Router } from 'express';
import { RequestInvalidError } from '../../http/lotflow-error.js';
import type { TraceDirection, TraceService } from './trace.service.js';

const directions: TraceDirection[] = ['backward', 'forward', 'both'];
const typePattern = /^[a-z][a-z0-9-]{0,79}$/;

export function traceRouter(traces: TraceService): Router {
  const router = Router();

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
