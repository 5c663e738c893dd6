import { afterEach, describe, expect, it } from 'vitest';
import { sendJson, startTestServer, type TestServer } from '../../../../shared/testing/start-test-server';
import { getHealth } from '../get-health';

const degradedReport = {
  status: 'degraded',
  version: '0.1.0',
  checkedAt: '2025-11-24T04:52:00.000Z',
  components: {
    database: { status: 'up', type: 'sqlite' },
    engine: { status: 'down', url: 'http://127.0.0.1:8080/engine-rest', error: 'connect ECONNREFUSED 127.0.0.1:8080' },
  },
};

describe('getHealth', () => {
  let server: TestServer | undefined;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('given the api answers 503 with a degraded report, then the report is read, not treated as a failure', async () => {
    server = await startTestServer(sendJson(503, degradedReport));

    const result = await getHealth(server.baseUrl);

    expect(result).toEqual({ outcome: 'ok', status: 503, data: degradedReport });
  });

  it('given a report with an unknown database type, then the page is told which field is wrong', async () => {
    const report = { ...degradedReport, components: { ...degradedReport.components, database: { status: 'up', type: 'oracle' } } };
    server = await startTestServer(sendJson(200, report));

    const result = await getHealth(server.baseUrl);

    expect(result).toEqual({
      outcome: 'invalid-response',
      status: 200,
      reason: 'components.database.type: expected one of "sqlite", "mysql"',
    });
  });
});
