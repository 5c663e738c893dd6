import { expect, inject } from 'vitest';
import { engineRest, waitFor } from '../../../test/support/engine-rest.js';
import { apiCall, demoPassword, startTestApi, startTestWorker, type TestWorker } from '../../../test/support/start-services.js';
import type { TaskReplay } from '../../../test/support/task-replay.js';

export type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

/**
 * The stack a scenario runs on: the api with the demo pack, the bundled rule tables and processes
 * deployed, and a worker on the test engine; both on `databaseUrl` when given (the shared test
 * database otherwise), the worker replaying every task when given a `replay`.
 */
export async function startScenarioStack(
  environment: Record<string, string> = {},
  options: { databaseUrl?: string; replay?: TaskReplay } = {},
): Promise<{ api: RunningApi; worker: TestWorker; stop(): Promise<void> }> {
  const database: Record<string, string> = options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {};
  const api = await startTestApi({ ...environment, ...database });
  for (const path of ['/dictionary/pack/load', '/rule-tables/bundled/publish', '/deployments/bundled']) {
    const answer = await apiCall(api, 'POST', path);
    expect([200, 201], `${path}: ${JSON.stringify(answer.body)}`).toContain(answer.status);
  }
  const worker = await startTestWorker(database, [], options.replay);
  return {
    api,
    worker,
    async stop() {
      await worker.stop();
      await api.close();
    },
  };
}

/** A scenario's view of one api: records, tasks and process instances as its people see them. */
export function scenarioSteps(api: RunningApi) {
  const engine = engineRest(inject('engineUrl'));

  async function createRecord(type: string, values: Record<string, unknown>, as = 'analyst.chen'): Promise<string> {
    const created = await apiCall(api, 'POST', `/records/${type}`, { values }, { as });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.code as string;
  }

  async function record<T = Record<string, unknown>>(type: string, code: string): Promise<{ values: T; revision: number; signatures: Array<Record<string, unknown>> }> {
    const found = await apiCall(api, 'GET', `/records/${type}/${encodeURIComponent(code)}`, undefined, { as: 'analyst.chen' });
    expect(found.status, JSON.stringify(found.body)).toBe(200);
    return found.body;
  }

  async function startProcess(processKey: string, businessKey: string, variables: Record<string, unknown>): Promise<string> {
    const started = await apiCall<{ id: string }>(api, 'POST', '/process-instances', { processKey, businessKey, variables }, { as: 'analyst.chen' });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    return started.body.id;
  }

  /** The open user task of an instance at `activityId`, once the worker has brought the instance there. */
  /** Where an instance stands, and the refusal that ended it early if one did: what a failed wait should say. */
  async function whereIs(instanceId: string): Promise<string> {
    const activities = (await engine.get<Array<{ activityId: string; endTime: string | null }>>(`/history/activity-instance?processInstanceId=${instanceId}`)).filter((activity) => !activity.endTime);
    const refusal = await variable<string | undefined>(instanceId, 'lotflowErrorMessage');
    return `at ${activities.map((activity) => activity.activityId).join(', ') || 'nothing (ended)'}${refusal ? `; last refusal: ${refusal}` : ''}`;
  }

  function taskAt(instanceId: string, activityId: string): Promise<{ id: string; name: string }> {
    return waitFor(`task ${activityId} of ${instanceId}`, async () => {
      const incidents = await engine.get<Array<{ incidentMessage: string }>>(`/incident?processInstanceId=${instanceId}`);
      if (incidents.length > 0) throw new Error(`incident: ${incidents.map((incident) => incident.incidentMessage).join('; ')}`);
      const tasks = await engine.get<Array<{ id: string; name: string; taskDefinitionKey: string }>>(`/task?processInstanceId=${instanceId}&taskDefinitionKey=${activityId}`);
      return tasks[0];
    }).catch(async (error: Error) => {
      throw new Error(`${error.message}; the instance is ${await whereIs(instanceId)}`);
    });
  }

  /** Claims and completes a task through the inbox as `as`, signing it when it asks for a signature. */
  async function completeTask(taskId: string, as: string, values: Record<string, unknown>, meaning?: string) {
    const claimed = await apiCall(api, 'POST', `/tasks/${taskId}/claim`, undefined, { as });
    expect(claimed.status, JSON.stringify(claimed.body)).toBe(200);
    const completed = await apiCall(api, 'POST', `/tasks/${taskId}/complete`, { values, ...(meaning ? { signature: { password: demoPassword, meaning } } : {}) }, { as });
    expect(completed.status, JSON.stringify(completed.body)).toBe(200);
    return completed.body as { record: { type: string; code: string; revision: number } | null; signature: { id: string; meaning: string; printedName: string; signedAt: string } | null };
  }

  /** The end event an instance finished at; fails on an incident instead of waiting for ever. */
  function endEventOf(instanceId: string): Promise<string> {
    return waitFor(`instance ${instanceId} to end`, async () => {
      const incidents = await engine.get<Array<{ incidentMessage: string }>>(`/incident?processInstanceId=${instanceId}`);
      if (incidents.length > 0) throw new Error(`incident: ${incidents.map((incident) => incident.incidentMessage).join('; ')}`);
      const instance = await engine.get<{ state: string }>(`/history/process-instance/${instanceId}`);
      if (instance.state !== 'COMPLETED') return undefined;
      // The end events of the process itself, not those of its sub-processes.
      const ends = await engine.get<Array<{ activityId: string; parentActivityInstanceId: string }>>(`/history/activity-instance?processInstanceId=${instanceId}&activityType=noneEndEvent`);
      return ends.filter((end) => end.parentActivityInstanceId === instanceId).map((end) => end.activityId).join(',');
    });
  }

  async function variable<T = unknown>(instanceId: string, name: string): Promise<T> {
    const [found] = await engine.get<Array<{ value: T }>>(`/history/variable-instance?processInstanceId=${instanceId}&variableName=${name}`);
    return found?.value as T;
  }

  return { engine, createRecord, record, startProcess, taskAt, completeTask, endEventOf, variable };
}
