import { pino } from 'pino';
import { inject } from 'vitest';
import './provided-context.js';
import { loadConfig as loadApiConfig } from '../../api/src/config/load-config.js';
import { startApi, type RunningApi } from '../../api/src/server.js';
import { createWorker, loadConfig as loadWorkerConfig, type ExternalTaskWorker, type TaskHandler } from '../../worker/src/index.js';

const quiet = pino({ level: process.env.LOTFLOW_TEST_LOG_LEVEL ?? 'silent' });

/** The api on the test database and engine, on a free port. */
export function startTestApi(environment: Record<string, string> = {}): Promise<RunningApi> {
  const config = loadApiConfig({
    API_PORT: '0',
    DATABASE_URL: inject('apiDatabaseUrl'),
    ENGINE_REST_URL: inject('engineUrl'),
    ...environment,
  });
  return startApi(config, quiet);
}

/** A worker polling the test engine fast, with short back-off so retries happen in seconds. */
export function startTestWorker(environment: Record<string, string> = {}, extraHandlers: TaskHandler[] = []): ExternalTaskWorker {
  const config = loadWorkerConfig({
    ENGINE_REST_URL: inject('engineUrl'),
    WORKER_POLL_INTERVAL_MS: '50',
    WORKER_ASYNC_RESPONSE_TIMEOUT_MS: '1000',
    WORKER_RETRY_BACKOFF_MS: '200',
    WORKER_SHUTDOWN_GRACE_MS: '5000',
    ...environment,
  });
  const worker = createWorker(config, quiet, extraHandlers);
  worker.start();
  return worker;
}

/** JSON over HTTP to the api, keeping status and content type for assertions. */
export async function apiCall<T = any>(api: RunningApi, method: string, path: string, body?: unknown): Promise<{ status: number; contentType: string; body: T }> {
  const response = await fetch(`${api.url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: (text ? JSON.parse(text) : undefined) as T };
}
