import { Router, type Request } from 'express';
import { NotFoundError, RequestInvalidError } from '../../http/lotflow-error.js';
import { bodyParser } from '../../http/validate-body.js';
import { currentUser, requireRole } from '../identity/authentication.middleware.js';
import type { OperationsService } from './operations.service.js';

export const retryBodySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    retries: { type: 'integer', minimum: 1, maximum: 10, default: 1, description: 'attempts the worker or job executor gets; 1 unless told' },
    reason: { type: 'string', minLength: 3, maxLength: 2000, description: 'why, for the audit trail' },
  },
} as const;

const parseRetry = bodyParser<{ retries?: number; reason?: string }>(retryBodySchema);

const processKeyPattern = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
// Engine ids are UUIDs or numbers; anything else cannot name an instance or an incident.
const engineIdPattern = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;

type Issue = { pointer: string; message: string; keyword: string };

function readPaging(request: Request, issues: Issue[]): { offset: number; limit: number } {
  const limit = request.query.limit === undefined ? 20 : Number(request.query.limit);
  const offset = request.query.offset === undefined ? 0 : Number(request.query.offset);
  if (!(Number.isInteger(limit) && limit >= 1 && limit <= 100)) issues.push({ pointer: '/limit', message: 'must be an integer from 1 to 100', keyword: 'range' });
  if (!(Number.isInteger(offset) && offset >= 0)) issues.push({ pointer: '/offset', message: 'must be an integer from 0', keyword: 'range' });
  return { offset, limit };
}

function readText(request: Request, name: string, pattern: RegExp, explanation: string, issues: Issue[]): string | undefined {
  const value = request.query[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || value.length > 255 || !pattern.test(value)) {
    issues.push({ pointer: `/${name}`, message: explanation, keyword: 'pattern' });
    return undefined;
  }
  return value;
}

function readEngineId(request: Request, what: string): string {
  const id = String(request.params.id);
  if (!engineIdPattern.test(id)) throw new NotFoundError(`${what} '${id}'`, 'Engine ids are made of letters, digits, dashes and colons.');
  return id;
}

const forOperators = requireRole('operations');

export function operationsRouter(operations: OperationsService): Router {
  const router = Router();

  router.get('/operations/instances', forOperators, async (request, response) => {
    const issues: Issue[] = [];
    const paging = readPaging(request, issues);
    const processKey = readText(request, 'processKey', processKeyPattern, 'must be a process key: a letter or _ first, then letters, digits, _ . -', issues);
    const businessKey = readText(request, 'businessKey', /^[^%_\\]+$/, 'must be part of a business key, without % _ or \\', issues);
    if (issues.length > 0) throw new RequestInvalidError(issues, 'query');
    response.json(await operations.runningInstances({ ...paging, ...(processKey ? { processKey } : {}), ...(businessKey ? { businessKey } : {}) }));
  });

  router.get('/operations/incidents', forOperators, async (request, response) => {
    const issues: Issue[] = [];
    const paging = readPaging(request, issues);
    const processKey = readText(request, 'processKey', processKeyPattern, 'must be a process key: a letter or _ first, then letters, digits, _ . -', issues);
    const processInstanceId = readText(request, 'processInstanceId', engineIdPattern, 'must be a process instance id', issues);
    if (issues.length > 0) throw new RequestInvalidError(issues, 'query');
    response.json(
      await operations.incidents({ ...paging, ...(processKey ? { processKey } : {}), ...(processInstanceId ? { processInstanceId } : {}) }),
    );
  });

  router.post('/operations/incidents/:id/retry', forOperators, async (request, response) => {
    const id = readEngineId(request, 'Incident');
    const body = parseRetry(request);
    response.json(
      await operations.retry(id, { actor: currentUser(request).username, retries: body.retries ?? 1, ...(body.reason ? { reason: body.reason } : {}) }),
    );
  });

  // Anyone signed in: an approver sees where the lot they decide on stands.
  router.get('/process-instances/:id/context', async (request, response) => {
    response.json(await operations.context(readEngineId(request, 'Process instance')));
  });

  return router;
}
