import { afterEach, describe, expect, it } from 'vitest';
import { sendJson, startTestServer, type TestServer } from '../../../../shared/testing/start-test-server';
import { getProcesses } from '../get-processes';

const neverDeployedThroughLotflow = {
  key: 'incoming-inspection',
  name: 'Incoming inspection of a received lot',
  version: 1,
  id: 'incoming-inspection:1:7f1c',
  deploymentId: '7f1b',
  resource: 'incoming-inspection.bpmn',
  deployedAt: null,
  hash: null,
  instances: { running: 2, finished: 5 },
};

describe('getProcesses', () => {
  let server: TestServer | undefined;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('given deployed processes, then it returns them with their instance counts', async () => {
    server = await startTestServer(sendJson(200, { items: [neverDeployedThroughLotflow] }));

    const result = await getProcesses(server.baseUrl, 'token-1');

    expect(result).toEqual({ outcome: 'ok', status: 200, data: [neverDeployedThroughLotflow] });
  });

  it('given a session, then the list is asked for with its token, since the api only shows it to signed-in people', async () => {
    let authorization: string | undefined;
    server = await startTestServer((request, response) => {
      authorization = request.headers.authorization;
      sendJson(200, { items: [] })(request, response);
    });

    await getProcesses(server.baseUrl, 'token-1');

    expect(authorization).toBe('Bearer token-1');
  });

  it('given the engine is down, then it returns the api problem to show', async () => {
    const problem = { type: 'https://lotflow.dev/problems/engine-unavailable', title: 'Engine unavailable', status: 503, detail: 'fetch failed' };
    server = await startTestServer(sendJson(503, problem, 'application/problem+json'));

    const result = await getProcesses(server.baseUrl, 'token-1');

    expect(result).toEqual({ outcome: 'problem', status: 503, problem });
  });
});
