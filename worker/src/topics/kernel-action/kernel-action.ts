import { ConflictError, NotFoundError, RequestInvalidError } from '@lotflow/api';
import { createValidator, formatIssues, type Validator } from '@lotflow/dictionary';
import { NonRetryableError, type TaskContext, type TaskOutcome } from '../../task-runner/task-handler.js';
import type { RefusalCode } from './refusal-codes.js';

/** Who the audit trail names for what a worker changed; the entry's reason or key names the task. */
export const workerActor = 'worker';

/**
 * The key of one action of one task. Camunda 7 keeps an external task's id through failures,
 * retries and an incident's retry, so a redelivered task finds its first delivery's receipt;
 * a step the model runs again (a loop, a multi-instance, an operator's restart) is a new task
 * with a new id, and a new action. The process instance makes the key readable in the audit trail.
 */
export function actionKey(context: TaskContext, step: string): string {
  return `${context.processInstanceId}:${context.taskId}:${step}`;
}

/** The audited reason: the model's, followed by the task that acted. */
export function auditReason(context: TaskContext, reason?: string | null): string {
  const task = `process instance ${context.processInstanceId}, step ${context.activityId}, external task ${context.taskId}`;
  return reason?.trim() ? `${reason.trim()} (${task})` : `By ${task}`;
}

/** `<type>` → `<type>Code`, as the task inbox names the record a task wrote: `inspection-decision` → `inspectionDecisionCode`. */
export function codeVariableOf(typeKey: string): string {
  return `${typeKey.replace(/-([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase())}Code`;
}

/**
 * A parameter given as JSON: a Json variable arrives parsed, an input parameter arrives as text
 * (the engine has already replaced its `${…}` expressions). Text that is not JSON of the schema is
 * the model's mistake: an incident, since retrying cannot mend it.
 */
export function readJsonParameter<T>(context: TaskContext, name: string, validate: Validator<T>): T {
  const raw = context.variables[name];
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new NonRetryableError(`Task '${context.activityId}': the input parameter '${name}' is not JSON (${(error as Error).message}): ${raw.slice(0, 300)}`);
    }
  }
  const checked = validate(value);
  if (!checked.ok) throw new NonRetryableError(`Task '${context.activityId}': the input parameter '${name}' is invalid: ${formatIssues(checked.issues)}`);
  return checked.value;
}

export const anyJsonObject: Validator<Record<string, unknown>> = createValidator({ type: 'object' });

/** An optional parameter: absent and null (left empty in the designer) are the same. */
export function optional<T>(value: T | null | undefined): T | undefined {
  return value === null || value === undefined || value === '' ? undefined : value;
}

export type KernelError = RequestInvalidError | ConflictError | NotFoundError;

/**
 * What a refusal of the kernel means for the process: a business outcome the model catches
 * (a BPMN error code), a configuration the model got wrong (`'configuration'`: an incident), or
 * neither (`undefined`: a technical failure, retried).
 */
export type RefusalVerdict = RefusalCode | 'configuration' | undefined;

/** Turns the kernel's refusals into BPMN errors or incidents; other failures are thrown on, to be retried. */
export function reportRefusal(error: unknown, context: TaskContext, what: string, judge: (error: KernelError) => RefusalVerdict): TaskOutcome {
  if (!(error instanceof RequestInvalidError || error instanceof ConflictError || error instanceof NotFoundError)) throw error;
  const verdict = judge(error);
  const detail = error instanceof RequestInvalidError ? formatIssues(error.issues) : error.message;
  // The ledger's refusals already say what could not be done; the others are told what was being tried.
  const message = detail.startsWith("Couldn't") ? detail : `Couldn't ${what}: ${detail}`;
  if (verdict === 'configuration') throw new NonRetryableError(`Task '${context.activityId}': ${message}`, { cause: error });
  if (verdict === undefined) throw error;
  return { kind: 'bpmn-error', code: verdict, message: message.slice(0, 4000), variables: { lotflowErrorCode: verdict, lotflowErrorMessage: message.slice(0, 4000) } };
}
