export { createWorker, type WorkerExtensions } from './create-worker.js';
export { loadConfig } from './config/load-config.js';
export type { WorkerConfig } from './config/config.schema.js';
export { ExternalTaskWorker } from './task-runner/external-task-worker.js';
export { NonRetryableError } from './task-runner/task-handler.js';
export type { TaskContext, TaskHandler, TaskOutcome } from './task-runner/task-handler.js';
export { noDecisionErrorCode } from './topics/evaluate-rule-set/evaluate-rule-set.handler.js';
export { createTopicCatalog } from './topics/index.js';
export { refusalCodes, type RefusalCode } from './topics/kernel-action/refusal-codes.js';
