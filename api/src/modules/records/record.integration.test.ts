import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, signIn, startTestApi } from '../../../../test/support/start-services.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

describe('dictionary records over HTTP', () => {
  let api: RunningApi;
  const steward = { as: 'analyst.chen' };

  beforeAll(async () => {
    api = await startTestApi();
    const loaded = await apiCall(api, 'POST', '/dictionary/pack/load');
    expect([200, 201]).toContain(loaded.status);
  }, 300_000);

  afterAll(async () => {
    await api?.close();
  });

  it('loads the medical-device pack once: its types published, its demo records valid', async () => {
    const again = await apiCall(api, 'POST', '/dictionary/pack/load');
    expect(again.status).toBe(200);
    expect(again.body.typesPublished).toEqual([]);
    expect(again.body.recordsCreated).toBe(0);

    const types = await apiCall(api, 'GET', '/dictionary/types');
    expect(types.body.items.map((type: { key: string }) => type.key)).toEqual(
      expect.arrayContaining(['material', 'supplier', 'lot', 'inspection-point', 'nonconformance-report', 'sterilization-load', 'shipment']),
    );
    const finishedGood = await apiCall(api, 'GET', '/records/material/FG-IVS-20D');
    expect(finishedGood.status).toBe(200);
    expect(finishedGood.body).toMatchObject({ code: 'FG-IVS-20D', typeKey: 'material', issues: [] });
    const tubing = await apiCall(api, 'GET', '/records/material?search=TUBE');
    expect(tubing.body.items.map((record: { code: string }) => record.code)).toContain('RM-TUBE-PVC-106');
  });

  it('numbers a new lot from its sequence and refuses a reference to a material that does not exist', async () => {
    const created = await apiCall(api, 'POST', '/records/lot', { values: { material: 'RM-TUBE-PVC-106', status: 'quarantine', quantity: 1200 } }, steward);
    expect(created.status).toBe(201);
    expect(created.body.code).toMatch(/^LOT-\d{6}-\d{4}$/);

    const dangling = await apiCall(api, 'POST', '/records/lot', { values: { material: 'RM-NO-SUCH', status: 'quarantine', quantity: 5 } }, steward);
    expect(dangling.status).toBe(400);
    expect(dangling.body.errors).toEqual([{ pointer: '/body/values/material', detail: "refers to the material 'RM-NO-SUCH', which does not exist" }]);
  });

  it('explains a bad record field by field in the language the user reads', async () => {
    const response = await fetch(`${api.url}/records/lot`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN,zh;q=0.9', authorization: `Bearer ${await signIn(api, 'analyst.chen')}` },
      body: JSON.stringify({ values: { material: 'RM-TUBE-PVC-106', status: 'lost', quantity: -1, colour: 'red' } }),
    });
    const problem = (await response.json()) as { errors: Array<{ pointer: string; detail: string }> };
    expect(response.status).toBe(400);
    const pointers = problem.errors.map((error) => error.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/body/values/status', '/body/values/quantity', '/body/values/colour']));
    expect(problem.errors.find((error) => error.pointer === '/body/values/status')?.detail).toMatch(/^批次状态：/);
    expect(problem.errors.find((error) => error.pointer === '/body/values/quantity')?.detail).toMatch(/^收货\/生产数量：/);
  });

  it('gives two hundred parallel requests two hundred distinct, gap-free lot numbers', async () => {
    const responses = await Promise.all(
      Array.from({ length: 200 }, () => apiCall(api, 'POST', '/records/lot', { values: { material: 'CP-DRIP-6ML', status: 'quarantine', quantity: 10 } }, steward)),
    );
    expect(responses.map((response) => response.status).filter((status) => status !== 201)).toEqual([]);
    const sequenceNumbers = responses.map((response) => Number(String(response.body.code).slice(-4))).sort((a, b) => a - b);
    const first = sequenceNumbers[0]!;
    expect(sequenceNumbers).toEqual(Array.from({ length: 200 }, (_, index) => first + index));
    expect(new Set(responses.map((response) => response.body.code)).size).toBe(200);
  }, 120_000);

  it('asks for a reason before a regulated field changes, keeps old and new values in the audit trail, and refuses a stale revision', async () => {
    const lot = await apiCall(api, 'POST', '/records/lot', { values: { material: 'RM-TUBE-PVC-106', status: 'quarantine', quantity: 300 } }, steward);
    const code = lot.body.code as string;
    const released = { ...lot.body.values, status: 'released' };

    const withoutReason = await apiCall(api, 'PUT', `/records/lot/${code}`, { values: released, revision: 1 }, steward);
    expect(withoutReason.status).toBe(400);
    expect(withoutReason.body.errors).toEqual([{ pointer: '/body/reason', detail: "is required: 'Status' (status) is a regulated field" }]);

    const withReason = await apiCall(api, 'PUT', `/records/lot/${code}`, { values: released, revision: 1, reason: 'Incoming inspection passed' }, steward);
    expect(withReason.status).toBe(200);
    expect(withReason.body.revision).toBe(2);

    const stale = await apiCall(api, 'PUT', `/records/lot/${code}`, { values: { ...released, quantity: 299 }, revision: 1 }, steward);
    expect(stale.status).toBe(409);

    const events = await apiCall(api, 'GET', `/audit/events?entityType=lot&entityId=${code}`);
    expect(events.body.items[0]).toMatchObject({
      action: 'record.updated',
      actor: 'analyst.chen',
      reason: 'Incoming inspection passed',
      before: { status: 'quarantine' },
      after: { status: 'released', regulatedFields: ['status'] },
    });
  });

  it('keeps old records valid when a type gains an optional field', async () => {
    const current = await apiCall(api, 'GET', '/dictionary/types/customer/versions/latest');
    const extended = { ...current.body.content, fields: [...current.body.content.fields, { name: 'wechatId', kind: 'text', maxLength: 40, label: { en: 'WeChat ID', 'zh-CN': '微信号' } }] };
    await apiCall(api, 'PUT', '/dictionary/types/customer/draft', { content: extended }, steward);
    const published = await apiCall(api, 'POST', '/dictionary/types/customer/publish', { reason: 'Customers ask to be reached on WeChat' }, steward);
    expect(published.status).toBe(201);

    const customers = await apiCall(api, 'GET', '/records/customer');
    expect(customers.body.total).toBeGreaterThanOrEqual(2);
    for (const customer of customers.body.items as Array<{ code: string; typeVersion: number }>) {
      expect(customer.typeVersion).toBeLessThan(published.body.version);
      const read = await apiCall(api, 'GET', `/records/customer/${customer.code}`);
      expect(read.body.issues).toEqual([]);
    }
  });
});

