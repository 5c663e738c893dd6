import { expect } from 'vitest';
import { engineRest } from '../../../test/support/engine-rest.js';
import { apiCall, demoPassword, startTestApi, startTestWorker } from '../../../test/support/start-services.js';

export type RunningApi = Awaited<ReturnType<typeof startTestApi>>;
export type Worker = Awaited<ReturnType<typeof startTestWorker>>;
type Engine = ReturnType<typeof engineRest>;

/** The api with the pack loaded, the bundled rule tables published and the bundled processes deployed. */
export async function startInstallation(): Promise<RunningApi> {
  const api = await startTestApi();
  for (const path of ['/dictionary/pack/load', '/rule-tables/bundled/publish', '/deployments/bundled']) {
    const response = await apiCall(api, 'POST', path);
    expect([200, 201], `${path}: ${JSON.stringify(response.body)}`).toContain(response.status);
  }
  return api;
}

/** Fails at once, with the engine's message, when an instance of the business key (or one it called) has an incident. */
export async function assertNoIncident(engine: Engine, businessKey: string): Promise<void> {
  const instances = await engine.get<Array<{ id: string }>>(`/history/process-instance?processInstanceBusinessKey=${encodeURIComponent(businessKey)}`);
  for (const instance of instances) {
    const incidents = await engine.get<Array<{ activityId: string; incidentMessage: string }>>(`/incident?processInstanceId=${instance.id}`);
    if (incidents.length > 0) throw new Error(`Incident at ${incidents[0]!.activityId}: ${incidents[0]!.incidentMessage}`);
  }
}

/** Waits for the open user task of a step, in the instance of the business key or in one it called. */
export async function openTask(engine: Engine, businessKey: string, step: string): Promise<{ id: string; processInstanceId: string }> {
  return waitFor(`the task '${step}' of ${businessKey}`, async () => {
    const [task] = await engine.get<Array<{ id: string; processInstanceId: string }>>(
      `/task?processInstanceBusinessKey=${encodeURIComponent(businessKey)}&taskDefinitionKey=${step}`,
    );
    if (!task) await assertNoIncident(engine, businessKey);
    return task;
  });
}

/** Claims and completes a task through the task inbox as a demo user, signing it when the step asks for it. */
export async function completeTask(api: RunningApi, taskId: string, as: string, values: Record<string, unknown>, meaning?: string) {
  const claimed = await apiCall(api, 'POST', `/tasks/${taskId}/claim`, {}, { as });
  expect(claimed.status, JSON.stringify(claimed.body)).toBe(200);
  const completed = await apiCall<{ record: { type: string; code: string } | null; signature: { printedName: string; meaning: string } | null }>(
    api,
    'POST',
    `/tasks/${taskId}/complete`,
    { values, ...(meaning ? { signature: { password: demoPassword, meaning } } : {}) },
    { as },
  );
  expect(completed.status, JSON.stringify(completed.body)).toBe(200);
  return completed.body;
}

/** Waits until the instance has ended and answers the id of the end event it ended in. */
export async function endEventOf(engine: Engine, processInstanceId: string, businessKey: string): Promise<string> {
  return waitFor(`instance ${processInstanceId} to end`, async () => {
    const instance = await engine.get<{ state: string }>(`/history/process-instance/${processInstanceId}`);
    if (instance.state !== 'COMPLETED') {
      await assertNoIncident(engine, businessKey);
      return undefined;
    }
    const ends = await engine.get<Array<{ activityId: string }>>(`/history/activity-instance?processInstanceId=${processInstanceId}&activityType=noneEndEvent`);
    return ends.map((end) => end.activityId).join(',');
  });
}

/** A process variable's current value. */
export async function variableOf<T = unknown>(engine: Engine, processInstanceId: string, name: string): Promise<T> {
  const [variable] = await engine.get<Array<{ value: T }>>(`/history/variable-instance?processInstanceId=${processInstanceId}&variableName=${name}`);
  return variable?.value as T;
}

/** Polls until `probe` returns a value; an error (an incident) ends the wait at once. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Timed out waiting for ${what}`);
}
