import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall } from '../../../test/support/start-services.js';
import { makeAndShipForRecallDrill } from './recall-drill.js';
import { scenarioSteps, startScenarioStack, type RunningApi } from './release-scenario-support.js';

interface TraceGraph {
  nodes: Array<{ id: string }>;
  edges: Array<{ from: string; to: string; relation: string }>;
}

const run = Date.now().toString(36).toUpperCase();

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

  it('traces the tubing lot forward to both consignees, and a shipped lot backward to every supplier lot', async () => {
    // Given the tubing lot received through incoming inspection, and released lots of every other component,
    // two work orders making 400 and 600 sets from it, one sterilization load, QA release,
    // and shipments to the hospital distributor and the EU distributor
    const { tubing, others, first, second, load, toHospital, toEurope } = await makeAndShipForRecallDrill(api, steps, run);
    for (const lot of [first.lot, second.lot]) expect((await steps.record<{ status: string }>('lot', lot)).values.status).toBe('released');

    // First expiry first, so the first lot to the hospital
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

    // And the ledger balances: 1000 sets made, 900 shipped, 100 left; 1600 m of the 5000 m of tubing issued
    const onHand = async (lot: string) => ((await apiCall(api, 'GET', `/inventory/balances?lot=${lot}`)).body.items as Array<{ onHand: number }>)[0]?.onHand ?? 0;
    expect(await onHand(first.lot)).toBe(0);
    expect(await onHand(second.lot)).toBe(100);
    expect(await onHand(tubing.lot)).toBe(3400);
  }, 600_000);
});
