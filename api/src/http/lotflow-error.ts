import type { BpmnProblem } from '@lotflow/processes';
import type { ValidationIssue } from '@lotflow/dictionary';

/** Every failure the api reports on purpose; mapped to HTTP in `problem-details.ts` only. */
export type LotflowError =
  | RequestInvalidError
  | BpmnInvalidError
  | EngineUnavailableError
  | EngineRejectedError
  | ProcessNotFoundError
  | RouteNotFoundError
  | UnauthenticatedError
  | InvalidCredentialsError
  | ForbiddenError
  | NotFoundError
  | ConflictError
  | ImportInvalidError
  | SignatureRejectedError
  | IntegrationSignatureInvalidError;

abstract class BaseError extends Error {
  abstract readonly code: string;
}

export class RequestInvalidError extends BaseError {
  readonly code = 'REQUEST_INVALID';
  constructor(readonly issues: ValidationIssue[], readonly location: 'body' | 'query' = 'body') {
    super(`The request ${location} is invalid: ${issues.map((issue) => `${issue.pointer || '(root)'} ${issue.message}`).join('; ')}`);
  }
}

export class BpmnInvalidError extends BaseError {
  readonly code = 'BPMN_INVALID';
  constructor(readonly resources: Array<{ name: string; problems: BpmnProblem[] }>) {
    super(
      `Couldn't deploy: ${resources
        .map(({ name, problems }) => `${name}: ${problems.map((p) => (p.elementId ? `${p.elementId}: ${p.message}` : p.message)).join('; ')}`)
        .join(' | ')}`,
    );
  }
}

export class EngineUnavailableError extends BaseError {
  readonly code = 'ENGINE_UNAVAILABLE';
  constructor(readonly url: string, cause: unknown) {
    super(`The process engine at ${url} is not reachable: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** The engine refused a request for a reason in the request (a parse error, a bad variable). */
export class EngineRejectedError extends BaseError {
  readonly code = 'ENGINE_REJECTED';
  constructor(readonly status: number, readonly engineType: string, message: string, readonly details?: unknown) {
    super(message);
  }
}

export class ProcessNotFoundError extends BaseError {
  readonly code = 'PROCESS_NOT_FOUND';
  constructor(readonly processKey: string) {
    super(`No process with key '${processKey}' is deployed: deploy it first (POST /deployments).`);
  }
}

export class RouteNotFoundError extends BaseError {
  readonly code = 'ROUTE_NOT_FOUND';
  constructor(readonly method: string, readonly path: string) {
    super(`There is no ${method} ${path} in the Lotflow api.`);
  }
}

export class UnauthenticatedError extends BaseError {
  readonly code = 'UNAUTHENTICATED';
  constructor() {
    super('Sign in first: send the session token from POST /auth/login as a Bearer token or the lotflow_session cookie.');
  }
}

export class InvalidCredentialsError extends BaseError {
  readonly code = 'INVALID_CREDENTIALS';
  constructor() {
    super('The user name or the password is wrong.');
  }
}

export class ForbiddenError extends BaseError {
  readonly code = 'FORBIDDEN';
  constructor(readonly allowedRoles: readonly string[]) {
    super(`This needs one of the roles ${allowedRoles.join(', ')}; ask an administrator to grant it.`);
  }
}

export class NotFoundError extends BaseError {
  readonly code = 'NOT_FOUND';
  /** `hint` says what likely happened and what to do next. */
  constructor(readonly what: string, hint?: string) {
    super(`${what} does not exist.${hint ? ` ${hint}` : ''}`);
  }
}

/** The request is well-formed but clashes with the current state (a duplicate code, a stale version). */
export class ConflictError extends BaseError {
  readonly code = 'CONFLICT';
  constructor(message: string, readonly pointer?: string) {
    super(message);
  }
}

/** An imported file (spreadsheet, DMN) could not be read as what it claims to be. */
export class ImportInvalidError extends BaseError {
  readonly code = 'IMPORT_INVALID';
  constructor(
    readonly format: string,
    readonly issues: Array<{ message: string; pointer?: string; place?: unknown; kind?: string }>,
    readonly tooLarge = false,
  ) {
    super(`The ${format} file could not be imported: ${issues.map((issue) => issue.message).join('; ')}`);
  }
}

/** The password given to sign does not belong to the signed-in user: nothing was signed or completed. */
export class SignatureRejectedError extends BaseError {
  readonly code = 'SIGNATURE_REJECTED';
  constructor() {
    super('The password is not yours, so nothing was signed and the task is still open. Enter the password you sign in with.');
  }
}

/** An inbound integration call whose HMAC signature or timestamp does not check out: nothing was stored. */
export class IntegrationSignatureInvalidError extends BaseError {
  readonly code = 'INTEGRATION_SIGNATURE_INVALID';
  constructor(readonly endpoint: string, readonly reason: string) {
    super(`The call to integration endpoint '${endpoint}' is not signed correctly: ${reason}. Nothing was stored.`);
  }
}

export function isLotflowError(error: unknown): error is LotflowError {
  return (
    error instanceof ImportInvalidError ||
    error instanceof SignatureRejectedError ||
    error instanceof IntegrationSignatureInvalidError ||
    error instanceof UnauthenticatedError ||
    error instanceof InvalidCredentialsError ||
    error instanceof ForbiddenError ||
    error instanceof NotFoundError ||
    error instanceof ConflictError ||
    error instanceof RequestInvalidError ||
    error instanceof BpmnInvalidError ||
    error instanceof EngineUnavailableError ||
    error instanceof EngineRejectedError ||
    error instanceof ProcessNotFoundError ||
    error instanceof RouteNotFoundError
  );
}
