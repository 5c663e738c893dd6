/// <reference path="../types/camunda-external-task-client-js.d.ts" />
import { BasicAuthInterceptor, Client, Variables, type ExternalTask, type TaskService } from 'camunda-external-task-client-js';
import { createValidator, formatIssues, type Validator } from '@lotflow/dictionary';
import type { Logger } from 'pino';
import { nextRetry, type RetryPolicy } from './retry-policy.js';
import { NonRetryableError, type TaskHandler, type TaskOutcome } from './task-handler.js';

export interface WorkerOptions {
  engineUrl: string;
  credentials?: { username: string; password: string };
  workerId: string;
  maxTasks: number;
  lockDurationMs: number;
  pollIntervalMs: number;
  asyncResponseTimeoutMs: number;
  retry: RetryPolicy;
  shutdownGraceMs: number;
  /** Whether the model catches a BPMN error a task is about to throw; an uncaught one becomes an incident. */
  errorCatches?: { isCaught(task: { processDefinitionId: string; activityId: string; processInstanceId: string }, errorCode: string): Promise<boolean> };
}

/**
 * Runs TaskHandlers on external tasks: checks parameters, completes, reports business
 * outcomes as BPMN errors and technical failures with decreasing retries and back-off.
 * `stop()` stops polling, lets the tasks in hand finish within the grace period and hands
 * the rest back to the engine, so another worker takes them at once.
 */
export class ExternalTaskWorker {
  private readonly client: Client;
  private readonly inFlight = new Map<string, { task: ExternalTask; taskService: TaskService; done: Promise<void> }>();
  private readonly releasing = new Set<Promise<void>>();
  private pollInProgress: Promise<void> | null = null;
  private endPoll: (() => void) | null = null;
  private stopping = false;

  constructor(
    private readonly options: WorkerOptions,
    private readonly handlers: TaskHandler[],
    private readonly logger: Logger,
  ) {
    this.client = new Client({
      baseUrl: options.engineUrl,
      workerId: options.workerId,
      maxTasks: options.maxTasks,
      interval: options.pollIntervalMs,
      lockDuration: options.lockDurationMs,
      asyncResponseTimeout: options.asyncResponseTimeoutMs,
      autoPoll: false,
      // The client's own logger would print every poll; ours reports what matters.
      use: () => undefined,
      ...(options.credentials ? { interceptors: new BasicAuthInterceptor(options.credentials) } : {}),
    });
    this.client.on('poll:start', () => {
      this.pollInProgress = new Promise((resolve) => (this.endPoll = resolve));
    });
    const pollEnded = () => {
      this.endPoll?.();
      this.pollInProgress = null;
    };
    this.client.on('poll:success', pollEnded);
    this.client.on('poll:error', (error) => {
      pollEnded();
      if (!this.stopping) this.logger.warn({ err: error }, 'polling the engine failed; retrying');
    });
    for (const handler of handlers) this.subscribe(handler);
  }

  get topics(): string[] {
    return this.handlers.map((handler) => handler.topic);
  }

  start(): void {
    this.client.start();
    this.logger.info({ workerId: this.options.workerId, topics: this.topics, engine: this.options.engineUrl }, 'worker polling');
  }

  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    this.client.stop();
    // A long poll already sent may still bring tasks; they are unlocked as they arrive.
    await this.pollInProgress;
    await Promise.all(this.releasing);
    const pending = [...this.inFlight.values()];
    const finished = Promise.all(pending.map((entry) => entry.done));
    const timedOut = await Promise.race([
      finished.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), this.options.shutdownGraceMs).unref()),
    ]);
    if (timedOut) {
      await Promise.all([...this.inFlight.values()].map((entry) => this.release(entry.task, entry.taskService)));
    }
    this.logger.info({ finished: pending.length - this.inFlight.size, released: this.inFlight.size }, 'worker stopped');
  }

  private subscribe(handler: TaskHandler): void {
    const validateParameters: Validator<Record<string, unknown>> = createValidator(handler.parameters);
    this.client.subscribe(handler.topic, { lockDuration: this.options.lockDurationMs }, async ({ task, taskService }) => {
      if (this.stopping) {
        const released = this.release(task, taskService).finally(() => this.releasing.delete(released));
        this.releasing.add(released);
        return released;
      }
      const done = this.run(handler, validateParameters, task, taskService).finally(() => this.inFlight.delete(task.id));
      this.inFlight.set(task.id, { task, taskService, done });
      await done;
    });
  }

  private async run(handler: TaskHandler, validateParameters: Validator<Record<string, unknown>>, task: ExternalTask, taskService: TaskService): Promise<void> {
    const log = this.logger.child({ topic: task.topicName, taskId: task.id, processInstanceId: task.processInstanceId, activityId: task.activityId });
    let outcome: TaskOutcome;
    try {
      const variables = task.variables.getAll();
      const parameters = validateParameters(variables);
      if (!parameters.ok) {
        throw new NonRetryableError(`Task '${task.activityId}' has invalid input parameters for ${handler.topic}: ${formatIssues(parameters.issues)}`);
      }
      outcome = await handler.handle({
        taskId: task.id,
        processInstanceId: task.processInstanceId,
        businessKey: task.businessKey,
        activityId: task.activityId,
        variables,
      });
      if (outcome.kind === 'bpmn-error' && this.options.errorCatches && !(await this.options.errorCatches.isCaught(task, outcome.code))) {
        throw new NonRetryableError(
          `Task '${task.activityId}' ended with the business outcome ${outcome.code}, which no error boundary event or error event sub-process of the model catches: stopped here instead of ending the instance. ${outcome.message}`,
        );
      }
    } catch (error) {
      return this.fail(task, taskService, error, log);
    }
    try {
      if (outcome.kind === 'complete') {
        await taskService.complete(task, toVariables(outcome.variables), toVariables(outcome.localVariables ?? {}));
        log.debug('task completed');
      } else {
        await taskService.handleBpmnError(task, outcome.code, outcome.message, toVariables(outcome.variables ?? {}));
        log.info({ errorCode: outcome.code }, 'business outcome reported as BPMN error');
      }
    } catch (error) {
      // The engine may have moved on (lock expired, instance cancelled): nothing to retry here.
      log.warn({ err: error }, 'the engine did not accept the task result');
    }
  }

  private async fail(task: ExternalTask, taskService: TaskService, error: unknown, log: Logger): Promise<void> {
    const retryable = !(error instanceof NonRetryableError || (error as { retryable?: boolean }).retryable === false);
    const { retries, retryTimeout } = nextRetry(this.options.retry, task.retries, retryable);
    const message = error instanceof Error ? error.message : String(error);
    log.warn({ err: error, retries, retryTimeout }, retries === 0 ? 'task failed; incident raised' : 'task failed; will retry');
    try {
      await taskService.handleFailure(task, {
        // The engine keeps the first 666 characters of a message; details hold the rest.
        errorMessage: message.slice(0, 666),
        errorDetails: error instanceof Error ? (error.stack ?? message) : message,
        retries,
        retryTimeout,
      });
    } catch (reportError) {
      log.error({ err: reportError }, 'could not report the failure to the engine; the lock will expire');
    }
  }

  private async release(task: ExternalTask, taskService: TaskService): Promise<void> {
    try {
      await taskService.unlock(task);
    } catch (error) {
      this.logger.warn({ err: error, taskId: task.id }, 'could not release a task; its lock will expire');
    }
  }
}

function toVariables(values: Record<string, unknown>): Variables {
  return new Variables().setAll(values);
}
