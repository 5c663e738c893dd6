import type { LocalizedText } from '@lotflow/dictionary';

/** What a handler decides; the runner turns it into the engine call. */
export type TaskOutcome =
  | { kind: 'complete'; variables: Record<string, unknown>; localVariables?: Record<string, unknown> }
  /** A business outcome the BPMN model catches with an error boundary event. */
  | { kind: 'bpmn-error'; code: string; message: string; variables?: Record<string, unknown> };

export interface TaskContext {
  /** The external task's id: with the step name, the key that makes an action idempotent. */
  taskId: string;
  processInstanceId: string;
  businessKey: string | null;
  activityId: string;
  /** Every variable visible to the task: process variables and the task's input parameters. */
  variables: Record<string, unknown>;
}

/**
 * One worker topic. `parameters` is the JSON Schema of the task's input mappings: the worker
 * checks it, and the designer's element templates are generated from it.
 */
export interface TaskHandler {
  topic: string;
  label: LocalizedText;
  parameters: { type: 'object'; properties: Record<string, object>; required?: string[] };
  handle(context: TaskContext): Promise<TaskOutcome>;
}

/** A failure that retrying cannot mend (a broken configuration): straight to an incident. */
export class NonRetryableError extends Error {
  readonly retryable = false;
}
