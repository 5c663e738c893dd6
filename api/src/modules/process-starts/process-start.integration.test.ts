import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { engineRest } from '../../../../test/support/engine-rest.js';
import { apiCall, demoPassword, startTestApi } from '../../../../test/support/start-services.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

interface Startable {
  key: string;
  name: string | null;
  documentation: string | null;
  form: { type: string; label: string; help: string | null };
}

interface Started {
  definition: { id: string; key: string; version: number };
  record: { type: string; code: string; revision: number };
  instance: { id: string; businessKey: string };
  startedNow: boolean;
}

// Components only from a store with nothing in it: the instances started here (run by whichever
// test worker is polling the shared engine) wait at a material shortage instead of reserving other tests' stock.
const plannedOrder = { deviceMasterRecord: 'DMR-IVS-20D-V1', quantityPlanned: 500, plannedStartOn: '2026-06-01', plannedFinishOn: '2026-06-05', expiresOn: '2029-06-01', componentLocation: 'EMPTY-STORE-START-TEST' };

describe('starting processes from their forms, on the real engine', () => {
  const engine = engineRest(inject('engineUrl'));
  const run = Date.now().toString(36);
  const warehouse = `warehouse.${run}`;
  let api: RunningApi;

  const plannedOrders = async () => (await apiCall<{ total: number }>(api, 'GET', '/records/planned-order?limit=1')).body.total;
  const productionInstances = async () => (await engine.get<{ count: number }>('/history/process-instance/count?processDefinitionKey=production')).count;
  const variablesOf = (instanceId: string) => engine.get<Record<string, { type: string; value: unknown }>>(`/process-instance/${instanceId}/variables?deserializeValues=false`);

  beforeAll(async () => {
    api = await startTestApi();
    expect([200, 201]).toContain((await apiCall(api, 'POST', '/dictionary/pack/load')).status);
    expect([200, 201]).toContain((await apiCall(api, 'POST', '/rule-tables/bundled/publish')).status);
    expect([200, 201]).toContain((await apiCall(api, 'POST', '/deployments/bundled')).status);
    const created = await apiCall(api, 'POST', '/users', { username: warehouse, displayName: 'Zhou Lei / 周磊', password: demoPassword, roles: ['warehouse'] });
    expect(created.status).toBe(201);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('lists what each person may start, with the form type in their language', async () => {
    const listed = async (as: string, locale = 'en') => (await apiCall<{ items: Startable[] }>(api, 'GET', `/process-starts?locale=${locale}`, undefined, { as })).body.items;

    const production = await listed('production.liu', 'zh-CN');
    expect(production).toEqual([
      expect.objectContaining({ key: 'production', name: 'Production: work order to output lot', form: expect.objectContaining({ type: 'planned-order', label: '计划订单' }) }),
    ]);
    expect(production[0]!.documentation).toMatch(/^A work order from an approved device master record/);
    expect((await listed(warehouse)).map((entry) => [entry.key, entry.form.label])).toEqual([['shipping', 'Delivery order']]);
    expect((await listed('admin')).map((entry) => entry.key).sort()).toEqual(['production', 'shipping']);
    // QA starts sterilization loads, which have no form: there is nothing for QA to start here.
    expect(await listed('qa.li')).toEqual([]);
    expect(await listed('analyst.chen')).toEqual([]);
  });

  it('gives the form: the published type with its version', async () => {
    const form = await apiCall(api, 'GET', '/process-starts/production?locale=zh-CN', undefined, { as: 'production.liu' });
    expect(form.status).toBe(200);
    expect(form.body).toMatchObject({ key: 'production', form: { type: 'planned-order', label: '计划订单', initialValues: {} } });
    expect(form.body.form.version).toBeGreaterThanOrEqual(1);
    expect(form.body.form.definition.fields.map((field: { name: string }) => field.name)).toEqual([
      'number',
      'deviceMasterRecord',
      'quantityPlanned',
      'plannedStartOn',
      'plannedFinishOn',
      'expiresOn',
      'mesEndpoint',
      'componentLocation',
    ]);
    const unknown = await apiCall(api, 'GET', '/process-starts/incoming-inspection', undefined, { as: 'production.liu' });
    expect(unknown.status).toBe(404);
    expect(unknown.contentType).toContain('application/problem+json');
  });

  it('starts production for production: a planned order, the instance with its values and the code as business key, audited', async () => {
    const started = await apiCall<Started>(api, 'POST', '/process-starts/production', { requestId: randomUUID(), values: plannedOrder }, { as: 'production.liu' });
    expect(started.status).toBe(201);
    const { record, instance, definition } = started.body;
    expect(record).toEqual({ type: 'planned-order', code: expect.stringMatching(/^PLO-\d{6}-\d{3}$/), revision: 1 });
    expect(instance.businessKey).toBe(record.code);
    expect(definition.key).toBe('production');

    const history = await engine.get<{ businessKey: string; processDefinitionKey: string; processDefinitionId: string }>(`/history/process-instance/${instance.id}`);
    expect(history).toMatchObject({ businessKey: record.code, processDefinitionKey: 'production', processDefinitionId: definition.id });
    const variables = await variablesOf(instance.id);
    expect(variables).toMatchObject({
      deviceMasterRecord: { type: 'String', value: 'DMR-IVS-20D-V1' },
      quantityPlanned: { type: 'Integer', value: 500 },
      plannedStartOn: { type: 'String', value: '2026-06-01' },
      plannedFinishOn: { type: 'String', value: '2026-06-05' },
      expiresOn: { type: 'String', value: '2029-06-01' },
      plannedOrderCode: { type: 'String', value: record.code },
    });
    // Left empty, the MES is not asked: the model tests the variable for null.
    expect(variables.mesEndpoint).toBeUndefined();

    const stored = await apiCall(api, 'GET', `/records/planned-order/${record.code}`, undefined, { as: 'production.liu' });
    expect(stored.body.values).toMatchObject({ ...plannedOrder, number: record.code });
    expect(stored.body.createdBy).toBe('production.liu');
    const audit = await apiCall<{ items: Array<{ actor: string; action: string; after: Record<string, unknown> }> }>(api, 'GET', '/audit/events?entityType=process&entityId=production', undefined, { as: 'operations.sun' });
    expect(audit.body.items).toContainEqual(expect.objectContaining({ actor: 'production.liu', action: 'process.started', after: expect.objectContaining({ record: record.code, businessKey: record.code, definitionId: definition.id }) }));
  });

  it('starts shipping for the warehouse with a delivery order, the GTIN checked', async () => {
    const order = { customer: 'CUS-CN-HOSP-01', material: 'FG-IVS-20D', quantity: 100, plannedOn: '2026-06-10', gtin: '06901234000016' };
    const wrong = await apiCall(api, 'POST', '/process-starts/shipping', { requestId: randomUUID(), values: { ...order, gtin: '6901234' } }, { as: warehouse });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual(['/body/values/gtin']);

    const started = await apiCall<Started>(api, 'POST', '/process-starts/shipping', { requestId: randomUUID(), values: { ...order, shipFrom: 'FG-STORE' } }, { as: warehouse });
    expect(started.status).toBe(201);
    expect(started.body.record.code).toMatch(/^DO-\d{6}-\d{3}$/);
    expect(await variablesOf(started.body.instance.id)).toMatchObject({
      customer: { value: 'CUS-CN-HOSP-01' },
      material: { value: 'FG-IVS-20D' },
      quantity: { type: 'Integer', value: 100 },
      plannedOn: { value: '2026-06-10' },
      gtin: { type: 'String', value: '06901234000016' },
      shipFrom: { value: 'FG-STORE' },
      deliveryOrderCode: { value: started.body.record.code },
    });
  });

  it('refuses a person without the starter role, saying which role it takes, and starts nothing', async () => {
    const before = [await plannedOrders(), await productionInstances()];
    for (const as of ['qa.li', warehouse, 'analyst.chen']) {
      const refused = await apiCall(api, 'POST', '/process-starts/production', { requestId: randomUUID(), values: plannedOrder }, { as });
      expect(refused.status, as).toBe(403);
      expect(refused.contentType).toContain('application/problem+json');
      expect(refused.body.detail).toContain('production');
    }
    expect((await apiCall(api, 'GET', '/process-starts/production', undefined, { as: 'qa.li' })).status).toBe(403);
    expect([await plannedOrders(), await productionInstances()]).toEqual(before);
  });

  it('puts invalid values on their fields and stores and starts nothing', async () => {
    const before = [await plannedOrders(), await productionInstances()];
    const { quantityPlanned: _left, ...missing } = plannedOrder;
    const invalid = await apiCall(api, 'POST', '/process-starts/production', { requestId: randomUUID(), values: { ...missing, plannedStartOn: 'next week' } }, { as: 'production.liu' });
    expect(invalid.status).toBe(400);
    expect(invalid.contentType).toContain('application/problem+json');
    expect(invalid.body.errors.map((error: { pointer: string }) => error.pointer).sort()).toEqual(['/body/values/plannedStartOn', '/body/values/quantityPlanned']);

    const draft = await apiCall(api, 'POST', '/process-starts/production', { requestId: randomUUID(), values: { ...plannedOrder, deviceMasterRecord: 'DMR-NOPE-V1' } }, { as: 'production.liu' });
    expect(draft.status).toBe(400);
    expect(draft.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual(['/body/values/deviceMasterRecord']);

    const noRequestId = await apiCall(api, 'POST', '/process-starts/production', { values: plannedOrder }, { as: 'production.liu' });
    expect(noRequestId.status).toBe(400);
    expect(noRequestId.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual(['/body/requestId']);
    expect([await plannedOrders(), await productionInstances()]).toEqual(before);
  });

  it('answers a retry with the same request id with the same record and instance, and refuses it with other values', async () => {
    const requestId = randomUUID();
    const before = [await plannedOrders(), await productionInstances()];
    const first = await apiCall<Started>(api, 'POST', '/process-starts/production', { requestId, values: plannedOrder }, { as: 'production.liu' });
    const again = await apiCall<Started>(api, 'POST', '/process-starts/production', { requestId, values: plannedOrder }, { as: 'production.liu' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ ...first.body, startedNow: false });
    expect([await plannedOrders(), await productionInstances()]).toEqual([before[0]! + 1, before[1]! + 1]);
    const withBusinessKey = await engine.get<unknown[]>(`/history/process-instance?processDefinitionKey=production&processInstanceBusinessKey=${first.body.record.code}`);
    expect(withBusinessKey).toHaveLength(1);

    const changed = await apiCall(api, 'POST', '/process-starts/production', { requestId, values: { ...plannedOrder, quantityPlanned: 600 } }, { as: 'production.liu' });
    expect(changed.status).toBe(409);
    expect(changed.body.errors).toEqual([expect.objectContaining({ pointer: '/requestId' })]);
  });

  it('keeps POST /process-instances for analysts and operators, audited, and refuses it to others', async () => {
    const refused = await apiCall(api, 'POST', '/process-instances', { processKey: 'production', variables: plannedOrder }, { as: 'production.liu' });
    expect(refused.status).toBe(403);
    const businessKey = `RAW-${run}`;
    const started = await apiCall<{ id: string }>(api, 'POST', '/process-instances', { processKey: 'incoming-inspection', businessKey, variables: { lot: 'LOT-260227-0001' } }, { as: 'operations.sun' });
    expect(started.status).toBe(201);
    const audit = await apiCall<{ items: Array<{ actor: string; action: string; after: Record<string, unknown> }> }>(api, 'GET', '/audit/events?entityType=process&entityId=incoming-inspection', undefined, { as: 'operations.sun' });
    expect(audit.body.items).toContainEqual(expect.objectContaining({ actor: 'operations.sun', action: 'process.started', after: expect.objectContaining({ instanceId: started.body.id, businessKey, variables: ['lot'] }) }));
  });
});
