import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { isLotflowError, type LotflowError } from './lotflow-error.js';

/** RFC 9457 problem details; `errors` lists field-level problems when there are any. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: Array<{ pointer: string; detail: string; [key: string]: unknown }>;
  [extension: string]: unknown;
}

const typeBase = 'https://lotflow.dev/problems/';

function assertUnreachable(value: never): never {
  throw new Error(`Unhandled error: ${JSON.stringify(value)}`);
}

/** The one place where a domain error becomes an HTTP answer. */
export function toProblem(error: LotflowError): ProblemDetails {
  switch (error.code) {
    case 'REQUEST_INVALID':
      return {
        type: `${typeBase}request-invalid`,
        title: 'The request is invalid',
        status: 400,
        detail: error.message,
        errors: error.issues.map((issue) => ({ pointer: `/${error.location}${issue.pointer}`, detail: issue.message })),
      };
    case 'BPMN_INVALID':
      return {
        type: `${typeBase}bpmn-invalid`,
        title: 'The BPMN model is invalid',
        status: 422,
        detail: error.message,
        errors: error.resources.flatMap(({ name, problems }) =>
          problems.map((problem) => ({
            pointer: `/resources/${name}${problem.elementId ? `#${problem.elementId}` : ''}`,
            detail: problem.message,
            resource: name,
            rule: problem.rule,
            severity: problem.severity,
            ...(problem.elementId ? { elementId: problem.elementId } : {}),
          })),
        ),
      };
    case 'ENGINE_UNAVAILABLE':
      return {
        type: `${typeBase}engine-unavailable`,
        title: 'The process engine is unavailable',
        status: 503,
        detail: `${error.message}. Check that the engine is running; the request can be retried.`,
      };
    case 'ENGINE_REJECTED':
      return {
        type: `${typeBase}engine-rejected`,
        title: 'The process engine refused the request',
        status: error.status >= 500 ? 502 : 422,
        detail: error.message,
        engineType: error.engineType,
        ...(error.details === undefined ? {} : { engineDetails: error.details }),
      };
    case 'PROCESS_NOT_FOUND':
      return { type: `${typeBase}process-not-found`, title: 'Process not found', status: 404, detail: error.message, processKey: error.processKey };
    case 'ROUTE_NOT_FOUND':
      return { type: `${typeBase}route-not-found`, title: 'Not found', status: 404, detail: error.message };
    case 'UNAUTHENTICATED':
      return { type: `${typeBase}unauthenticated`, title: 'Not signed in', status: 401, detail: error.message };
    case 'INVALID_CREDENTIALS':
      return { type: `${typeBase}invalid-credentials`, title: 'Sign-in failed', status: 401, detail: error.message };
    case 'FORBIDDEN':
      return { type: `${typeBase}forbidden`, title: 'Not allowed', status: 403, detail: error.message, allowedRoles: error.allowedRoles };
    case 'NOT_FOUND':
      return { type: `${typeBase}not-found`, title: 'Not found', status: 404, detail: error.message };
    case 'CONFLICT':
      return {
        type: `${typeBase}conflict`,
        title: 'Conflict',
        status: 409,
        detail: error.message,
        ...(error.pointer ? { errors: [{ pointer: error.pointer, detail: error.message }] } : {}),
      };
    case 'IMPORT_INVALID':
      return {
        type: `${typeBase}import-invalid`,
        title: 'The file could not be imported',
        status: error.tooLarge ? 413 : 422,
        detail: error.message,
        errors: error.issues.map((issue) => ({
          pointer: issue.pointer ?? '',
          detail: issue.message,
          ...(issue.place ? { place: issue.place } : {}),
          ...(issue.kind ? { kind: issue.kind } : {}),
        })),
      };
    case 'SIGNATURE_REJECTED':
      // 403, not 401: the session is fine, and a 401 would send the signer to the sign-in page.
      return {
        type: `${typeBase}signature-rejected`,
        title: 'Signature refused',
        status: 403,
        detail: error.message,
        errors: [{ pointer: '/signature/password', detail: 'is not the password of the signed-in user' }],
      };
    case 'INTEGRATION_SIGNATURE_INVALID':
      return { type: `${typeBase}integration-signature-invalid`, title: 'Signature not valid', status: 401, detail: error.message, endpoint: error.endpoint };
    default:
      return assertUnreachable(error);
  }
}

export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, _next) => {
    let problem: ProblemDetails;
    if (isLotflowError(error)) {
      problem = toProblem(error);
    } else if (isBodyParserError(error)) {
      problem = {
        type: `${typeBase}request-invalid`,
        title: 'The request is invalid',
        status: error.status,
        detail:
          error.type === 'entity.too.large'
            ? `The request body is larger than the limit of ${error.limit} bytes.`
            : `The request body is not valid JSON: ${error.message}`,
      };
    } else {
      logger.error({ err: error, method: request.method, url: request.originalUrl }, 'unexpected error');
      problem = {
        type: `${typeBase}internal-error`,
        title: 'Internal error',
        status: 500,
        detail: 'Something went wrong on our side; it has been logged. Please retry, and report it if it persists.',
      };
    }
    response.status(problem.status).type('application/problem+json').send(JSON.stringify({ ...problem, instance: request.originalUrl }));
  };
}

function isBodyParserError(error: unknown): error is { status: number; type: string; message: string; limit?: number } {
  return typeof error === 'object' && error !== null && 'type' in error && 'status' in error && typeof (error as { status: unknown }).status === 'number' && String((error as { type: unknown }).type).startsWith('entity.');
}
