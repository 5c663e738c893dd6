import { hostname } from 'node:os';
import { databaseUrlPattern } from '@lotflow/api';
import { fileURLToPath } from 'node:url';

const defaultDatabaseFile = fileURLToPath(new URL('../../../data/api/lotflow.sqlite', import.meta.url));

/** Every environment variable the worker reads; docker-compose.yml uses the same names. */
export const configSchema = {
  type: 'object',
  properties: {
    ENGINE_REST_URL: { type: 'string', pattern: '^https?://', default: 'http://127.0.0.1:8080/engine-rest' },
    ENGINE_REST_USER: { type: 'string', minLength: 1 },
    ENGINE_REST_PASSWORD: { type: 'string' },
    DATABASE_URL: {
      type: 'string',
      pattern: databaseUrlPattern,
      default: `sqlite:${defaultDatabaseFile}`,
      description: "the api's database: published rule tables are read there, and the kernel's actions (records, ledger, outbox) change it",
    },
    WORKER_TIME_ZONE: { type: 'string', minLength: 1, default: 'Asia/Shanghai', description: "the plant's time zone: what 'today' means in date cells, the date in numbers such as LOT-260302-0001, and expiry" },
    WORKER_ID: { type: 'string', minLength: 1, maxLength: 255, default: `lotflow-worker-${hostname()}-${process.pid}` },
    WORKER_MAX_TASKS: { type: 'integer', minimum: 1, maximum: 100, default: 10 },
    WORKER_LOCK_DURATION_MS: { type: 'integer', minimum: 1000, default: 60000 },
    WORKER_POLL_INTERVAL_MS: { type: 'integer', minimum: 10, default: 300 },
    WORKER_ASYNC_RESPONSE_TIMEOUT_MS: { type: 'integer', minimum: 0, maximum: 60000, default: 5000 },
    WORKER_MAX_RETRIES: { type: 'integer', minimum: 0, maximum: 100, default: 3 },
    WORKER_RETRY_BACKOFF_MS: { type: 'integer', minimum: 0, default: 5000 },
    WORKER_RETRY_BACKOFF_MAX_MS: { type: 'integer', minimum: 0, default: 300000 },
    WORKER_SHUTDOWN_GRACE_MS: { type: 'integer', minimum: 0, default: 10000 },
    PDF_FONT_PATH: { type: 'string', minLength: 1, description: 'the font documents print Chinese with (.ttf/.otf, or <file.ttc>#<font name>); the same setting as the api' },
    LOG_LEVEL: { enum: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], default: 'info' },
  },
  required: [
    'ENGINE_REST_URL',
    'DATABASE_URL',
    'WORKER_TIME_ZONE',
    'WORKER_ID',
    'WORKER_MAX_TASKS',
    'WORKER_LOCK_DURATION_MS',
    'WORKER_POLL_INTERVAL_MS',
    'WORKER_ASYNC_RESPONSE_TIMEOUT_MS',
    'WORKER_MAX_RETRIES',
    'WORKER_RETRY_BACKOFF_MS',
    'WORKER_RETRY_BACKOFF_MAX_MS',
    'WORKER_SHUTDOWN_GRACE_MS',
    'LOG_LEVEL',
  ],
  dependentRequired: { ENGINE_REST_USER: ['ENGINE_REST_PASSWORD'] },
} as const;

export interface WorkerConfig {
  ENGINE_REST_URL: string;
  ENGINE_REST_USER?: string;
  ENGINE_REST_PASSWORD?: string;
  DATABASE_URL: string;
  WORKER_TIME_ZONE: string;
  WORKER_ID: string;
  WORKER_MAX_TASKS: number;
  WORKER_LOCK_DURATION_MS: number;
  WORKER_POLL_INTERVAL_MS: number;
  WORKER_ASYNC_RESPONSE_TIMEOUT_MS: number;
  WORKER_MAX_RETRIES: number;
  WORKER_RETRY_BACKOFF_MS: number;
  WORKER_RETRY_BACKOFF_MAX_MS: number;
  WORKER_SHUTDOWN_GRACE_MS: number;
  PDF_FONT_PATH?: string;
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}
