import { afterEach, describe, expect, it } from 'vitest';
import { reserveClosedPort, sendJson, startTestServer, type TestServer } from '../../testing/start-test-server';
import { fetchApiJson } from '../api-client';
import { count, noContent, object, text } from '../shape';

const greetingShape = object({ greeting: text(), visits: count() });

describe('fetchApiJson', () => {
  let server: TestServer | undefined;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('given a 200 with a body of the expected shape, then it returns the data', async () => {
    server = await startTestServer(sendJson(200, { greeting: 'hello', visits: 3 }));

    const result = await fetchApiJson({ baseUrl: server.baseUrl, path: 'greeting', shape: greetingShape });

    expect(result).toEqual({ outcome: 'ok', status: 200, data: { greeting: 'hello', visits: 3 } });
  });

  it('given a 503 with problem+json, then it returns the problem details the api sent', async () => {
    const problem = {
      type: 'https://lotflow.dev/problems/engine-unavailable',
      title: 'The process engine is not reachable',
      status: 503,
      detail: 'connect ECONNREFUSED 127.0.0.1:8080',
    };
    server = await startTestServer(sendJson(503, problem, 'application/problem+json'));

    const result = await fetchApiJson({ baseUrl: server.baseUrl, path: 'processes', shape: greetingShape });

    expect(result).toEqual({ outcome: 'problem', status: 503, problem });
  });

  it('given an error status without a problem body, then the status itself is the problem', async () => {
    server = await startTestServer((_request, response) => {
      response.writeHead(502, { 'content-type': 'text/html' });
      response.end('<h1>Bad gateway</h1>');
    });

    const result = await fetchApiJson({ baseUrl: server.baseUrl, path: 'processes', shape: greetingShape });

    expect(result).toEqual({
      outcome: 'problem',
      status: 502,
      problem: { type: 'about:blank', title: 'Bad Gateway', status: 502 },
    });
  });

  it('given nothing listens on the api URL, then it reports a refused connection instead of throwing', async () => {
    const baseUrl = await reserveClosedPort();

    const result = await fetchApiJson({ baseUrl, path: 'health', shape: greetingShape });

    expect(result).toMatchObject({ outcome: 'unreachable', url: `${baseUrl}health`, cause: 'connection-refused' });
  });

  it('given an api that never answers, then it gives up after the timeout', async () => {
    server = await startTestServer(() => undefined);

    const result = await fetchApiJson({ baseUrl: server.baseUrl, path: 'health', shape: greetingShape, timeoutMs: 100 });

    expect(result).toMatchObject({ outcome: 'unreachable', cause: 'timeout' });
  });

  it('given a body of the wrong shape, then it names the field that is wrong', async () => {
    server = await startTestServer(sendJson(200, { greeting: 'hello', visits: 'many' }));

    const result = await fetchApiJson({ baseUrl: server.baseUrl, path: 'greeting', shape: greetingShape });

    expect(result).toEqual({ outcome: 'invalid-response', status: 200, reason: 'visits: expected a whole number ≥ 0' });
  });

  it('given no session token, then no Authorization header is sent', async () => {
    let authorization: string | undefined = 'not asked yet';
    server = await startTestServer((request, response) => {
      authorization = request.headers.authorization;
      sendJson(200, { greeting: 'hello', visits: 0 })(request, response);
    });

    await fetchApiJson({ baseUrl: server.baseUrl, path: 'health', shape: greetingShape });

    expect(authorization).toBeUndefined();
  });

  it('given a 204 where no body is expected, then it is a success without data', async () => {
    server = await startTestServer((_request, response) => {
      response.writeHead(204).end();
    });

    const result = await fetchApiJson({ baseUrl: server.baseUrl, path: 'auth/logout', method: 'POST', shape: noContent(), acceptedStatuses: [204] });

    expect(result).toEqual({ outcome: 'ok', status: 204, data: undefined });
  });

  it('given a base URL with a path, then requests stay under that path', async () => {
    let requestedPath: string | undefined;
    server = await startTestServer((request, response) => {
      requestedPath = request.url;
      sendJson(200, { greeting: 'hello', visits: 0 })(request, response);
    });

    await fetchApiJson({ baseUrl: `${server.baseUrl}lotflow/`, path: 'health', shape: greetingShape });

    expect(requestedPath).toBe('/lotflow/health');
  });
});
