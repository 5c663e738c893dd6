import { readErrorCatchers, type ErrorCatchers } from '@lotflow/processes';

/** Where a task's BPMN error lands: the definition, the activity and the instance that threw it. */
export interface ThrowingTask {
  processDefinitionId: string;
  activityId: string;
  processInstanceId: string;
}

/**
 * Answers whether a BPMN error a task is about to throw is caught by its model. In Camunda 7 an
 * error nobody catches ends the instance on the spot, silently; the worker raises an incident
 * instead, so a refused business step never disappears. Definitions never change once deployed,
 * so each is read from the engine once.
 */
export class BpmnErrorCatches {
  private readonly definitions = new Map<string, Promise<ErrorCatchers>>();

  constructor(
    private readonly engineUrl: string,
    private readonly authorization: string | undefined,
  ) {}

  async isCaught(task: ThrowingTask, errorCode: string): Promise<boolean> {
    const catchers = await this.catchers(task.processDefinitionId);
    if (catchers(task.activityId, errorCode)) return true;
    // Not caught in its own process: a calling process may still catch it at its call activity.
    const callers = await this.get<unknown[]>(`/process-instance?subProcessInstance=${encodeURIComponent(task.processInstanceId)}`);
    return callers.length > 0;
  }

  private catchers(definitionId: string): Promise<ErrorCatchers> {
    let cached = this.definitions.get(definitionId);
    if (!cached) {
      cached = this.get<{ bpmn20Xml: string }>(`/process-definition/${encodeURIComponent(definitionId)}/xml`).then(({ bpmn20Xml }) => readErrorCatchers(bpmn20Xml));
      cached.catch(() => this.definitions.delete(definitionId));
      this.definitions.set(definitionId, cached);
    }
    return cached;
  }

  private async get<T>(path: string): Promise<T> {
    const response = await fetch(`${this.engineUrl}${path}`, {
      headers: { accept: 'application/json', ...(this.authorization ? { authorization: this.authorization } : {}) },
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`The engine did not answer ${path} (HTTP ${response.status})`);
    return (await response.json()) as T;
  }
}
