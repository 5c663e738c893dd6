import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  readonly baseUrl: string;
  close(): Promise<void>;
}

/** A real HTTP server on a free local port, so tests exercise fetch as the page does. */
export async function startTestServer(handler: RequestListener): Promise<TestServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A URL on which nothing listens: the port was free a moment ago and is closed again. */
export async function reserveClosedPort(): Promise<string> {
  const server = await startTestServer(() => undefined);
  await server.close();
  return server.baseUrl;
}

export function sendJson(status: number, body: unknown, contentType = 'application/json'): RequestListener {
  return (_request, response) => {
    response.writeHead(status, { 'content-type': contentType });
    response.end(JSON.stringify(body));
  };
}
