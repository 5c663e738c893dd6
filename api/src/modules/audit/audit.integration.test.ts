import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { singleTaskProcess } from '../../../../test/support/single-task-process.js';
import { apiCall, startTestApi } from '../../../../test/support/start-services.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

describe('the audit trail', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('records a deployment with who did it and what was deployed', async () => {
    const resource = singleTaskProcess({ id: `audited-${Date.now()}`, topic: 'lotflow.evaluate-rule-set' });
    const deployed = await apiCall(api, 'POST', '/deployments', { name: 'audited', resources: [resource] }, { as: 'analyst.chen' });
    expect(deployed.status).toBe(201);

    const events = await apiCall(api, 'GET', `/audit/events?entityType=deployment&entityId=${deployed.body.deployment.engineDeploymentId}`);

    expect(events.body.items).toEqual([
      expect.objectContaining({
        actor: 'analyst.chen',
        action: 'process.deployed',
        after: expect.objectContaining({ resources: [expect.objectContaining({ resourceName: resource.name, contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) })] }),
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    ]);
  });

  it('keeps a chain that verifies, and reports the first entry someone changed or removed in the database', async () => {
    await apiCall(api, 'GET', '/auth/me', undefined, { as: 'qa.li' });
    const intact = await apiCall(api, 'GET', '/audit/verify');
    expect(intact.body).toMatchObject({ intact: true });
    expect(intact.body.checked).toBeGreaterThanOrEqual(3);

    // Given someone edits an entry directly in the database
    const [row] = (await api.dataSource.query(`SELECT sequence, actor FROM audit_event WHERE action = 'login.succeeded' ORDER BY sequence LIMIT 1`)) as Array<{ sequence: number; actor: string }>;
    await api.dataSource.query(`UPDATE audit_event SET actor = 'someone.else' WHERE sequence = ?`, [row!.sequence]);
    try {
      // Then verification names that entry
      const tampered = await apiCall(api, 'GET', '/audit/verify');
      expect(tampered.body).toEqual({
        intact: false,
        checked: Number(row!.sequence) - 1,
        firstBrokenSequence: Number(row!.sequence),
        problem: 'its content does not match its hash: it was changed after it was written',
      });
    } finally {
      await api.dataSource.query(`UPDATE audit_event SET actor = ? WHERE sequence = ?`, [row!.actor, row!.sequence]);
    }
    expect((await apiCall(api, 'GET', '/audit/verify')).body.intact).toBe(true);

    // And a removed entry breaks the chain at its place
    const [last] = (await api.dataSource.query(`SELECT * FROM audit_event ORDER BY sequence DESC LIMIT 1`)) as Array<Record<string, unknown>>;
    await api.dataSource.query(`DELETE FROM audit_event WHERE sequence = ?`, [last!.sequence]);
    try {
      const removed = await apiCall(api, 'GET', '/audit/verify');
      expect(removed.body).toMatchObject({ intact: false, firstBrokenSequence: Number(last!.sequence) });
    } finally {
      const columns = Object.keys(last!);
      await api.dataSource.query(`INSERT INTO audit_event (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, columns.map((column) => last![column]));
    }
    expect((await apiCall(api, 'GET', '/audit/verify')).body.intact).toBe(true);
  });

  it('is readable by operations and QA but not by a purchaser', async () => {
    expect((await apiCall(api, 'GET', '/audit/verify', undefined, { as: 'operations.sun' })).status).toBe(200);
    expect((await apiCall(api, 'GET', '/audit/verify', undefined, { as: 'purchasing.wang' })).status).toBe(403);
  });
});
