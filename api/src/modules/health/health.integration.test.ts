import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../../../test/support/free-port.js';
import { apiCall, startTestApi } from '../../../../test/support/start-services.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

describe('GET /health', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('reports the database and the engine up, with the engine version', async () => {
    const response = await apiCall(api, 'GET', '/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'up',
      components: {
        database: { status: 'up', type: inject('databaseKind') === 'mysql' ? 'mysql' : 'sqlite' },
        engine: { status: 'up', url: inject('engineUrl'), version: expect.stringMatching(/^7\.24\./) },
      },
    });
  });

  it('serves its OpenAPI 3.1 description without a session', async () => {
    const response = await apiCall(api, 'GET', '/openapi.json', undefined, { as: null });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ openapi: '3.1.0', info: { title: 'Lotflow api' } });
    expect(Object.keys(response.body.paths)).toContain('/process-instances');
  });

  it('when the engine is unreachable, reports degraded with the reason, and process lists fail with 503', async () => {
    const nowhere = `http://127.0.0.1:${await freePort()}/engine-rest`;
    const cutOff = await startTestApi({ ENGINE_REST_URL: nowhere, ENGINE_TIMEOUT_MS: '2000' });
    try {
      const health = await apiCall(cutOff, 'GET', '/health');
      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({ status: 'degraded', components: { database: { status: 'up' }, engine: { status: 'down', url: nowhere } } });
      expect(health.body.components.engine.error).toContain(`The process engine at ${nowhere} is not reachable`);

      const processes = await apiCall(cutOff, 'GET', '/processes');
      expect(processes.status).toBe(503);
      expect(processes.contentType).toContain('application/problem+json');
      expect(processes.body.type).toBe('https://lotflow.dev/problems/engine-unavailable');
    } finally {
      await cutOff.close();
    }
  });
});
