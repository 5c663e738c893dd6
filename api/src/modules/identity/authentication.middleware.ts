import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ForbiddenError, UnauthenticatedError } from '../../http/lotflow-error.js';
import type { Role } from './identity.entity.js';
import type { AuthenticatedUser, IdentityService } from './identity.service.js';

declare global {
  // Express's own extension point for request properties.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      user?: AuthenticatedUser;
      sessionToken?: string;
    }
  }
}

export const sessionCookie = 'lotflow_session';

/** The token from `Authorization: Bearer …` or the session cookie. */
export function readSessionToken(request: Request): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || undefined;
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === sessionCookie) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** Every route after this one needs a valid session. */
export function requireAuthentication(identity: IdentityService): RequestHandler {
  return async (request: Request, _response: Response, next: NextFunction) => {
    const token = readSessionToken(request);
    const user = token ? await identity.authenticate(token) : null;
    if (!user || !token) return next(new UnauthenticatedError());
    request.user = user;
    request.sessionToken = token;
    next();
  };
}

/** The route needs one of these roles; `admin` may do everything. */
export function requireRole(...allowed: Role[]): RequestHandler {
  return (request, _response, next) => {
    const roles = request.user?.roles ?? [];
    if (roles.includes('admin') || roles.some((role) => allowed.includes(role))) return next();
    next(new ForbiddenError(allowed));
  };
}

/** The signed-in user; only call after requireAuthentication. */
export function currentUser(request: Request): AuthenticatedUser {
  if (!request.user) throw new UnauthenticatedError();
  return request.user;
}
