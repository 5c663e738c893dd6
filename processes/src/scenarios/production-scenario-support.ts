import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { waitFor } from '../../../test/support/engine-rest.js';
import { signIntegrationBody } from '../../../api/src/modules/integrations/integration-signature.js';
import { apiCall } from '../../../test/support/start-services.js';
import type { RunningApi, scenarioSteps } from './release-scenario-support.js';

type Steps = ReturnType<typeof scenarioSteps>;

/** BOM-IVS-20D-A of the demo pack: each component, its quantity per set and its approved supplier. */
export const componentsPerSet: ReadonlyArray<{ material: string; quantityPer: number; supplier: string }> = [
  { material: 'RM-TUBE-PVC-106', quantityPer: 1.6, supplier: 'SUP-TUBE-01' },
  { material: 'CP-DRIP-6ML', quantityPer: 1, supplier: 'SUP-MOLD-01' },
  { material: 'CP-SPIKE-AV', quantityPer: 1, supplier: 'SUP-MOLD-01' },
  { material: 'CP-FILTER-15', quantityPer: 1, supplier: 'SUP-FILT-01' },
  { material: 'CP-CLAMP-RL', quantityPer: 1, supplier: 'SUP-MOLD-01' },
  { material: 'CP-YSITE', quantityPer: 1, supplier: 'SUP-MOLD-01' },
  { material: 'CP-LUER-ML', quantityPer: 1, supplier: 'SUP-MOLD-01' },
  { material: 'CP-CAP-PROT', quantityPer: 2, supplier: 'SUP-MOLD-01' },
  { material: 'PK-POUCH', quantityPer: 1, supplier: 'SUP-PACK-01' },
  { material: 'PK-IFU', quantityPer: 1, supplier: 'SUP-LABL-01' },
];

export interface StockedLot {
  material: string;
  lot: string;
  quantity: number;
  expiresOn: string;
  supplier: string;
  supplierLot: string;
}

let keys = 0;
export const nextKey = (scenario: string) => `${scenario}:${Date.now()}:${++keys}`;

/** A released component lot from its supplier, received into `location`: the stock a work order draws on. */
export async function receiveReleasedLot(api: RunningApi, steps: Steps, lot: Omit<StockedLot, 'lot'>, location: string, receipt?: string): Promise<StockedLot> {
  const code = await steps.createRecord('lot', { material: lot.material, status: 'released', quantity: lot.quantity, expiresOn: lot.expiresOn, supplier: lot.supplier, supplierLot: lot.supplierLot, ...(receipt ? { receipt } : {}) });
  const posted = await apiCall(api, 'POST', '/inventory/movements', { idempotencyKey: nextKey('stock'), movements: [{ type: 'receipt', lot: code, location, quantity: lot.quantity }] }, { as: 'production.liu' });
  expect(posted.status, JSON.stringify(posted.body)).toBe(201);
  return { ...lot, lot: code };
}

/** Enough released stock of every component for `sets`, one lot each (tubing as given, else one lot). */
export async function stockEveryComponent(api: RunningApi, steps: Steps, sets: number, location: string, tubing?: ReadonlyArray<Omit<StockedLot, 'lot' | 'material' | 'supplier'>>): Promise<StockedLot[]> {
  const stocked: StockedLot[] = [];
  for (const { material, quantityPer, supplier } of componentsPerSet) {
    const lots = material === 'RM-TUBE-PVC-106' && tubing ? tubing : [{ quantity: quantityPer * sets, expiresOn: '2030-06-30', supplierLot: `${supplier}-${material}-${stocked.length + 1}` }];
    for (const lot of lots) stocked.push(await receiveReleasedLot(api, steps, { material, supplier, ...lot }, location));
  }
  return stocked;
}

/** The MES endpoint of line 1: dispatches go to it, and it reports operations done to the waiting work order. */
export async function configureMes(api: RunningApi, name = 'mes-line-1'): Promise<{ name: string; report(event: Record<string, unknown>): Promise<{ status: number; body: Record<string, unknown> }> }> {
  const secret = randomBytes(32).toString('hex');
  const saved = await apiCall(api, 'PUT', `/integrations/endpoints/${name}`, {
    kind: 'mes',
    description: 'Line 1 MES',
    url: 'http://127.0.0.1:9/mes',
    secret,
    inboundEventTypes: {
      'operation.completed': {
        messageName: 'operation-completed',
        correlation: { processInstanceId: '/processInstanceId' },
        schema: {
          type: 'object',
          required: ['processInstanceId', 'operation', 'quantityGood'],
          properties: { processInstanceId: { type: 'string' }, operation: { type: 'integer' }, quantityGood: { type: 'integer', minimum: 0 }, quantityScrapped: { type: 'integer', minimum: 0 } },
        },
        variables: { quantityGood: '/quantityGood', quantityScrapped: '/quantityScrapped' },
      },
    },
  });
  expect(saved.status, JSON.stringify(saved.body)).toBeLessThan(300);
  return {
    name,
    async report(data) {
      const body = JSON.stringify({ id: `mes-${Date.now()}-${++keys}`, type: 'operation.completed', data });
      const timestamp = Math.floor(Date.now() / 1000);
      const signature = signIntegrationBody(secret, timestamp, body);
      const response = await fetch(`${api.url}/integrations/inbound/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-lotflow-timestamp': String(timestamp), 'x-lotflow-signature': signature },
        body,
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
  };
}

/** Readings within every limit, per operation of RT-IVS-20D-V1 that has an in-process inspection plan. */
export const passingTests: Readonly<Record<number, { inspectionPlan: string; readings: Record<string, number | string> }>> = {
  40: { inspectionPlan: 'IPL-IVS-LEAK', readings: { samplesTested: 200, leakFailures: 0, equipment: 'EQ-TT-01' } },
  50: { inspectionPlan: 'IPL-IVS-FUNC', readings: { samplesTested: 13, tensileMinN: 18.2, dropVolumeMinMl: 0.96, dropVolumeMaxMl: 1.05, flowMlIn10Min: 1180, resealFailures: 0, equipment: 'EQ-TT-01' } },
  70: { inspectionPlan: 'IPL-IVS-LABEL', readings: { samplesTested: 32, labelDefects: 0 } },
};

/** The production line's people working one work order through the inbox. */
export function productionSteps(api: RunningApi, steps: Steps, instance: string) {
  /** The open task at `activityId` for routing operation `operation` (a multi-instance step repeats per operation). */
  async function taskForOperation(activityId: string, operation: number): Promise<{ id: string; name: string }> {
    return waitFor(`${activityId} of operation ${operation}`, async () => {
      const task = await steps.taskAt(instance, activityId);
      const variable = await steps.engine.get<{ value: number }>(`/task/${task.id}/variables/operation`);
      return variable.value === operation ? task : undefined;
    });
  }

  const workOrder = () => steps.variable<string>(instance, 'workOrderCode');
  const lot = () => steps.variable<string>(instance, 'lotCode');

  return {
    workOrder,
    lot,
    taskForOperation,
    /** The operator confirms an operation done in the inbox, with its good and scrapped units. */
    async confirm(operation: number, quantityGood: number, quantityScrapped = 0) {
      const task = await taskForOperation('Task_ConfirmOperation', operation);
      return steps.completeTask(task.id, 'production.liu', { workOrder: await workOrder(), lot: await lot(), operation, quantityGood, quantityScrapped });
    },
    /** Every operation of RT-IVS-20D-V1 made on the line confirmed with `quantity` good, and every in-process test passed. */
    async runEveryOperation(quantity: number) {
      for (const operation of [20, 30, 40, 50, 60, 70]) {
        await this.confirm(operation, quantity);
        const plan = passingTests[operation];
        if (plan) await this.inspect(operation, plan.inspectionPlan, plan.readings);
      }
    },
    /** QA enters an in-process test's readings and signs them as reviewed. */
    async inspect(operation: number, inspectionPlan: string, readings: Record<string, number | string>) {
      const task = await taskForOperation('Task_Inspect', operation);
      return steps.completeTask(task.id, 'qa.li', { lot: await lot(), workOrder: await workOrder(), operation, inspectionPlan, ...readings }, 'reviewed');
    },
  };
}
