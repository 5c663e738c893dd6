import { PublishedArtifactReader, createKernel } from '@lotflow/api';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { WorkerConfig } from './config/config.schema.js';
import { BpmnErrorCatches } from './task-runner/bpmn-error-catches.js';
import { ExternalTaskWorker } from './task-runner/external-task-worker.js';
import type { TaskHandler } from './task-runner/task-handler.js';
import { createTopicCatalog } from './topics/index.js';
import { ProcessStartTimes } from './topics/evaluate-rule-set/process-start-times.js';
import { RuleTableSource } from './topics/evaluate-rule-set/rule-table.source.js';

export interface WorkerExtensions {
  /** Topics served beside the catalog's, for tests and plug-ins. */
  extraHandlers?: TaskHandler[];
  /** Wraps every handler (the catalog's and the extra ones): a test redelivers each task through it. */
  decorateHandler?: (handler: TaskHandler) => TaskHandler;
}

/** A worker serving the topic catalog, with the extensions a test or a plug-in adds. */
export function createWorker(config: WorkerConfig, dataSource: DataSource, logger: Logger, extensions: WorkerExtensions = {}): ExternalTaskWorker {
  const { extraHandlers = [], decorateHandler = (handler: TaskHandler) => handler } = extensions;
  const credentials = config.ENGINE_REST_USER ? { username: config.ENGINE_REST_USER, password: config.ENGINE_REST_PASSWORD ?? '' } : undefined;
  const authorization = credentials ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}` : undefined;
  const ruleTables = new RuleTableSource(new PublishedArtifactReader(dataSource), new ProcessStartTimes(config.ENGINE_REST_URL, authorization));
  return new ExternalTaskWorker(
    {
      engineUrl: config.ENGINE_REST_URL,
      ...(credentials ? { credentials } : {}),
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
      errorCatches: new BpmnErrorCatches(config.ENGINE_REST_URL, authorization),
    },
    [...createTopicCatalog({ ruleTables, kernel: createKernel(dataSource, { timeZone: config.WORKER_TIME_ZONE, pdfFontPath: config.PDF_FONT_PATH, logger: { warn: (message) => logger.warn(message) } }), timeZone: config.WORKER_TIME_ZONE }), ...extraHandlers].map(
      decorateHandler,
    ),
    logger,
  );
}
