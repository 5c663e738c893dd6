import { createKernel, openDatabase, type Kernel } from '@lotflow/api';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiCall, startTestApi } from '../../../../test/support/start-services.js';
import type { TaskContext } from '../../task-runner/task-handler.js';
import { renderDocumentHandler } from './render-document.handler.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

describe('lotflow.document.render on the real database', () => {
  let api: RunningApi;
  let dataSource: DataSource;
  let kernel: Kernel;
  let lot: string;

  beforeAll(async () => {
    api = await startTestApi();
    expect([200, 201]).toContain((await apiCall(api, 'POST', '/dictionary/pack/load')).status);
    const created = await apiCall(api, 'POST', '/records/lot', { values: { material: 'CP-DRIP-6ML', status: 'quarantine', quantity: 300 } }, { as: 'analyst.chen' });
    expect(created.status).toBe(201);
    lot = created.body.code;
    const posted = await apiCall(api, 'POST', '/inventory/movements', { idempotencyKey: `render-${lot}`, movements: [{ type: 'receipt', lot, location: 'RECEIVING', quantity: 300 }] }, { as: 'qa.li' });
    expect(posted.status).toBe(201);
    ({ dataSource } = await openDatabase(inject('apiDatabaseUrl'), { migrate: false }));
    kernel = createKernel(dataSource, { timeZone: 'Asia/Shanghai' });
  }, 300_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await api?.close();
  });

  it('renders one document however often the task is delivered', async () => {
    const handler = renderDocumentHandler(kernel);
    const task: TaskContext = { taskId: `task-${lot}`, processInstanceId: `instance-${lot}`, businessKey: lot, activityId: 'Task_Dhr', variables: { kind: 'device-history-record', subject: lot, resultVariable: 'dhrId' } };

    // when the same task is delivered twice, and twice at once
    const first = await handler.handle(task);
    const again = await handler.handle(task);
    const racing = await Promise.all([handler.handle(task), handler.handle(task)]);

    // then every delivery answers the same document, and the lot has one
    expect(first).toEqual({ kind: 'complete', variables: { dhrId: expect.any(String), documentVersion: 1 } });
    for (const outcome of [again, ...racing]) expect(outcome).toEqual(first);
    const listed = await apiCall(api, 'GET', `/documents?subjectType=lot&subjectId=${lot}`);
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.items[0]).toMatchObject({ id: (first as { variables: Record<string, unknown> }).variables.dhrId, createdBy: 'worker', kind: 'device-history-record' });

    // and a later step rendering the unchanged lot answers that same version
    const later = await handler.handle({ ...task, taskId: `task-${lot}-later` });
    expect(later).toEqual(first);
    expect((await apiCall(api, 'GET', `/documents?subjectType=lot&subjectId=${lot}`)).body.items).toHaveLength(1);
  });

  it('sends a lot that does not exist to an incident, rendering nothing', async () => {
    const handler = renderDocumentHandler(kernel);
    await expect(
      handler.handle({ taskId: 'task-missing', processInstanceId: 'instance-missing', businessKey: null, activityId: 'Task_Dhr', variables: { kind: 'device-history-record', subject: 'LOT-NO-SUCH' } }),
    ).rejects.toMatchObject({ retryable: false, message: expect.stringContaining("Lot 'LOT-NO-SUCH' does not exist") });
  });
});
