import { pino } from 'pino';
import { inject } from 'vitest';
import './provided-context.js';
import { loadConfig as loadApiConfig } from '../../api/src/config/load-config.js';
import { startApi, type RunningApi } from '../../api/src/server.js';
import { openDatabase } from '../../api/src/database/data-source.js';
import { createWorker, loadConfig as loadWorkerConfig, type TaskHandler } from '../../worker/src/index.js';
import type { TaskReplay } from './task-replay.js';

export interface TestWorker {
  /** Stops polling, finishes or hands back the tasks in hand, closes the database. */
  stop(): Promise<void>;
}

export const demoPassword = 'lotflow-demo';
const tokens = new WeakMap<RunningApi, Map<string, string>>();

/** A new session of its own for a demo user: ending it ends no other test's session. */
export async function newSession(api: RunningApi, username = 'admin', password = demoPassword): Promise<string> {
  const response = await fetch(`${api.url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`Signing in as ${username} failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/** What the sign-in form leaves in the browser, obtained without the form: the web's session cookie. */
export async function webSessionCookie(api: RunningApi, username = 'admin'): Promise<string> {
  return `lotflow_web_session=${await newSession(api, username)}`;
}

/** A session token for a demo user (signed in once per api and user). */
export async function signIn(api: RunningApi, username = 'admin', password = demoPassword): Promise<string> {
  const known = tokens.get(api) ?? new Map<string, string>();
  tokens.set(api, known);
  const cached = known.get(username);
  if (cached) return cached;
  const token = await newSession(api, username, password);
  known.set(username, token);
  return token;
}

const quiet = pino({ level: process.env.LOTFLOW_TEST_LOG_LEVEL ?? 'silent' });

/** The api on the test database and engine, on a free port; without scheduled snapshots unless a test asks for them. */
export function startTestApi(environment: Record<string, string> = {}): Promise<RunningApi> {
  const config = loadApiConfig({
    API_PORT: '0',
    DATABASE_URL: inject('apiDatabaseUrl'),
    ENGINE_REST_URL: inject('engineUrl'),
    SEED_DEMO_USERS: 'true',
    DEMO_PASSWORD: demoPassword,
    DATA_QUALITY_SNAPSHOT_INTERVAL_HOURS: '0',
    ...environment,
  });
  return startApi(config, quiet);
}

/**
 * A worker polling the test engine fast, with short back-off so retries happen in seconds; with
 * `replay`, every task it handles is handled again (see TaskReplay).
 */
export async function startTestWorker(environment: Record<string, string> = {}, extraHandlers: TaskHandler[] = [], replay?: TaskReplay): Promise<TestWorker> {
  const config = loadWorkerConfig({
    ENGINE_REST_URL: inject('engineUrl'),
    DATABASE_URL: inject('apiDatabaseUrl'),
    WORKER_POLL_INTERVAL_MS: '50',
    WORKER_ASYNC_RESPONSE_TIMEOUT_MS: '1000',
    WORKER_RETRY_BACKOFF_MS: '200',
    WORKER_SHUTDOWN_GRACE_MS: '5000',
    ...environment,
  });
  const { dataSource } = await openDatabase(config.DATABASE_URL, { migrate: false });
  const worker = createWorker(config, dataSource, quiet, { extraHandlers, ...(replay ? { decorateHandler: replay.decorate } : {}) });
  worker.start();
  let stopped: Promise<void> | undefined;
  return {
    stop() {
      stopped ??= worker
        .stop()
        .then(() => replay?.stop())
        .then(() => dataSource.destroy());
      return stopped;
    },
  };
}

/**
 * JSON over HTTP to the api, signed in as `as` (admin unless told; `null` for no session),
 * keeping status and content type for assertions.
 */
export async function apiCall<T = any>(
  api: RunningApi,
  method: string,
  path: string,
  body?: unknown,
  options: { as?: string | null } = {},
): Promise<{ status: number; contentType: string; body: T }> {
  const as = options.as === undefined ? 'admin' : options.as;
  const headers: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' };
  if (as !== null) headers.authorization = `Bearer ${await signIn(api, as)}`;
  const response = await fetch(`${api.url}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: (text ? JSON.parse(text) : undefined) as T };
}
