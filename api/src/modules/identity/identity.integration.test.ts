import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, demoPassword, startTestApi } from '../../../../test/support/start-services.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

describe('signing in and roles', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  async function login(username: string, password: string) {
    const response = await fetch(`${api.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    return { status: response.status, cookie: response.headers.get('set-cookie'), body: (await response.json()) as any };
  }

  it('refuses a wrong password and an unknown user with the same answer, and gives no session', async () => {
    const wrong = await login('qa.li', 'not-the-password');
    const unknown = await login('nobody', 'not-the-password');
    for (const attempt of [wrong, unknown]) {
      expect(attempt.status).toBe(401);
      expect(attempt.body).toMatchObject({ type: 'https://lotflow.dev/problems/invalid-credentials', detail: 'The user name or the password is wrong.' });
      expect(attempt.cookie).toBeNull();
    }
  });

  it('signs a demo user in with a session token and an httpOnly cookie that both work', async () => {
    const session = await login('qa.li', demoPassword);
    expect(session.status).toBe(200);
    expect(session.body.user).toMatchObject({ username: 'qa.li', roles: ['qa'] });
    expect(session.cookie).toMatch(/^lotflow_session=[^;]+; Path=\/; Expires=.*; HttpOnly; SameSite=Lax$/);

    const byBearer = await fetch(`${api.url}/auth/me`, { headers: { authorization: `Bearer ${session.body.token}` } });
    const byCookie = await fetch(`${api.url}/auth/me`, { headers: { cookie: session.cookie!.split(';')[0]! } });
    expect(((await byBearer.json()) as any).user.username).toBe('qa.li');
    expect(((await byCookie.json()) as any).user.username).toBe('qa.li');
  });

  it('signs the same person in from ten places at once, each with a session of their own', async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        fetch(`${api.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'qa.li', password: demoPassword }) }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    const tokens = await Promise.all(answers.map(async (answer) => ((await answer.json()) as { token: string }).token));
    expect(new Set(tokens).size).toBe(10);
  });

  it('asks for a session everywhere but health and sign-in', async () => {
    expect((await apiCall(api, 'GET', '/health/live', undefined, { as: null })).status).toBe(200);
    const processes = await apiCall(api, 'GET', '/processes', undefined, { as: null });
    expect(processes.status).toBe(401);
    expect(processes.body.type).toBe('https://lotflow.dev/problems/unauthenticated');
    const forged = await fetch(`${api.url}/processes`, { headers: { authorization: 'Bearer forged-token' } });
    expect(forged.status).toBe(401);
  });

  it('lets an analyst deploy but not a QA approver, and ends a session at sign-out', async () => {
    const asQa = await apiCall(api, 'POST', '/deployments/bundled', undefined, { as: 'qa.li' });
    expect(asQa.status).toBe(403);
    expect(asQa.body).toMatchObject({ type: 'https://lotflow.dev/problems/forbidden', allowedRoles: ['analyst'] });
    const asAnalyst = await apiCall(api, 'POST', '/deployments/bundled', undefined, { as: 'analyst.chen' });
    expect([200, 201]).toContain(asAnalyst.status);

    const session = await login('purchasing.wang', demoPassword);
    const headers = { authorization: `Bearer ${session.body.token}` };
    expect((await fetch(`${api.url}/auth/logout`, { method: 'POST', headers })).status).toBe(204);
    expect((await fetch(`${api.url}/auth/me`, { headers })).status).toBe(401);
  });

  it('lets only an administrator create users, with a strong enough password', async () => {
    const asAnalyst = await apiCall(api, 'POST', '/users', { username: 'qa.new', displayName: 'New', password: 'long-enough-1', roles: ['qa'] }, { as: 'analyst.chen' });
    expect(asAnalyst.status).toBe(403);
    const weak = await apiCall(api, 'POST', '/users', { username: 'qa.new', displayName: 'New', password: 'short', roles: ['qa', 'wizard'] });
    expect(weak.status).toBe(400);
    expect(weak.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pointer: '/body/password' }),
        expect.objectContaining({ pointer: '/body/roles/1' }),
      ]),
    );
    const created = await apiCall(api, 'POST', '/users', { username: `qa.new${Date.now() % 100000}`, displayName: 'New QA', password: 'long-enough-1', roles: ['qa'] });
    expect(created.status).toBe(201);
    expect(created.body).not.toHaveProperty('passwordHash');
  });
});
