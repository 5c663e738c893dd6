import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { engineRest, waitFor } from '../../../test/support/engine-rest.js';
import { singleTaskProcess } from '../../../test/support/single-task-process.js';
import { apiCall, startTestApi, startTestWorker } from '../../../test/support/start-services.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;
type Worker = Awaited<ReturnType<typeof startTestWorker>>;

const key = `thresholds-${Date.now().toString(36)}`;
/** Decides only above 10: a value of 1 is "no decision", the BPMN error LOTFLOW_NO_DECISION. */
const table = {
  key,
  name: { en: 'Thresholds', 'zh-CN': '阈值' },
  hitPolicy: 'UNIQUE',
  inputs: [{ id: 'value', label: { en: 'Value', 'zh-CN': '数值' }, expression: 'value', type: 'number' }],
  outputs: [{ name: 'band', label: { en: 'Band', 'zh-CN': '区间' }, type: 'string' }],
  rows: [{ id: 'high', cells: ['> 10'], outputs: { band: 'high' } }],
};

/**
 * In Camunda 7 a BPMN error no boundary event catches ends the instance on the spot, with no
 * trace of why. A business refusal the model does not catch becomes an incident instead.
 */
describe('a BPMN error the model does not catch', () => {
  const engine = engineRest(inject('engineUrl'));
  const processKey = `uncaught-${key}`;
  let api: RunningApi;
  let worker: Worker;

  beforeAll(async () => {
    api = await startTestApi();
    await apiCall(api, 'PUT', `/rule-tables/${key}/draft`, { content: table }, { as: 'analyst.chen' });
    expect((await apiCall(api, 'POST', `/rule-tables/${key}/publish`, { reason: 'thresholds', signature: { password: 'lotflow-demo', meaning: 'rule-publication' } }, { as: 'analyst.chen' })).status).toBe(201);
    const deployed = await apiCall(api, 'POST', '/deployments', { name: processKey, resources: [singleTaskProcess({ id: processKey, topic: 'lotflow.evaluate-rule-set', inputs: { ruleSet: key } })] });
    expect(deployed.status).toBe(201);
    worker = await startTestWorker();
  });

  afterAll(async () => {
    await worker?.stop();
    await api?.close();
  });

  it('stops the instance at the step with an incident naming the outcome, instead of ending it', async () => {
    const started = await apiCall<{ id: string }>(api, 'POST', '/process-instances', { processKey, variables: { value: 1 } });
    expect(started.status).toBe(201);
    const incident = await waitFor('the incident', async () => (await engine.get<Array<{ incidentMessage: string; activityId: string }>>(`/incident?processInstanceId=${started.body.id}`))[0]);
    expect(incident.activityId).toBe('Task_Work');
    expect(incident.incidentMessage).toContain('LOTFLOW_NO_DECISION');
    expect((await engine.get<{ state: string }>(`/history/process-instance/${started.body.id}`)).state).toBe('ACTIVE');

    // A value the table decides goes through as before.
    const decided = await apiCall<{ id: string }>(api, 'POST', '/process-instances', { processKey, variables: { value: 11 } });
    await waitFor('the decided instance to end', async () => ((await engine.get<{ state: string }>(`/history/process-instance/${decided.body.id}`)).state === 'COMPLETED' ? true : undefined));
  });
});
