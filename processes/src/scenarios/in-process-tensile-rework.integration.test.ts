import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../../test/support/engine-rest.js';
import { apiCall } from '../../../test/support/start-services.js';
import { workTensileRework } from './in-process-tensile-rework.js';
import type { StockedLot } from './production-scenario-support.js';
import { scenarioSteps, startScenarioStack, type RunningApi } from './release-scenario-support.js';

interface TraceEdge {
  from: string;
  to: string;
  relation: string;
}

/**
 * Scenario 2 of every release: a work order of IV sets fails the tensile test in process; the
 * MRB decides rework, production reworks, QA tests again and the lot passes — and all of it is
 * in the lot's device history record. Runs the bundled process 'production' on the real engine,
 * worker and api.
 */
describe('scenario 2: an in-process tensile failure, rework and re-test, on the real engine', () => {
  let stack: Awaited<ReturnType<typeof startScenarioStack>>;
  let api: RunningApi;
  let steps: ReturnType<typeof scenarioSteps>;

  beforeAll(async () => {
    stack = await startScenarioStack({ INTEGRATION_SECRET_KEY: randomBytes(32).toString('hex') });
    api = stack.api;
    steps = scenarioSteps(api);
  }, 300_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('reworks the lot after the MRB decides, tests it again, and records failure, disposition, rework and re-test in the device history record', async () => {
    const reserved = async (code: string) => ((await apiCall(api, 'GET', `/inventory/balances?lot=${code}`)).body.items as Array<{ reserved: number }>)[0]!.reserved;
    const tubing = (stocked: StockedLot[], supplierLot: string) => stocked.find((lot) => lot.supplierLot === supplierLot)!;

    // Given planning releases 1000 sets from the approved device master record, with line 1's MES connected,
    // and components in stock: two tubing lots, the one expiring first used up first (FEFO)
    const worked = await workTensileRework(api, steps, { businessKey: 'PLAN-S2', location: 'STORES-S2' }, {
      async released({ instance, workOrder, lot, mes }, stocked) {
        // Then the work order pins the master record's revisions, and the output lot waits in quarantine
        expect((await steps.record('work-order', workOrder)).values).toMatchObject({
          material: 'FG-IVS-20D',
          deviceMasterRecord: 'DMR-IVS-20D-V1',
          billOfMaterials: 'BOM-IVS-20D-A',
          bomRevision: 'A',
          routing: 'RT-IVS-20D-V1',
          labelRevision: 'C',
          inspectionPlans: [
            { plan: 'IPL-IVS-LEAK', revision: 1 },
            { plan: 'IPL-IVS-FUNC', revision: 1 },
            { plan: 'IPL-IVS-LABEL', revision: 1 },
            { plan: 'IPL-IVS-EO', revision: 1 },
          ],
          quantityPlanned: 1000,
          status: 'released',
        });
        expect((await steps.record('lot', lot)).values).toMatchObject({ material: 'FG-IVS-20D', status: 'quarantine', workOrder, expiresOn: '2029-11-23' });

        // And every component is reserved for it, first expiry first: all of tubing lot A, then 600 m of B (1.6 m per set)
        expect(await reserved(tubing(stocked, 'TB-2601-A').lot)).toBe(1000);
        expect(await reserved(tubing(stocked, 'TB-2603-B').lot)).toBe(600);
        expect(await reserved(stocked.find((entry) => entry.material === 'CP-CAP-PROT')!.lot)).toBe(2000);

        // And operation 20 went to the MES with what it needs to report back
        const dispatched = await waitFor('operation 20 in the outbox', async () => {
          const messages = (await apiCall(api, 'GET', '/integrations/messages', undefined, { as: 'operations.sun' })).body.items as Array<{ endpoint: string; type: string; payload: Record<string, unknown> }>;
          return messages.find((message) => message.type === 'operation.dispatched' && message.payload.workOrder === workOrder && message.payload.operation === 20);
        });
        expect(dispatched).toMatchObject({ endpoint: mes.name, payload: { lot, name: 'Cut tubing', workCentre: 'cutting', quantityPlanned: 1000, processInstanceId: instance } });
      },

      // When the MES reports operation 20 done, the line confirms assembly and the leak test passes,
      // and the functional tests find a joint that does not hold 15 N
      async atMrb({ workOrder, lot }, { leak, failed, nonconformanceReport: ncr }) {
        expect(leak.signature).toMatchObject({ meaning: 'reviewed', printedName: 'Li Wei / 李伟' });

        // Then an NCR goes to the MRB and the lot is on hold
        expect((await steps.record('nonconformance-report', ncr)).values).toMatchObject({ source: 'in-process', lot, workOrder, status: 'mrb-review', severity: 'major' });
        expect((await steps.record('nonconformance-report', ncr)).values.description).toContain('tensile-strength');
        expect((await steps.record('in-process-inspection-result', failed.record!.code)).values).toMatchObject({ result: 'fail', failedCharacteristic: 'tensile-strength', tensileMinN: 12.4 });
        expect((await steps.record<{ status: string }>('lot', lot)).values.status).toBe('hold');
      },
    });
    const { workOrder, lot, stocked, leak, failed, disposition, rework, retest, nonconformanceReport: ncr } = worked;
    const tubingA = tubing(stocked, 'TB-2601-A');
    const tubingB = tubing(stocked, 'TB-2603-B');

    // When the MRB decides rework, signed, production reworks the units and QA tests again: now it passes,
    // and the rest of the routing runs: seal, label (5 labels spoiled), label check
    // Then the NCR is closed and the lot made
    expect((await steps.record('nonconformance-report', ncr)).values).toMatchObject({ disposition: 'rework', status: 'closed' });
    expect(worked.endEvent).toBe('EndEvent_LotMade');

    // Then the lot holds the 995 good sets in quarantine, waiting for sterilization
    expect((await steps.record('lot', lot)).values).toMatchObject({ status: 'quarantine', quantity: 995 });
    expect((await steps.record('work-order', workOrder)).values).toMatchObject({ status: 'completed', quantityGood: 995, quantityScrapped: 5, outputLot: lot });
    const balance = ((await apiCall(api, 'GET', `/inventory/balances?lot=${lot}`)).body.items as Array<{ location: string; onHand: number; lotStatus: string }>)[0];
    expect(balance).toMatchObject({ location: 'WH-FG', onHand: 995, lotStatus: 'quarantine' });

    // And the components were issued to the work order exactly as reserved
    const onHand = async (code: string) => ((await apiCall(api, 'GET', `/inventory/balances?lot=${code}`)).body.items as Array<{ onHand: number; reserved: number }>)[0] ?? { onHand: 0, reserved: 0 };
    expect(await onHand(tubingA.lot)).toMatchObject({ onHand: 0, reserved: 0 });
    expect(await onHand(tubingB.lot)).toMatchObject({ onHand: 1400, reserved: 0 });
    for (const component of stocked.filter((entry) => entry.material !== 'RM-TUBE-PVC-106')) expect(await onHand(component.lot), component.material).toMatchObject({ onHand: 0, reserved: 0 });

    // And the genealogy runs from the lot back through the work order to every component lot and its supplier lot
    const backward = await apiCall(api, 'GET', `/trace/lot/${lot}?direction=backward&depth=3`);
    expect(backward.status).toBe(200);
    const edges = backward.body.edges as TraceEdge[];
    expect(edges).toContainEqual(expect.objectContaining({ from: `work-order:${workOrder}`, to: `lot:${lot}`, relation: 'produced' }));
    for (const component of stocked) expect(edges, component.lot).toContainEqual(expect.objectContaining({ from: `lot:${component.lot}`, to: `work-order:${workOrder}`, relation: 'consumed-by' }));
    expect(edges).toContainEqual(expect.objectContaining({ from: `supplier-lot:SUP-TUBE-01/TB-2601-A`, to: `lot:${tubingA.lot}` }));

    // And the device history record shows the failure, the signed disposition, the rework and the passing re-test
    const documents = (await apiCall(api, 'GET', `/documents?subjectType=lot&subjectId=${lot}`, undefined, { as: 'production.liu' })).body.items as Array<{ id: string; kind: string; version: number }>;
    const dhr = documents.filter((document) => document.kind === 'device-history-record').sort((left, right) => right.version - left.version)[0]!;
    const model = (await apiCall(api, 'GET', `/documents/${dhr.id}`, undefined, { as: 'production.liu' })).body.model as {
      inspections: Array<{ code: string; status: string; results: Array<{ inspectionPoint: string; readings: number[]; result: string }> }>;
      nonconformances: Array<{ code: string; disposition: string; status: string }>;
      decisions: Array<{ code: string; disposition: string }>;
      reworks: Array<{ code: string; nonconformanceReport: string; quantityReworked: number }>;
      reconciliation: { made: number; quarantine: number; balanced: boolean };
      signatures: Array<{ printedName: string; meaning: string; record: { type: string; code: string } }>;
      lot: { workOrder: string };
    };
    expect(model.inspections.map((inspection) => [inspection.code, inspection.status])).toEqual([
      [leak.record!.code, 'passed'],
      [failed.record!.code, 'failed: tensile-strength'],
      [retest.record!.code, 'passed'],
      [expect.any(String), 'passed'],
    ]);
    expect(model.inspections[1]!.results.find((result) => result.inspectionPoint === 'tensileMinN')).toMatchObject({ readings: [12.4], result: 'fail' });
    expect(model.inspections[2]!.results.find((result) => result.inspectionPoint === 'tensileMinN')).toMatchObject({ readings: [17.8], result: 'pass' });
    expect(model.nonconformances).toEqual([expect.objectContaining({ code: ncr, disposition: 'rework', status: 'closed' })]);
    expect(model.decisions).toEqual([expect.objectContaining({ code: disposition.record!.code, disposition: 'rework' })]);
    expect(model.reworks).toEqual([expect.objectContaining({ code: rework.record!.code, nonconformanceReport: ncr, quantityReworked: 1000 })]);
    expect(model.reconciliation).toMatchObject({ made: 995, quarantine: 995, balanced: true });
    expect(model.lot.workOrder).toBe(workOrder);
    expect(model.signatures.map((signature) => `${signature.meaning} ${signature.record.type}`)).toEqual([
      'reviewed in-process-inspection-result',
      'reviewed in-process-inspection-result',
      'disposition-decision mrb-disposition',
      'reviewed in-process-inspection-result',
      'reviewed in-process-inspection-result',
    ]);
  }, 300_000);
});
