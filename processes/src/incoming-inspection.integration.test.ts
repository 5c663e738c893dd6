import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { engineRest, waitFor } from '../../test/support/engine-rest.js';
import { apiCall, startTestApi, startTestWorker } from '../../test/support/start-services.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;
type Worker = Awaited<ReturnType<typeof startTestWorker>>;

interface HistoricActivity {
  activityId: string;
  activityType: string;
}

describe('incoming inspection of a received lot, on the real engine', () => {
  const engine = engineRest(inject('engineUrl'));
  let api: RunningApi;
  let worker: Worker;

  beforeAll(async () => {
    api = await startTestApi();
    const published = await apiCall(api, 'POST', '/rule-tables/bundled/publish');
    expect([200, 201]).toContain(published.status);
    const deployed = await apiCall(api, 'POST', '/deployments/bundled');
    expect([200, 201]).toContain(deployed.status);
    worker = await startTestWorker();
  });

  afterAll(async () => {
    await worker?.stop();
    await api?.close();
  });

  async function startLot(businessKey: string, variables: Record<string, unknown>): Promise<string> {
    const started = await apiCall<{ id: string }>(api, 'POST', '/process-instances', { processKey: 'incoming-inspection', businessKey, variables });
    expect(started.status).toBe(201);
    return started.body.id;
  }

  function endEventOf(instanceId: string): Promise<string> {
    return waitFor(`instance ${instanceId} to end`, async () => {
      const instance = await engine.get<{ state: string }>(`/history/process-instance/${instanceId}`);
      if (instance.state !== 'COMPLETED') return undefined;
      const ends = await engine.get<HistoricActivity[]>(`/history/activity-instance?processInstanceId=${instanceId}&activityType=noneEndEvent`);
      return ends.map((end) => end.activityId).join(',');
    });
  }

  it('accepts a passing lot, rejects a failing one, and holds a borderline one until QA decides', async () => {
    // Given three received tubing lots, OD specification 0.150 ± 0.005 in
    const passing = await startLot('LOT-PASS-001', { tubingOuterDiameterIn: 0.1502, leakTestResult: 'pass', supplierApprovalStatus: 'approved' });
    const failing = await startLot('LOT-FAIL-001', { tubingOuterDiameterIn: 0.1571, leakTestResult: 'pass', supplierApprovalStatus: 'approved' });
    const borderline = await startLot('LOT-HOLD-001', { tubingOuterDiameterIn: 0.1546, leakTestResult: 'pass', supplierApprovalStatus: 'approved' });

    // Then the rule set decides the first two without anyone
    expect(await endEventOf(passing)).toBe('EndEvent_Accepted');
    expect(await endEventOf(failing)).toBe('EndEvent_Rejected');

    // And the borderline lot waits for QA with the reason it was held
    const task = await waitFor('the QA review task', async () => {
      const tasks = await engine.get<Array<{ id: string; taskDefinitionKey: string }>>(`/task?processInstanceId=${borderline}&candidateGroup=qa`);
      return tasks[0];
    });
    expect(task.taskDefinitionKey).toBe('Task_QaReview');
    const reason = await engine.get<{ value: string }>(`/process-instance/${borderline}/variables/dispositionReason`);
    expect(reason.value).toBe('outer-diameter-near-limit');

    // When QA accepts it through the REST API
    await engine.post(`/task/${task.id}/complete`, {
      variables: { disposition: { value: 'accept', type: 'String' }, reviewComment: { value: 'Gauge R&R covers it', type: 'String' } },
    });

    // Then it ends where QA's decision leads
    expect(await endEventOf(borderline)).toBe('EndEvent_AcceptedAfterReview');
    const history = await engine.get<Array<{ name: string; value: unknown }>>(`/history/variable-instance?processInstanceId=${borderline}&variableName=disposition`);
    expect(history.map((variable) => variable.value)).toEqual(['accept']);
  });

  it('records which row and which rule-table version decided', async () => {
    const passing = await startLot('LOT-PASS-002', { tubingOuterDiameterIn: 0.15, leakTestResult: 'pass', supplierApprovalStatus: 'approved' });
    await endEventOf(passing);
    const locals = await engine.get<Array<{ name: string; value: string }>>(
      `/history/variable-instance?processInstanceId=${passing}&variableNameIn=ruleId,ruleSetVersion,ruleSetHash`,
    );
    const byName = Object.fromEntries(locals.map((variable) => [variable.name, variable.value]));
    const latest = await apiCall(api, 'GET', '/rule-tables/incoming-inspection-disposition/versions/latest');
    expect(byName.ruleId).toBe('within-specification');
    expect(byName.ruleSetVersion).toBe(latest.body.version);
    expect(byName.ruleSetHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('sends a lot no rule can judge to QA through the LOTFLOW_NO_DECISION boundary event, and QA can reject it', async () => {
    const unjudged = await startLot('LOT-NODATA-001', { leakTestResult: 'pass', supplierApprovalStatus: 'approved' });
    const task = await waitFor('the QA review task', async () => {
      const tasks = await engine.get<Array<{ id: string }>>(`/task?processInstanceId=${unjudged}&candidateGroup=qa`);
      return tasks[0];
    });
    const boundary = await engine.get<HistoricActivity[]>(`/history/activity-instance?processInstanceId=${unjudged}&activityId=Boundary_NoDecision`);
    expect(boundary).toHaveLength(1);

    await engine.post(`/task/${task.id}/complete`, { variables: { disposition: { value: 'reject', type: 'String' } } });
    expect(await endEventOf(unjudged)).toBe('EndEvent_RejectedAfterReview');
  });

  it('lists the process with its running and finished instance counts', async () => {
    const running = await startLot('LOT-NODATA-002', { supplierApprovalStatus: 'approved' });
    await waitFor('the held lot to reach QA', async () => (await engine.get<unknown[]>(`/task?processInstanceId=${running}`))[0]);

    const processes = await apiCall<{ items: Array<{ key: string; instances: { running: number; finished: number }; hash: string | null }> }>(api, 'GET', '/processes');
    const inspection = processes.body.items.find((item) => item.key === 'incoming-inspection');
    const [runningCount, finishedCount] = await Promise.all([
      engine.get<{ count: number }>('/history/process-instance/count?processDefinitionKey=incoming-inspection&unfinished=true'),
      engine.get<{ count: number }>('/history/process-instance/count?processDefinitionKey=incoming-inspection&finished=true'),
    ]);
    expect(inspection?.instances).toEqual({ running: runningCount.count, finished: finishedCount.count });
    expect(inspection?.instances.running).toBeGreaterThanOrEqual(1);
    expect(inspection?.instances.finished).toBeGreaterThanOrEqual(5);
    expect(inspection?.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
