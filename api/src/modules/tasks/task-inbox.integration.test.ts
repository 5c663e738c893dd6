import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { engineRest, waitFor } from '../../../../test/support/engine-rest.js';
import { apiCall, startTestApi, startTestWorker } from '../../../../test/support/start-services.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;
type Worker = Awaited<ReturnType<typeof startTestWorker>>;

interface TaskSummary {
  id: string;
  name: string;
  processKey: string;
  businessKey: string | null;
  assignee: string | null;
  due: string | null;
  formType: string | null;
}

/** Borderline outer diameter: the disposition table holds the lot for QA. */
const held = { tubingOuterDiameterIn: 0.1546, leakTestResult: 'pass', supplierApprovalStatus: 'approved' };
const goodDecision = { lot: 'LOT-260227-0001', disposition: 'accept', justification: 'OD 0.1546 in is inside the gauge R&R band; accepted.' };

describe('the task inbox, on the real engine', () => {
  const engine = engineRest(inject('engineUrl'));
  // Business keys are unique per run: the engine's database outlives a run.
  const run = Date.now().toString(36).toUpperCase();
  let api: RunningApi;
  let worker: Worker;
  let taskId: string;
  let instanceId: string;

  beforeAll(async () => {
    api = await startTestApi();
    expect([200, 201]).toContain((await apiCall(api, 'POST', '/dictionary/pack/load')).status);
    expect([200, 201]).toContain((await apiCall(api, 'POST', '/rule-tables/bundled/publish')).status);
    expect([200, 201]).toContain((await apiCall(api, 'POST', '/deployments/bundled')).status);
    worker = await startTestWorker();
    const started = await apiCall<{ id: string }>(api, 'POST', '/process-instances', {
      processKey: 'incoming-inspection',
      businessKey: `GR-${run}-1`,
      variables: { ...held, lot: 'LOT-260227-0001' },
    });
    expect(started.status).toBe(201);
    instanceId = started.body.id;
    taskId = await waitFor('the QA review task in the inbox', async () => {
      const page = await apiCall<{ items: TaskSummary[] }>(api, 'GET', `/tasks?list=groups&businessKey=${run}-1`, undefined, { as: 'qa.li' });
      return page.body.items[0]?.id;
    });
  });

  afterAll(async () => {
    await worker?.stop();
    await api?.close();
  });

  it('lists the held lot for QA with its process and business key, and hides it from production', async () => {
    const page = await apiCall<{ items: TaskSummary[]; total: number }>(api, 'GET', `/tasks?list=all&businessKey=${run}`, undefined, { as: 'qa.li' });
    expect(page.status).toBe(200);
    expect(page.body.total).toBe(1);
    expect(page.body.items[0]).toMatchObject({ id: taskId, name: 'QA review of held lot', processKey: 'incoming-inspection', businessKey: `GR-${run}-1`, assignee: null, formType: 'inspection-decision' });

    const production = await apiCall<{ total: number }>(api, 'GET', `/tasks?list=all&businessKey=${run}`, undefined, { as: 'production.liu' });
    expect(production.body.total).toBe(0);
    const peek = await apiCall(api, 'GET', `/tasks/${taskId}`, undefined, { as: 'production.liu' });
    expect(peek.status).toBe(404);
  });

  it('filters by lot, by process and refuses a filter it does not know, naming it', async () => {
    const byLot = await apiCall<{ items: TaskSummary[] }>(api, 'GET', '/tasks?lot=LOT-260227-0001&limit=200', undefined, { as: 'qa.li' });
    expect(byLot.body.items.map((task) => task.id)).toContain(taskId);
    const otherLot = await apiCall<{ items: TaskSummary[] }>(api, 'GET', '/tasks?lot=LOT-NOPE', undefined, { as: 'qa.li' });
    expect(otherLot.body.items).toEqual([]);
    const otherProcess = await apiCall<{ total: number }>(api, 'GET', `/tasks?processKey=nothing-like-it&businessKey=${run}`, undefined, { as: 'qa.li' });
    expect(otherProcess.body.total).toBe(0);

    const bad = await apiCall<{ errors: Array<{ pointer: string }> }>(api, 'GET', '/tasks?sort=colour&limit=5000', undefined, { as: 'qa.li' });
    expect(bad.status).toBe(400);
    expect(bad.contentType).toContain('application/problem+json');
    expect(bad.body.errors.map((error) => error.pointer).sort()).toEqual(['/query/limit', '/query/sort']);
  });

  it('shows the generated form, the signature it needs and the lot record it is about', async () => {
    const detail = await apiCall<any>(api, 'GET', `/tasks/${taskId}`, undefined, { as: 'qa.li' });
    expect(detail.status).toBe(200);
    expect(detail.body.candidateGroups).toEqual(['qa']);
    expect(detail.body.form).toMatchObject({ type: 'inspection-decision', initialValues: { lot: 'LOT-260227-0001' } });
    // The rule table's 'hold' is no choice of the decision: it does not start the form.
    expect(detail.body.form.initialValues).not.toHaveProperty('disposition');
    expect(detail.body.form.definition.fields.map((field: { name: string }) => field.name)).toContain('justification');
    expect(detail.body.signature).toEqual({ meaning: 'disposition-decision' });
    expect(detail.body.records.map((record: { code: string }) => record.code)).toContain('LOT-260227-0001');
    expect(detail.body.variables).toMatchObject({ disposition: 'hold', tubingOuterDiameterIn: 0.1546 });
    expect(detail.body.allowed).toEqual({ claim: true, unclaim: false, assign: true, complete: false });
  });

  it('claims, refuses a second claimant and a colleague without the group, then hands over and back', async () => {
    const completeUnclaimed = await apiCall(api, 'POST', `/tasks/${taskId}/complete`, { values: goodDecision }, { as: 'qa.li' });
    expect(completeUnclaimed.status).toBe(409);

    const claimed = await apiCall<any>(api, 'POST', `/tasks/${taskId}/claim`, undefined, { as: 'qa.li' });
    expect(claimed.status).toBe(200);
    expect(claimed.body.assignee).toBe('qa.li');
    const mine = await apiCall<{ items: TaskSummary[] }>(api, 'GET', `/tasks?list=mine&businessKey=${run}`, undefined, { as: 'qa.li' });
    expect(mine.body.items.map((task) => task.id)).toEqual([taskId]);
    const counts = await apiCall<{ mine: number; groups: number; all: number }>(api, 'GET', '/tasks/counts', undefined, { as: 'qa.li' });
    expect(counts.body.mine).toBeGreaterThanOrEqual(1);
    expect(counts.body.all).toBeGreaterThanOrEqual(counts.body.mine);

    const second = await apiCall<{ detail: string }>(api, 'POST', `/tasks/${taskId}/claim`, undefined, { as: 'mrb.zhao' });
    expect(second.status).toBe(409);
    expect(second.body.detail).toContain('qa.li');

    const outsider = await apiCall<{ errors: Array<{ pointer: string; detail: string }> }>(api, 'POST', `/tasks/${taskId}/assign`, { username: 'production.liu' }, { as: 'qa.li' });
    expect(outsider.status).toBe(400);
    expect(outsider.body.errors[0]).toMatchObject({ pointer: '/body/username' });

    const colleagues = await apiCall<Array<{ username: string }>>(api, 'GET', `/tasks/${taskId}/candidates`, undefined, { as: 'qa.li' });
    expect(colleagues.body.map((user) => user.username)).toEqual(expect.arrayContaining(['qa.li', 'mrb.zhao']));
    expect((await apiCall<any>(api, 'POST', `/tasks/${taskId}/assign`, { username: 'mrb.zhao' }, { as: 'qa.li' })).body.assignee).toBe('mrb.zhao');
    expect((await apiCall<any>(api, 'POST', `/tasks/${taskId}/unclaim`, undefined, { as: 'mrb.zhao' })).body.assignee).toBeNull();
    expect((await apiCall<any>(api, 'POST', `/tasks/${taskId}/claim`, undefined, { as: 'qa.li' })).body.assignee).toBe('qa.li');
  });

  it('keeps comments and due dates, and sorts by due date', async () => {
    const commented = await apiCall<any>(api, 'POST', `/tasks/${taskId}/comments`, { text: 'Asked the lab for a second OD reading.' }, { as: 'qa.li' });
    expect(commented.status).toBe(201);
    expect(commented.body.comments).toEqual([expect.objectContaining({ author: 'qa.li', printedName: 'Li Wei / 李伟', text: 'Asked the lab for a second OD reading.' })]);

    const dated = await apiCall<any>(api, 'PATCH', `/tasks/${taskId}`, { due: '2026-12-01T17:00:00+08:00', followUp: '2026-11-30T09:00:00+08:00' }, { as: 'qa.li' });
    expect(dated.status).toBe(200);
    expect(dated.body).toMatchObject({ due: '2026-12-01T09:00:00.000Z', followUp: '2026-11-30T01:00:00.000Z' });
    const dueSoon = await apiCall<{ items: TaskSummary[] }>(api, 'GET', `/tasks?list=mine&dueBefore=${encodeURIComponent('2026-12-02T00:00:00Z')}&sort=due&order=asc`, undefined, { as: 'qa.li' });
    expect(dueSoon.body.items.map((task) => task.id)).toContain(taskId);

    const badDate = await apiCall<{ errors: Array<{ pointer: string }> }>(api, 'PATCH', `/tasks/${taskId}`, { due: 'next week' }, { as: 'qa.li' });
    expect(badDate.status).toBe(400);
    expect(badDate.body.errors[0]!.pointer).toBe('/body/due');
  });

  it('refuses an invalid form and a wrong password without completing anything, then signs and moves the process on', async () => {
    const decisions = async () => (await apiCall<{ total: number }>(api, 'GET', '/records/inspection-decision?limit=1')).body.total;
    const before = await decisions();

    const unsigned = await apiCall<{ errors: Array<{ pointer: string }> }>(api, 'POST', `/tasks/${taskId}/complete`, { values: goodDecision }, { as: 'qa.li' });
    expect(unsigned.status).toBe(400);
    expect(unsigned.body.errors[0]!.pointer).toBe('/body/signature');

    const tooShort = await apiCall<{ errors: Array<{ pointer: string }> }>(
      api,
      'POST',
      `/tasks/${taskId}/complete`,
      { values: { ...goodDecision, justification: 'ok' }, signature: { password: 'lotflow-demo', meaning: 'disposition-decision' } },
      { as: 'qa.li' },
    );
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.errors.map((error) => error.pointer)).toEqual(['/body/values/justification']);

    const wrongPassword = await apiCall<{ type: string; errors: Array<{ pointer: string }> }>(
      api,
      'POST',
      `/tasks/${taskId}/complete`,
      { values: goodDecision, signature: { password: 'not-my-password', meaning: 'disposition-decision' } },
      { as: 'qa.li' },
    );
    expect(wrongPassword.status).toBe(403);
    expect(wrongPassword.body.type).toMatch(/signature-rejected$/);
    expect(wrongPassword.body.errors[0]!.pointer).toBe('/signature/password');
    expect(await engine.get<{ id: string }>(`/task/${taskId}`)).toMatchObject({ id: taskId });
    expect(await decisions()).toBe(before);
    const rejected = await apiCall<{ items: Array<{ action: string; actor: string }> }>(api, 'GET', `/audit/events?entityType=inspection-decision&entityId=${taskId}`);
    expect(rejected.body.items.map((entry) => [entry.action, entry.actor])).toEqual([['signature.rejected', 'qa.li']]);

    const signed = await apiCall<any>(
      api,
      'POST',
      `/tasks/${taskId}/complete`,
      { values: goodDecision, signature: { password: 'lotflow-demo', meaning: 'disposition-decision' } },
      { as: 'qa.li' },
    );
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ completedNow: true, record: { type: 'inspection-decision', revision: 1 }, signature: { meaning: 'disposition-decision', printedName: 'Li Wei / 李伟' } });
    expect(signed.body.record.code).toMatch(/^QD-\d{6}-\d{4}$/);
    expect(await decisions()).toBe(before + 1);

    // The process went on with the decision: the accepted path ends it.
    const ended = await waitFor('the instance to end', async () => {
      const instance = await engine.get<{ state: string }>(`/history/process-instance/${instanceId}`);
      return instance.state === 'COMPLETED' ? instance : undefined;
    });
    expect(ended.state).toBe('COMPLETED');
    const variable = await engine.get<{ value: string }>(`/history/variable-instance?processInstanceId=${instanceId}&variableName=inspectionDecisionCode`);
    expect(variable).toEqual([expect.objectContaining({ value: signed.body.record.code })]);

    // The record shows its signature wherever it is read.
    const record = await apiCall<any>(api, 'GET', `/records/inspection-decision/${signed.body.record.code}`);
    expect(record.body.signatures).toEqual([
      expect.objectContaining({ printedName: 'Li Wei / 李伟', username: 'qa.li', meaning: 'disposition-decision', subjectVersion: 1, taskId, state: 'valid' }),
    ]);

    // A retry of the same completion answers the same and changes nothing.
    const retried = await apiCall<any>(api, 'POST', `/tasks/${taskId}/complete`, { values: goodDecision, signature: { password: 'lotflow-demo', meaning: 'disposition-decision' } }, { as: 'qa.li' });
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ completedNow: false, record: signed.body.record, signature: { id: signed.body.signature.id } });
    expect(await decisions()).toBe(before + 1);
  });

  it('marks a signature superseded once the signed record has a later revision', async () => {
    const started = await apiCall<{ id: string }>(api, 'POST', '/process-instances', { processKey: 'incoming-inspection', businessKey: `GR-${run}-2`, variables: { ...held, lot: 'LOT-260227-0001' } });
    const id = await waitFor('the second QA task', async () => (await apiCall<{ items: TaskSummary[] }>(api, 'GET', `/tasks?businessKey=${run}-2`, undefined, { as: 'qa.li' })).body.items[0]?.id);
    await apiCall(api, 'POST', `/tasks/${id}/claim`, undefined, { as: 'qa.li' });
    const signed = await apiCall<any>(api, 'POST', `/tasks/${id}/complete`, { values: { ...goodDecision, disposition: 'reject', justification: 'Second reading 0.1553 in: out of the band.' }, signature: { password: 'lotflow-demo', meaning: 'disposition-decision' } }, { as: 'qa.li' });
    expect(signed.status).toBe(200);
    void started;
    const code = signed.body.record.code as string;

    const changed = await apiCall<any>(api, 'PUT', `/records/inspection-decision/${code}`, { values: { ...goodDecision, disposition: 'reject', justification: 'Second reading 0.1553 in: out of the band (re-measured).' }, revision: 1, reason: 'typo in the justification' }, { as: 'mrb.zhao' });
    expect(changed.status).toBe(200);
    const after = await apiCall<any>(api, 'GET', `/records/inspection-decision/${code}`);
    expect(after.body.signatures.map((signature: { state: string }) => signature.state)).toEqual(['superseded']);
  });

  it('writes the record once when the engine refuses the completion, and completes with the same values sent again', async () => {
    const started = await apiCall<{ id: string }>(api, 'POST', '/process-instances', { processKey: 'incoming-inspection', businessKey: `GR-${run}-3`, variables: { ...held, lot: 'LOT-260227-0001' } });
    const id = await waitFor('the third QA task', async () => (await apiCall<{ items: TaskSummary[] }>(api, 'GET', `/tasks?businessKey=${run}-3`, undefined, { as: 'qa.li' })).body.items[0]?.id);
    await apiCall(api, 'POST', `/tasks/${id}/claim`, undefined, { as: 'qa.li' });
    const decisions = async () => (await apiCall<{ total: number }>(api, 'GET', '/records/inspection-decision?limit=1')).body.total;
    const before = await decisions();
    const body = { values: goodDecision, signature: { password: 'lotflow-demo', meaning: 'disposition-decision' } };

    // The engine refuses to complete a task of a suspended instance.
    await fetch(`${inject('engineUrl')}/process-instance/${started.body.id}/suspended`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ suspended: true }) });
    const refused = await apiCall(api, 'POST', `/tasks/${id}/complete`, body, { as: 'qa.li' });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(await decisions()).toBe(before + 1);

    await fetch(`${inject('engineUrl')}/process-instance/${started.body.id}/suspended`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ suspended: false }) });
    const changed = await apiCall(api, 'POST', `/tasks/${id}/complete`, { ...body, values: { ...goodDecision, justification: 'Another justification, written later.' } }, { as: 'qa.li' });
    expect(changed.status).toBe(409);
    const completed = await apiCall<any>(api, 'POST', `/tasks/${id}/complete`, body, { as: 'qa.li' });
    expect(completed.status).toBe(200);
    expect(await decisions()).toBe(before + 1);
    const ended = await waitFor('the instance to end', async () => {
      const instance = await engine.get<{ state: string }>(`/history/process-instance/${started.body.id}`);
      return instance.state === 'COMPLETED' ? instance : undefined;
    });
    expect(ended.state).toBe('COMPLETED');
    const record = await apiCall<any>(api, 'GET', `/records/inspection-decision/${completed.body.record.code}`);
    expect(record.body.signatures).toHaveLength(1);
  });
});

