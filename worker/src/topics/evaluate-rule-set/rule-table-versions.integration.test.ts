import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { engineRest, waitFor } from '../../../../test/support/engine-rest.js';
import { singleTaskProcess } from '../../../../test/support/single-task-process.js';
import { apiCall, startTestApi, startTestWorker } from '../../../../test/support/start-services.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

const key = `grading-${Date.now()}`;

function gradingTable(grade: string) {
  return {
    key,
    name: { en: 'Grading', 'zh-CN': '分级' },
    hitPolicy: 'FIRST',
    inputs: [{ id: 'hardness', label: { en: 'Hardness', 'zh-CN': '硬度' }, expression: 'shoreA', type: 'number' }],
    outputs: [{ name: 'grade', label: { en: 'Grade', 'zh-CN': '等级' }, type: 'string' }],
    rows: [{ id: 'any', cells: ['-'], outputs: { grade } }],
  };
}

describe('which rule-table version a running process evaluates', () => {
  const engine = engineRest(inject('engineUrl'));
  let api: RunningApi;

  beforeAll(async () => {
    api = await startTestApi();
    await apiCall(api, 'PUT', `/rule-tables/${key}/draft`, { content: gradingTable('A') }, { as: 'analyst.chen' });
    expect((await apiCall(api, 'POST', `/rule-tables/${key}/publish`, { reason: 'first grading', signature: { password: 'lotflow-demo', meaning: 'rule-publication' } }, { as: 'analyst.chen' })).status).toBe(201);
    const deployed = await apiCall(api, 'POST', '/deployments', {
      name: key,
      resources: [
        singleTaskProcess({ id: 'grading-pinned', topic: 'lotflow.evaluate-rule-set', inputs: { ruleSet: key } }),
        singleTaskProcess({ id: 'grading-latest', topic: 'lotflow.evaluate-rule-set', inputs: { ruleSet: key, ruleSetVersion: 'latest' } }),
      ],
    });
    expect(deployed.status).toBe(201);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('keeps the version in force when the process started, unless the model asks for the latest', async () => {
    // Given two lots started while version 1 is in force, and no worker running yet
    const pinned = await apiCall(api, 'POST', '/process-instances', { processKey: 'grading-pinned', variables: { shoreA: 78 } });
    const latest = await apiCall(api, 'POST', '/process-instances', { processKey: 'grading-latest', variables: { shoreA: 78 } });
    // When version 2 is published before a worker takes their tasks
    await apiCall(api, 'PUT', `/rule-tables/${key}/draft`, { content: gradingTable('B') }, { as: 'analyst.chen' });
    expect((await apiCall(api, 'POST', `/rule-tables/${key}/publish`, { reason: 'regrade', signature: { password: 'lotflow-demo', meaning: 'rule-publication' } }, { as: 'analyst.chen' })).body.version).toBe(2);
    const worker = await startTestWorker();
    try {
      const gradeOf = (instanceId: string) =>
        waitFor(`the grade of ${instanceId}`, async () => {
          const [variable] = await engine.get<Array<{ value: string }>>(`/history/variable-instance?processInstanceId=${instanceId}&variableName=grade`);
          return variable?.value;
        });
      // Then the pinned lot is graded by version 1, the other by version 2
      expect(await gradeOf(pinned.body.id)).toBe('A');
      expect(await gradeOf(latest.body.id)).toBe('B');
    } finally {
      await worker.stop();
    }
  });
});
