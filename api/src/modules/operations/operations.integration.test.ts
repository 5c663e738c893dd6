import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { engineRest, waitFor } from '../../../../test/support/engine-rest.js';
import { singleTaskProcess } from '../../../../test/support/single-task-process.js';
import { apiCall, startTestApi } from '../../../../test/support/start-services.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

interface Incident {
  id: string;
  type: string;
  message: string | null;
  errorDetails: string | null;
  activityId: string;
  activityName: string | null;
  processInstanceId: string;
  processKey: string | null;
  businessKey: string | null;
  externalTaskId: string | null;
  jobId: string | null;
  retriesLeft: number | null;
}

/** A process whose only step is an asynchronous service task calling a bean that does not exist: its job fails. */
function failingJobProcess(id: string): { name: string; content: string } {
  const process = singleTaskProcess({ id, topic: 'unused' });
  return {
    name: process.name,
    content: process.content.replace(
      'camunda:type="external" camunda:topic="unused"',
      'camunda:asyncBefore="true" camunda:expression="${lotflowNoSuchBean.inspect()}"',
    ).replace('<bpmn:incoming>Flow_1</bpmn:incoming>', '<bpmn:extensionElements><camunda:failedJobRetryTimeCycle>R1/PT1S</camunda:failedJobRetryTimeCycle></bpmn:extensionElements><bpmn:incoming>Flow_1</bpmn:incoming>'),
  };
}

describe('operations: running instances, incidents and retry, on the real engine', () => {
  const engine = engineRest(inject('engineUrl'));
  // Keys are unique per run: the engine outlives a test file and other files leave incidents behind.
  const run = Date.now().toString(36);
  const processKey = `ops-check-${run}`;
  const jobProcessKey = `ops-job-${run}`;
  const topic = `lotflow.ops-check-${run}`;
  let api: RunningApi;
  const instanceIds: string[] = [];

  /** Fails the instance's external task the way a worker gives up: no retries left, so an incident. */
  async function failExternalTask(businessKey: string, errorMessage: string, errorDetails: string): Promise<string> {
    const [task] = await engine.post<Array<{ id: string }>>('/external-task/fetchAndLock', {
      workerId: 'operations-test',
      maxTasks: 1,
      topics: [{ topicName: topic, lockDuration: 60_000, businessKey }],
    });
    expect(task, `an external task for ${businessKey}`).toBeDefined();
    await engine.post(`/external-task/${task!.id}/failure`, { workerId: 'operations-test', errorMessage, errorDetails, retries: 0, retryTimeout: 0 });
    return task!.id;
  }

  async function incidentsOf(key: string): Promise<Incident[]> {
    const response = await apiCall<{ items: Incident[]; total: number }>(api, 'GET', `/operations/incidents?processKey=${key}`);
    expect(response.status).toBe(200);
    return response.body.items;
  }

  beforeAll(async () => {
    api = await startTestApi();
    const deployed = await apiCall(api, 'POST', '/deployments', {
      name: `operations-${run}`,
      resources: [singleTaskProcess({ id: processKey, topic }), failingJobProcess(jobProcessKey)],
    });
    expect(deployed.status, JSON.stringify(deployed.body)).toBe(201);
    for (const suffix of ['A', 'B', 'C']) {
      const started = await apiCall(api, 'POST', '/process-instances', { processKey, businessKey: `LOT-${run}-${suffix}`, variables: {} });
      expect(started.status).toBe(201);
      instanceIds.push(started.body.id);
    }
  });

  afterAll(async () => {
    await api?.close();
  });

  it('lists the running instances of a process with their current step, filtered by business key and paged', async () => {
    const all = await apiCall(api, 'GET', `/operations/instances?processKey=${processKey}`);
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(3);
    expect(all.body.items.map((item: { id: string }) => item.id).sort()).toEqual([...instanceIds].sort());
    expect(all.body.items[0]).toMatchObject({
      processKey,
      processName: `Test ${processKey}`,
      processVersion: 1,
      businessKey: expect.stringMatching(new RegExp(`^LOT-${run}-`)),
      startedAt: expect.any(String),
      currentActivities: [{ activityId: 'Task_Work', activityName: 'Work', activityType: 'serviceTask' }],
      incidentCount: 0,
    });

    const one = await apiCall(api, 'GET', `/operations/instances?businessKey=${run}-B`);
    expect(one.body.total).toBe(1);
    expect(one.body.items[0]).toMatchObject({ id: instanceIds[1], businessKey: `LOT-${run}-B` });

    const page = await apiCall(api, 'GET', `/operations/instances?processKey=${processKey}&limit=2&offset=2`);
    expect(page.body).toMatchObject({ total: 3, offset: 2, limit: 2 });
    expect(page.body.items).toHaveLength(1);
  });

  it('shows an incident with the full error, the failed step, the business key and the retries left', async () => {
    const externalTaskId = await failExternalTask(`LOT-${run}-A`, "Rule table 'no-such-table' is not published", 'PublishedArtifactNotFound: rule table no-such-table\n    at evaluate (rule-set.handler.ts:42)');

    const [incident] = await incidentsOf(processKey);
    expect(incident).toMatchObject({
      type: 'failedExternalTask',
      message: "Rule table 'no-such-table' is not published",
      errorDetails: expect.stringContaining('at evaluate (rule-set.handler.ts:42)'),
      activityId: 'Task_Work',
      activityName: 'Work',
      processInstanceId: instanceIds[0],
      processKey,
      businessKey: `LOT-${run}-A`,
      externalTaskId,
      jobId: null,
      retriesLeft: 0,
    });

    const instances = await apiCall(api, 'GET', `/operations/instances?processKey=${processKey}`);
    const counts = Object.fromEntries(instances.body.items.map((item: { id: string; incidentCount: number }) => [item.id, item.incidentCount]));
    expect(counts).toEqual({ [instanceIds[0]!]: 1, [instanceIds[1]!]: 0, [instanceIds[2]!]: 0 });
  });

  it("gives any signed-in user an instance's diagram, where its token is, what failed and its history", async () => {
    const context = await apiCall(api, 'GET', `/process-instances/${instanceIds[0]}/context`, undefined, { as: 'qa.li' });
    expect(context.status).toBe(200);
    expect(context.body).toMatchObject({
      id: instanceIds[0],
      processKey,
      businessKey: `LOT-${run}-A`,
      state: 'ACTIVE',
      activeActivityIds: ['Task_Work'],
      incidentActivityIds: ['Task_Work'],
      incidents: [{ activityId: 'Task_Work', message: "Rule table 'no-such-table' is not published" }],
    });
    expect(context.body.bpmnXml).toContain(`<bpmn:process id="${processKey}"`);
    expect(context.body.history.map((entry: { activityId: string; activityType: string; endedAt: string | null }) => [entry.activityId, entry.activityType, entry.endedAt === null])).toEqual([
      ['Start', 'startEvent', false],
      ['Task_Work', 'serviceTask', true],
    ]);

    const healthy = await apiCall(api, 'GET', `/process-instances/${instanceIds[1]}/context`, undefined, { as: 'qa.li' });
    expect(healthy.body).toMatchObject({ activeActivityIds: ['Task_Work'], incidentActivityIds: [], incidents: [] });
  });

  it('retry gives the external task a new attempt, resolves the incident and records who did it', async () => {
    const [incident] = await incidentsOf(processKey);

    const retried = await apiCall(api, 'POST', `/operations/incidents/${incident!.id}/retry`, { reason: 'Rule table published now' }, { as: 'operations.sun' });

    expect(retried.status).toBe(200);
    expect(retried.body).toEqual({
      incidentId: incident!.id,
      processInstanceId: instanceIds[0],
      activityId: 'Task_Work',
      externalTaskId: incident!.externalTaskId,
      jobId: null,
      retries: 1,
    });
    expect(await incidentsOf(processKey)).toEqual([]);
    const task = await engine.get<{ retries: number }>(`/external-task/${incident!.externalTaskId}`);
    expect(task.retries).toBe(1);
    // A worker can take it again.
    const fetched = await engine.post<Array<{ id: string }>>('/external-task/fetchAndLock', {
      workerId: 'operations-test',
      maxTasks: 1,
      topics: [{ topicName: topic, lockDuration: 1000, businessKey: `LOT-${run}-A` }],
    });
    expect(fetched.map((fetchedTask) => fetchedTask.id)).toEqual([incident!.externalTaskId]);

    const audit = await apiCall(api, 'GET', `/audit/events?entityType=incident&entityId=${incident!.id}`);
    expect(audit.body.items).toEqual([
      expect.objectContaining({
        actor: 'operations.sun',
        action: 'incident.retried',
        reason: 'Rule table published now',
        before: expect.objectContaining({ retries: 0, externalTaskId: incident!.externalTaskId, activityId: 'Task_Work' }),
        after: { retries: 1 },
      }),
    ]);
  });

  it('says clearly when the incident to retry is gone, and writes nothing to the audit trail', async () => {
    const externalTaskId = await failExternalTask(`LOT-${run}-C`, 'MES did not answer', 'timeout after 30 s');
    const [incident] = await incidentsOf(processKey);
    expect(incident?.externalTaskId).toBe(externalTaskId);
    expect((await apiCall(api, 'POST', `/operations/incidents/${incident!.id}/retry`)).status).toBe(200);

    const again = await apiCall(api, 'POST', `/operations/incidents/${incident!.id}/retry`);

    expect(again.status).toBe(404);
    expect(again.contentType).toContain('application/problem+json');
    expect(again.body.type).toBe('https://lotflow.dev/problems/not-found');
    expect(again.body.detail).toMatch(new RegExp(`^Incident '${incident!.id}' does not exist\\. It was resolved already`));
    const audit = await apiCall(api, 'GET', `/audit/events?entityType=incident&entityId=${incident!.id}`);
    expect(audit.body.items).toHaveLength(1);
  });

  it('retry gives a failed job a new run', async () => {
    const started = await apiCall(api, 'POST', '/process-instances', { processKey: jobProcessKey, businessKey: `JOB-${run}`, variables: {} });
    expect(started.status).toBe(201);
    const incident = await waitFor('the failed job to raise an incident', async () => (await incidentsOf(jobProcessKey))[0]);
    expect(incident).toMatchObject({
      type: 'failedJob',
      message: expect.stringContaining('lotflowNoSuchBean'),
      errorDetails: expect.stringContaining('lotflowNoSuchBean'),
      activityId: 'Task_Work',
      activityName: 'Work',
      businessKey: `JOB-${run}`,
      externalTaskId: null,
      jobId: expect.any(String),
      retriesLeft: 0,
    });

    const retried = await apiCall(api, 'POST', `/operations/incidents/${incident.id}/retry`, { retries: 2 });

    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ jobId: incident.jobId, retries: 2 });
    // The job runs again, fails again and, once its retries are spent, raises a new incident.
    const next = await waitFor('the job to fail again', async () => (await incidentsOf(jobProcessKey)).find((candidate) => candidate.id !== incident.id));
    expect(next.jobId).toBe(incident.jobId);
  });

  it('keeps the operations routes to admins and operations staff, with a problem+json for everyone else', async () => {
    for (const [method, path] of [
      ['GET', '/operations/instances'],
      ['GET', '/operations/incidents'],
      ['POST', '/operations/incidents/123/retry'],
    ] as const) {
      const refused = await apiCall(api, method, path, undefined, { as: 'qa.li' });
      expect(refused.status, `${method} ${path}`).toBe(403);
      expect(refused.contentType).toContain('application/problem+json');
      expect(refused.body).toMatchObject({ type: 'https://lotflow.dev/problems/forbidden', allowedRoles: ['operations'] });

      expect((await apiCall(api, method, path, undefined, { as: null })).status).toBe(401);
    }
    expect((await apiCall(api, 'GET', '/operations/instances', undefined, { as: 'operations.sun' })).status).toBe(200);
  });

  it('refuses bad filters and unknown ids by name', async () => {
    const badQuery = await apiCall(api, 'GET', '/operations/instances?limit=0&processKey=no%20spaces');
    expect(badQuery.status).toBe(400);
    expect(badQuery.body.errors.map((error: { pointer: string }) => error.pointer).sort()).toEqual(['/query/limit', '/query/processKey']);

    const unknown = await apiCall(api, 'GET', '/process-instances/00000000-0000-0000-0000-000000000000/context');
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toContain("Process instance '00000000-0000-0000-0000-000000000000' does not exist");

    const badRetries = await apiCall(api, 'POST', '/operations/incidents/123/retry', { retries: 0 });
    expect(badRetries.status).toBe(400);
    expect(badRetries.body.errors).toEqual([expect.objectContaining({ pointer: '/body/retries' })]);
  });
});
