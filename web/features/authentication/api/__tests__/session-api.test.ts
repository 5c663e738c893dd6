import type { IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { sendJson, startTestServer, type TestServer } from '../../../../shared/testing/start-test-server';
import { createSession } from '../create-session';
import { endSession } from '../end-session';
import { getCurrentUser } from '../get-current-user';

const admin = { id: 'u-1', username: 'admin', displayName: 'Administrator / 系统管理员', roles: ['admin'] };

interface SeenRequest {
  readonly method: string | undefined;
  readonly url: string | undefined;
  readonly authorization: string | undefined;
  readonly contentType: string | undefined;
  readonly body: string;
}

async function readRequest(request: IncomingMessage): Promise<SeenRequest> {
  let body = '';
  for await (const chunk of request) body += String(chunk);
  return {
    method: request.method,
    url: request.url,
    authorization: request.headers.authorization,
    contentType: request.headers['content-type'],
    body,
  };
}

describe('the session calls to the api', () => {
  let server: TestServer | undefined;
  let seen: SeenRequest | undefined;

  afterEach(async () => {
    await server?.close();
    server = undefined;
    seen = undefined;
  });

  function answer(status: number, body: unknown, contentType?: string) {
    return startTestServer(async (request, response) => {
      seen = await readRequest(request);
      if (body === undefined) {
        response.writeHead(status).end();
      } else {
        sendJson(status, body, contentType)(request, response);
      }
    });
  }

  it('given the right password, then signing in posts the credentials as JSON and returns the session', async () => {
    const session = { token: 'token-1', expiresAt: '2025-11-24T12:52:00.000Z', user: admin };
    server = await answer(200, session);

    const result = await createSession(server.baseUrl, { username: 'admin', password: 'lotflow-demo' });

    expect(result).toEqual({ outcome: 'ok', status: 200, data: session });
    expect(seen).toMatchObject({ method: 'POST', url: '/auth/login', contentType: 'application/json', authorization: undefined });
    expect(JSON.parse(seen?.body ?? '')).toEqual({ username: 'admin', password: 'lotflow-demo' });
  });

  it('given a wrong password, then signing in returns the api problem', async () => {
    const problem = {
      type: 'https://lotflow.dev/problems/invalid-credentials',
      title: 'Sign-in failed',
      status: 401,
      detail: 'The user name or the password is wrong.',
    };
    server = await answer(401, problem, 'application/problem+json');

    const result = await createSession(server.baseUrl, { username: 'admin', password: 'wrong' });

    expect(result).toEqual({ outcome: 'problem', status: 401, problem });
  });

  it('given a session token, then the current user is asked for with it as a Bearer token', async () => {
    server = await answer(200, { user: admin });

    const result = await getCurrentUser(server.baseUrl, 'token-1');

    expect(result).toEqual({ outcome: 'ok', status: 200, data: admin });
    expect(seen).toMatchObject({ method: 'GET', url: '/auth/me', authorization: 'Bearer token-1' });
  });

  it('given an expired session, then the current user comes back as a 401 problem', async () => {
    const problem = { type: 'https://lotflow.dev/problems/unauthenticated', title: 'Not signed in', status: 401, detail: 'Sign in first.' };
    server = await answer(401, problem, 'application/problem+json');

    expect(await getCurrentUser(server.baseUrl, 'expired')).toEqual({ outcome: 'problem', status: 401, problem });
  });

  it('given a session, then signing out posts to the api with the token and accepts its empty 204', async () => {
    server = await answer(204, undefined);

    const result = await endSession(server.baseUrl, 'token-1');

    expect(result).toEqual({ outcome: 'ok', status: 204, data: undefined });
    expect(seen).toMatchObject({ method: 'POST', url: '/auth/logout', authorization: 'Bearer token-1' });
  });
});
