import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall } from '../../../test/support/start-services.js';
import { componentsPerSet, productionSteps, receiveReleasedLot, type StockedLot } from './production-scenario-support.js';
import { scenarioSteps, startScenarioStack, type RunningApi } from './release-scenario-support.js';

interface TraceGraph {
  nodes: Array<{ id: string }>;
  edges: Array<{ from: string; to: string; relation: string }>;
}

const run = Date.now().toString(36).toUpperCase();
const today = new Date().toISOString().slice(0, 10);

/**
 * Scenario 5 of every release, the recall drill, over lots made by the bundled processes on the
 * real engine: one tubing lot is received and inspected, made into two finished lots by two work
 * orders, sterilized in one load, released and shipped to two customers. Tracing the tubing lot
 * forward finds both consignees; tracing a shipped lot backward finds every supplier lot in it.
 */
describe('scenario 5: recall drill over lots made by the bundled flows, on the real engine', () => {
  let stack: Awaited<ReturnType<typeof startScenarioStack>>;
  let api: RunningApi;
  let steps: ReturnType<typeof scenarioSteps>;

  beforeAll(async () => {
    stack = await startScenarioStack({ INTEGRATION_SECRET_KEY: randomBytes(32).toString('hex') });
    api = stack.api;
    steps = scenarioSteps(api);
    const erp = await apiCall(api, 'PUT', '/integrations/endpoints/erp', { kind: 'erp', description: 'ERP: invoices', url: 'http://127.0.0.1:9/erp', secret: randomBytes(32).toString('hex') });
    expect(erp.status, JSON.stringify(erp.body)).toBeLessThan(300);
  }, 300_000);

  afterAll(async () => {
    await stack?.stop();
  });

  const stores = `STORES-S5-${run}`;

  /** Receiving: the tubing lot is recorded, inspected within every limit, released and put away in the scenario's store. */
  async function receiveTubing(supplierLot: string): Promise<{ lot: string; receipt: string }> {
    const instance = await steps.startProcess('receiving', `RECEIVING-S5-${run}`, {
      receipt: {
        purchaseOrder: 'PO-2026-00012',
        supplier: 'SUP-TUBE-01',
        receivedAt: new Date().toISOString(),
        receivedBy: 'Zhang Wei',
        deliveryNote: `DN-S5-${run}`,
        status: 'received',
        lines: [{ purchaseOrderLine: 1, material: 'RM-TUBE-PVC-106', quantity: 5000, supplierLot, certificateOfConformity: true }],
      },
    });
    const inspection = await steps.taskAt(instance, 'Task_RecordResults');
    const lot = await steps.variable<string>(instance, 'lotCode');
    const inspectionLot = await steps.variable<string>(instance, 'inspectionLotCode');
    await steps.completeTask(
      inspection.id,
      'qa.li',
      { lot, inspectionLot, samplesInspected: 200, outerDiameterMinIn: 0.1488, outerDiameterMaxIn: 0.1512, innerDiameterMinIn: 0.1052, innerDiameterMaxIn: 0.1068, hardnessMinShoreA: 76, hardnessMaxShoreA: 80, visualDefects: 0 },
      'reviewed',
    );
    expect(await steps.endEventOf(instance)).toBe('EndEvent_Released');
    const putAway = await apiCall(api, 'POST', '/inventory/movements', { idempotencyKey: `put-away-${lot}`, movements: [{ type: 'transfer', lot, location: 'RECEIVING', toLocation: stores, quantity: 5000 }] }, { as: 'production.liu' });
    expect(putAway.status, JSON.stringify(putAway.body)).toBe(201);
    return { lot, receipt: await steps.variable<string>(instance, 'receiptCode') };
  }

  /** Production: one work order of `sets` from the approved master record, every test passing. */
  async function make(sets: number, key: string, expiresOn: string): Promise<{ lot: string; workOrder: string }> {
    const instance = await steps.startProcess('production', key, { deviceMasterRecord: 'DMR-IVS-20D-V1', quantityPlanned: sets, plannedStartOn: today, plannedFinishOn: today, expiresOn, componentLocation: stores });
    const line = productionSteps(api, steps, instance);
    await line.runEveryOperation(sets);
    expect(await steps.endEventOf(instance)).toBe('EndEvent_LotMade');
    return { lot: await line.lot(), workOrder: await line.workOrder() };
  }

  /** Sterilization and QA release of the lots in one load, every check passing. */
  async function sterilizeAndRelease(lots: string[]): Promise<string> {
    const instance = await steps.startProcess('sterilization-release', `EO-S5-${run}`, { contractor: 'SUP-EO-01', cycle: 'EO-IVS-CYCLE-A', lots });
    const results = await steps.taskAt(instance, 'Task_EnterResults');
    const load = await steps.variable<string>(instance, 'sterilizationLoadCode');
    await steps.completeTask(results.id, 'qa.li', { sterilizationLoad: load, exposureTemperature: 54.5, relativeHumidity: 62, exposureTime: 6, eoResidual: 1.2, biologicalIndicatorResult: 'pass', biologicalIndicatorLot: 'BI-S5' }, 'reviewed');
    const release = await steps.taskAt(instance, 'Task_QaRelease');
    await steps.completeTask(release.id, 'qa.li', { sterilizationLoad: load, releaseDecision: 'release', justification: 'Cycle, indicator and residual within limits; batch records reviewed' }, 'approved-for-release');
    expect(await steps.endEventOf(instance)).toBe('EndEvent_Released');
    return load;
  }

  /** Shipping: FEFO from the finished goods warehouse to a customer. */
  async function ship(customer: string, quantity: number): Promise<string> {
    const instance = await steps.startProcess('shipping', `SO-S5-${customer}-${run}`, { customer, material: 'FG-IVS-20D', quantity, plannedOn: today, gtin: '06901234000016', shipFrom: 'WH-FG' });
    expect(await steps.endEventOf(instance)).toBe('EndEvent_Shipped');
    return steps.variable<string>(instance, 'shipmentCode');
  }

  it('traces the tubing lot forward to both consignees, and a shipped lot backward to every supplier lot', async () => {
    // Given the tubing lot received through incoming inspection, and released lots of every other component
    const tubing = await receiveTubing(`TB-S5-${run}`);
    const others: StockedLot[] = [];
    for (const { material, quantityPer, supplier } of componentsPerSet.filter((component) => component.material !== 'RM-TUBE-PVC-106')) {
      others.push(await receiveReleasedLot(api, steps, { material, supplier, quantity: quantityPer * 1000, expiresOn: '2030-06-30', supplierLot: `${supplier}-${material}-S5` }, stores));
    }

    // And two work orders making 400 and 600 sets from it, one sterilization load, QA release
    const first = await make(400, `WO-S5-1-${run}`, '2029-11-23');
    const second = await make(600, `WO-S5-2-${run}`, '2029-12-31');
    const load = await sterilizeAndRelease([first.lot, second.lot]);
    for (const lot of [first.lot, second.lot]) expect((await steps.record<{ status: string }>('lot', lot)).values.status).toBe('released');

    // And shipments to the hospital distributor and the EU distributor: first expiry first, so the first lot to the hospital
    const toHospital = await ship('CUS-CN-HOSP-01', 400);
    const toEurope = await ship('CUS-EU-DIST-01', 500);
    expect((await steps.record<{ lines: Array<{ lot: string }> }>('shipment', toHospital)).values.lines.map((line) => line.lot)).toEqual([first.lot]);

    // When the tubing lot is traced forward
    const forward = await apiCall<TraceGraph>(api, 'GET', `/trace/lot/${tubing.lot}?direction=forward&depth=5`);
    expect(forward.status, JSON.stringify(forward.body)).toBe(200);
    const reached = new Set(forward.body.nodes.map((node) => node.id));

    // Then it reaches both work orders, both finished lots, both shipments and both consignees
    for (const node of [`work-order:${first.workOrder}`, `work-order:${second.workOrder}`, `lot:${first.lot}`, `lot:${second.lot}`, `shipment:${toHospital}`, `shipment:${toEurope}`]) expect(reached, node).toContain(node);
    const consignees = forward.body.edges.filter((edge) => edge.relation === 'delivered-to').map((edge) => edge.to);
    expect([...new Set(consignees)].sort()).toEqual(['customer:CUS-CN-HOSP-01', 'customer:CUS-EU-DIST-01']);

    // When the lot shipped to Europe is traced backward
    const shipped = await steps.record<{ lines: Array<{ lot: string }> }>('shipment', toEurope);
    expect(shipped.values.lines.map((line) => line.lot)).toEqual([second.lot]);
    const shippedLot = second.lot;
    const backward = await apiCall<TraceGraph>(api, 'GET', `/trace/lot/${shippedLot}?direction=backward&depth=5`);
    expect(backward.status).toBe(200);
    const sources = new Set(backward.body.nodes.map((node) => node.id));

    // Then it reaches its sterilization load, its work order, every component lot, every supplier lot and the tubing's receipt
    expect(sources).toContain(`sterilization-load:${load}`);
    expect(sources).toContain(`receipt:${tubing.receipt}`);
    expect(sources).toContain(`supplier-lot:SUP-TUBE-01/TB-S5-${run}`);
    for (const component of others) {
      expect(sources, component.material).toContain(`lot:${component.lot}`);
      expect(sources, component.material).toContain(`supplier-lot:${component.supplier}/${component.supplierLot}`);
    }
    expect([...sources].filter((id) => id.startsWith('supplier:')).sort()).toEqual(['supplier:SUP-FILT-01', 'supplier:SUP-LABL-01', 'supplier:SUP-MOLD-01', 'supplier:SUP-PACK-01', 'supplier:SUP-TUBE-01']);

    // And the ledger balances: 1000 sets made, 900 shipped, 100 left; 1500 m of the 5000 m of tubing issued
    const onHand = async (lot: string) => ((await apiCall(api, 'GET', `/inventory/balances?lot=${lot}`)).body.items as Array<{ onHand: number }>)[0]?.onHand ?? 0;
    expect(await onHand(first.lot)).toBe(0);
    expect(await onHand(second.lot)).toBe(100);
    expect(await onHand(tubing.lot)).toBe(3500);
  }, 600_000);
});
