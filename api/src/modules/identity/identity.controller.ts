import { Router } from 'express';
import { bodyParser } from '../../http/validate-body.js';
import { roles, type Role } from './identity.entity.js';
import { currentUser, requireAuthentication, requireRole, sessionCookie } from './authentication.middleware.js';
import type { IdentityService } from './identity.service.js';

export const loginBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['username', 'password'],
  properties: { username: { type: 'string', minLength: 1, maxLength: 64 }, password: { type: 'string', minLength: 1, maxLength: 1024 } },
};

const parseLogin = bodyParser<{ username: string; password: string }>(loginBodySchema);

export const newUserBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['username', 'displayName', 'password', 'roles'],
  properties: {
    username: { type: 'string', pattern: '^[a-z][a-z0-9._-]{1,63}$' },
    displayName: { type: 'string', minLength: 1, maxLength: 128 },
    password: { type: 'string', minLength: 10, maxLength: 1024 },
    roles: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...roles] } },
  },
};

const parseNewUser = bodyParser<{ username: string; displayName: string; password: string; roles: Role[] }>(newUserBodySchema);

export function identityRouter(identity: IdentityService, options: { secureCookies: boolean }): Router {
  const router = Router();

  router.post('/auth/login', async (request, response) => {
    const { username, password } = parseLogin(request);
    const session = await identity.login(username, password);
    response.cookie(sessionCookie, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: options.secureCookies,
      expires: session.expiresAt,
      path: '/',
    });
    response.json({ token: session.token, expiresAt: session.expiresAt.toISOString(), user: session.user });
  });

  router.post('/auth/logout', requireAuthentication(identity), async (request, response) => {
    await identity.logout(request.sessionToken!, currentUser(request).username);
    response.clearCookie(sessionCookie, { path: '/' });
    response.status(204).end();
  });

  router.get('/auth/me', requireAuthentication(identity), (request, response) => {
    response.json({ user: currentUser(request) });
  });

  router.get('/users', requireAuthentication(identity), requireRole('admin'), async (_request, response) => {
    response.json({ items: await identity.listUsers() });
  });

  router.post('/users', requireAuthentication(identity), requireRole('admin'), async (request, response) => {
    const user = await identity.createUser(parseNewUser(request), currentUser(request).username);
    response.status(201).json(user);
  });

  return router;
}
