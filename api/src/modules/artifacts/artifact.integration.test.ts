import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { singleTaskProcess } from '../../../../test/support/single-task-process.js';
import { apiCall, startTestApi } from '../../../../test/support/start-services.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

describe('the draft → published life cycle (process models)', () => {
  let api: RunningApi;
  const key = `lifecycle-${Date.now()}`;
  const base = `/process-models/${key}`;
  const good = singleTaskProcess({ id: 'lifecycle', topic: 'lotflow.evaluate-rule-set', inputs: { ruleSet: 'incoming-inspection-disposition' } }).content;
  const renamed = good.replace('name="Work"', 'name="Evaluate disposition"');
  const broken = good.replace('<bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Work" targetRef="End" />', '');

  beforeAll(async () => {
    api = await startTestApi();
    // A process model may be published only when the rule tables it names are.
    await apiCall(api, 'POST', '/rule-tables/bundled/publish');
  });

  afterAll(async () => {
    await api?.close();
  });

  const asAnalyst = { as: 'analyst.chen' };

  it('keeps a broken draft with its issues but refuses to publish it, naming the element', async () => {
    const saved = await apiCall(api, 'PUT', `${base}/draft`, { content: { bpmnXml: broken } }, asAnalyst);
    expect(saved.status).toBe(200);
    expect(saved.body.issues).toContainEqual(expect.objectContaining({ pointer: '/bpmnXml#End', keyword: 'no-disconnected' }));

    const published = await apiCall(api, 'POST', `${base}/publish`, { reason: 'first release' }, asAnalyst);
    expect(published.status).toBe(400);
    expect(published.body.errors).toContainEqual(expect.objectContaining({ pointer: '/body/content/bpmnXml#End' }));
    const versions = await apiCall(api, 'GET', `${base}/versions`);
    expect(versions.body.items.map((version: { status: string }) => version.status)).toEqual(['draft']);
  });

  it('publishes numbered, hashed versions, supersedes the older one, diffs and rolls back', async () => {
    await apiCall(api, 'PUT', `${base}/draft`, { content: { bpmnXml: good } }, asAnalyst);
    const first = await apiCall(api, 'POST', `${base}/publish`, { reason: 'First release of the lifecycle model' }, asAnalyst);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ version: 1, status: 'published', publishedBy: 'analyst.chen', contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((await apiCall(api, 'GET', `${base}/versions/draft`)).status).toBe(404);

    await apiCall(api, 'PUT', `${base}/draft`, { content: { bpmnXml: renamed } }, asAnalyst);
    const diffToDraft = await apiCall(api, 'GET', `${base}/diff?from=latest&to=draft`);
    expect(diffToDraft.body).toMatchObject({ from: 1, to: 0, changes: [{ op: 'change', path: '/bpmnXml' }] });
    const second = await apiCall(api, 'POST', `${base}/publish`, { reason: 'Clearer task name' }, asAnalyst);
    expect(second.body.version).toBe(2);

    const afterSecond = await apiCall(api, 'GET', `${base}/versions`);
    expect(afterSecond.body.items.map((version: { version: number; status: string }) => [version.version, version.status])).toEqual([
      [2, 'published'],
      [1, 'superseded'],
    ]);

    const rolledBack = await apiCall(api, 'POST', `${base}/rollback`, { version: 1, reason: 'Operators preferred the old name' }, asAnalyst);
    expect(rolledBack.status).toBe(201);
    expect(rolledBack.body).toMatchObject({ version: 3, basedOnVersion: 1, contentHash: first.body.contentHash, reason: 'Operators preferred the old name' });
    expect((await apiCall(api, 'GET', `${base}/versions/latest`)).body.version).toBe(3);

    const again = await apiCall(api, 'POST', `${base}/rollback`, { version: 1, reason: 'twice' }, asAnalyst);
    expect(again.status).toBe(409);

    const events = await apiCall(api, 'GET', `/audit/events?entityType=process-model&entityId=${key}`);
    expect(events.body.items.map((event: { action: string }) => event.action)).toEqual(
      expect.arrayContaining(['artifact.published', 'artifact.rolled-back', 'artifact.draft-saved']),
    );
    expect(events.body.items.find((event: { action: string }) => event.action === 'artifact.rolled-back')).toMatchObject({
      reason: 'Operators preferred the old name',
      before: { version: 2 },
      after: { version: 3, basedOnVersion: 1 },
    });
  });

  it('needs a reason to publish and the analyst role to edit', async () => {
    await apiCall(api, 'PUT', `${base}/draft`, { content: { bpmnXml: renamed } }, asAnalyst);
    const noReason = await apiCall(api, 'POST', `${base}/publish`, {}, asAnalyst);
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual([{ pointer: '/body/reason', detail: 'is required' }]);
    expect((await apiCall(api, 'PUT', `${base}/draft`, { content: { bpmnXml: good } }, { as: 'qa.li' })).status).toBe(403);
    expect((await apiCall(api, 'GET', '/process-models/Not_A_Key/versions')).status).toBe(400);
  });
});
