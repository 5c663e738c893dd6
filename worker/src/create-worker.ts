import { RuleSetRepository, bundledRuleSetsDirectory } from '@lotflow/rules';
import type { Logger } from 'pino';
import type { WorkerConfig } from './config/config.schema.js';
import { ExternalTaskWorker } from './task-runner/external-task-worker.js';
import type { TaskHandler } from './task-runner/task-handler.js';
import { createTopicCatalog } from './topics/index.js';

/** A worker serving the topic catalog (plus `extraHandlers`, for tests and plug-ins). */
export function createWorker(config: WorkerConfig, logger: Logger, extraHandlers: TaskHandler[] = []): ExternalTaskWorker {
  const ruleSets = new RuleSetRepository(config.RULES_DIR ?? bundledRuleSetsDirectory);
  return new ExternalTaskWorker(
    {
      engineUrl: config.ENGINE_REST_URL,
      ...(config.ENGINE_REST_USER ? { credentials: { username: config.ENGINE_REST_USER, password: config.ENGINE_REST_PASSWORD ?? '' } } : {}),
      workerId: config.WORKER_ID,
      maxTasks: config.WORKER_MAX_TASKS,
      lockDurationMs: config.WORKER_LOCK_DURATION_MS,
      pollIntervalMs: config.WORKER_POLL_INTERVAL_MS,
      asyncResponseTimeoutMs: config.WORKER_ASYNC_RESPONSE_TIMEOUT_MS,
      retry: {
        maxRetries: config.WORKER_MAX_RETRIES,
        backoffMs: config.WORKER_RETRY_BACKOFF_MS,
        backoffMaxMs: config.WORKER_RETRY_BACKOFF_MAX_MS,
      },
      shutdownGraceMs: config.WORKER_SHUTDOWN_GRACE_MS,
    },
    [...createTopicCatalog({ ruleSets }), ...extraHandlers],
    logger,
  );
}
