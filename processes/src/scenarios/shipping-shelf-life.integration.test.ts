import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall } from '../../../test/support/start-services.js';
import { scenarioSteps, startScenarioStack, type RunningApi } from './release-scenario-support.js';

/**
 * Scenario 4 of every release: FEFO finds only a lot below the customer's minimum remaining shelf
 * life. Shipping waits for QA; without a signed override nothing ships, with one the short-dated
 * lot ships with its UDI, the ledger's shipment and the ERP's invoice event.
 */
describe("scenario 4: shipping below the customer's minimum shelf life, on the real engine", () => {
  let stack: Awaited<ReturnType<typeof startScenarioStack>>;
  let api: RunningApi;
  let steps: ReturnType<typeof scenarioSteps>;
  const customer = 'CUS-CN-HOSP-01'; // at least 540 days of shelf life left when shipped
  const gtin = '06901234000016';
  const today = new Date().toISOString().slice(0, 10);
  const shortDatedExpiry = new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10);
  let keys = 0;

  beforeAll(async () => {
    stack = await startScenarioStack({ INTEGRATION_SECRET_KEY: randomBytes(32).toString('hex') });
    api = stack.api;
    steps = scenarioSteps(api);
    const erp = await apiCall(api, 'PUT', '/integrations/endpoints/erp', { kind: 'erp', description: 'ERP: invoices and compliance documents', url: 'http://127.0.0.1:9/lotflow', secret: randomBytes(32).toString('hex') });
    expect(erp.status, JSON.stringify(erp.body)).toBeLessThan(300);
  }, 300_000);

  afterAll(async () => {
    await stack?.stop();
  });

  /** A released finished lot with 300 days to expiry, 500 sets in stock at `location`. */
  async function shortDatedLot(location: string): Promise<string> {
    const lot = await steps.createRecord('lot', { material: 'FG-IVS-20D', status: 'released', quantity: 500, manufacturedOn: '2024-09-01', expiresOn: shortDatedExpiry, workOrder: 'WO-202603-0001' });
    const posted = await apiCall(
      api,
      'POST',
      '/inventory/movements',
      { idempotencyKey: `scenario-4:${Date.now()}:${++keys}`, movements: [{ type: 'production-output', lot, location, quantity: 500, document: { type: 'work-order', code: 'WO-202603-0001' } }] },
      { as: 'production.liu' },
    );
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    return lot;
  }

  const order = (shipFrom: string) => ({ customer, material: 'FG-IVS-20D', quantity: 100, plannedOn: today, gtin, shipFrom });
  const balanceOf = async (lot: string) => (await apiCall(api, 'GET', `/inventory/balances?lot=${lot}`)).body.items[0] as { onHand: number; reserved: number; lotStatus: string };

  it('blocks the short-dated lot: shipping waits for QA, and a decision not to ship ships nothing', async () => {
    const lot = await shortDatedLot('FG-S4-BLOCKED');
    const instance = await steps.startProcess('shipping', `SO-BLOCKED-${lot}`, order('FG-S4-BLOCKED'));

    // FEFO refuses the lot for this customer and says why; the process waits in QA's inbox
    const decision = await steps.taskAt(instance, 'Task_ShelfLifeDecision');
    expect(await steps.variable(instance, 'lotflowErrorCode')).toBe('LOTFLOW_SHORTFALL');
    expect(await steps.variable<string>(instance, 'lotflowErrorMessage')).toContain(`${lot} at FG-S4-BLOCKED (expires on ${shortDatedExpiry}`);
    expect(await steps.variable<string>(instance, 'lotflowErrorMessage')).toContain('at least 540 days are required');
    expect(await balanceOf(lot)).toMatchObject({ onHand: 500, reserved: 0 });

    // and nobody can reserve it on the side without a signed decision
    const bypass = await apiCall(
      api,
      'POST',
      '/inventory/reservations',
      { idempotencyKey: `scenario-4-bypass:${lot}`, material: 'FG-IVS-20D', quantity: 100, customer, location: 'FG-S4-BLOCKED', shelfLifeOverride: { reason: 'Customer asked for it by phone' } },
      { as: 'qa.li' },
    );
    expect(bypass.status).toBe(400);

    // QA decides not to ship: nothing moves
    await steps.completeTask(decision.id, 'qa.li', { customer, material: 'FG-IVS-20D', shelfLifeDecision: 'do-not-ship', overrideReason: 'Customer requires 18 months; wait for the next lot.' }, 'disposition-decision');
    expect(await steps.endEventOf(instance)).toBe('EndEvent_NotShipped');
    expect(await balanceOf(lot)).toMatchObject({ onHand: 500, reserved: 0, lotStatus: 'released' });
    expect((await apiCall(api, 'GET', `/trace/lot/${lot}?direction=forward&depth=2`)).body.edges.filter((edge: { relation: string }) => edge.relation === 'shipped-in')).toEqual([]);
  });

  it('ships the short-dated lot with a signed override: reservation, shipment with UDI, ledger, trace and invoice event', async () => {
    const lot = await shortDatedLot('FG-S4-OVERRIDE');
    const instance = await steps.startProcess('shipping', `SO-OVERRIDE-${lot}`, order('FG-S4-OVERRIDE'));

    // QA signs the override with its reason
    const decision = await steps.taskAt(instance, 'Task_ShelfLifeDecision');
    const reason = 'Customer accepted 10 months in writing for tender T-2611.';
    const signed = await steps.completeTask(decision.id, 'qa.li', { customer, material: 'FG-IVS-20D', shelfLifeDecision: 'ship-short-dated', overrideReason: reason }, 'disposition-decision');
    expect(await steps.endEventOf(instance)).toBe('EndEvent_Shipped');

    // the override is signed: printed name, meaning, time, bound to the decision
    const decisionRecord = await steps.record('shelf-life-override', signed.record!.code);
    expect(decisionRecord.signatures).toEqual([expect.objectContaining({ printedName: 'Li Wei / 李伟', meaning: 'disposition-decision', state: 'valid' })]);
    const reservation = (await apiCall(api, 'GET', `/inventory/reservations/${await steps.variable<string>(instance, 'reservationId')}`)).body;
    expect(reservation).toMatchObject({
      status: 'fulfilled',
      customer,
      shelfLifeOverrideReason: reason,
      shelfLifeOverrideSignature: { printedName: 'Li Wei / 李伟', meaning: 'disposition-decision', decision: { type: 'shelf-life-override', code: signed.record!.code } },
      lines: [{ lot, quantity: 100, consumed: 100, belowMinimumShelfLife: true }],
    });

    // the shipment record names the lot and carries its UDI: (01) GTIN, (17) expiry, (10) lot
    const shipmentCode = await steps.variable<string>(instance, 'shipmentCode');
    const shipment = await steps.record<{ status: string; customer: string; lines: Array<{ lot: string; quantity: number; udi: string }> }>('shipment', shipmentCode);
    expect(shipment.values).toMatchObject({ status: 'shipped', customer, lines: [{ lot, quantity: 100 }] });
    const udi = await apiCall(api, 'POST', '/udi/parse', { value: shipment.values.lines[0]!.udi });
    expect(udi.status, JSON.stringify(udi.body)).toBe(200);
    expect(udi.body).toMatchObject({ gtin, lot, expiryDate: shortDatedExpiry });

    // the ledger shows the shipment against the reservation, the balance what is left, the trace where it went
    const ledger = (await apiCall(api, 'GET', `/inventory/movements?lot=${lot}`)).body.items as Array<{ type: string; quantity: number; document: unknown; reservation: string | null; balanceAfter: number }>;
    expect(ledger.at(-1)).toMatchObject({ type: 'shipment', quantity: -100, document: { type: 'shipment', code: shipmentCode }, reservation: reservation.id, balanceAfter: 400 });
    expect(await balanceOf(lot)).toMatchObject({ onHand: 400, reserved: 0, lotStatus: 'released' });
    const forward = await apiCall(api, 'GET', `/trace/lot/${lot}?direction=forward&depth=2`);
    expect(forward.body.edges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: `lot:${lot}`, to: `shipment:${shipmentCode}`, relation: 'shipped-in' }),
        expect.objectContaining({ from: `shipment:${shipmentCode}`, to: `customer:${customer}`, relation: 'delivered-to' }),
      ]),
    );

    // and the ERP is told to invoice the shipment (and to issue its certificate of conformance)
    const messages = await apiCall(api, 'GET', '/integrations/messages', undefined, { as: 'operations.sun' });
    expect(messages.status).toBe(200);
    const invoice = (messages.body.items as Array<{ endpoint: string; type: string; payload: Record<string, unknown> }>).find((message) => message.type === 'shipment.shipped' && message.payload.shipment === shipmentCode);
    expect(invoice).toMatchObject({ endpoint: 'erp', payload: { customer, material: 'FG-IVS-20D', quantity: 100, lot, documents: ['invoice', 'certificate-of-conformance'] } });
    expect(invoice!.payload.certificateOfConformance).toBe(await steps.variable<string>(instance, 'certificateOfConformanceId'));
  });

  it('ships an order larger than one lot from two, first expiry first: a line per lot with its UDI, all of it on the certificate of conformance', async () => {
    // Given two released lots with years of shelf life, the one expiring first with 150 sets
    const location = 'FG-S4-TWO-LOTS';
    const released = async (quantity: number, expiresOn: string) => {
      const lot = await steps.createRecord('lot', { material: 'FG-IVS-20D', status: 'released', quantity, manufacturedOn: '2026-10-01', expiresOn, workOrder: 'WO-202603-0001' });
      const posted = await apiCall(api, 'POST', '/inventory/movements', { idempotencyKey: `scenario-4:${Date.now()}:${++keys}`, movements: [{ type: 'production-output', lot, location, quantity, document: { type: 'work-order', code: 'WO-202603-0001' } }] }, { as: 'production.liu' });
      expect(posted.status, JSON.stringify(posted.body)).toBe(201);
      return lot;
    };
    const later = await released(500, '2029-12-31');
    const earlier = await released(150, '2029-10-31');

    // When 400 sets are ordered
    const instance = await steps.startProcess('shipping', `SO-TWO-LOTS-${earlier}`, { ...order(location), quantity: 400 });
    expect(await steps.endEventOf(instance)).toBe('EndEvent_Shipped');

    // Then the shipment has a line per lot, the earlier one emptied first, each with its own UDI
    const shipmentCode = await steps.variable<string>(instance, 'shipmentCode');
    const shipment = await steps.record<{ lines: Array<{ lot: string; quantity: number; udi: string; expiresOn: string; location: string }> }>('shipment', shipmentCode);
    expect(shipment.values.lines.map(({ lot, quantity, expiresOn, location: from }) => ({ lot, quantity, expiresOn, from }))).toEqual([
      { lot: earlier, quantity: 150, expiresOn: '2029-10-31', from: location },
      { lot: later, quantity: 250, expiresOn: '2029-12-31', from: location },
    ]);
    for (const line of shipment.values.lines) {
      const udi = await apiCall(api, 'POST', '/udi/parse', { value: line.udi });
      expect(udi.body).toMatchObject({ gtin, lot: line.lot, expiryDate: line.expiresOn });
    }

    // And the ledger took each lot against the one reservation
    expect(await balanceOf(earlier), 'an emptied lot has no balance left').toBeUndefined();
    expect(await balanceOf(later)).toMatchObject({ onHand: 250, reserved: 0 });
    const reservation = (await apiCall(api, 'GET', `/inventory/reservations/${await steps.variable<string>(instance, 'reservationId')}`)).body;
    expect(reservation).toMatchObject({ status: 'fulfilled', lines: [{ lot: earlier, consumed: 150 }, { lot: later, consumed: 250 }] });

    // And the certificate of conformance lists both lots with their UDI
    const certificate = (await apiCall(api, 'GET', `/documents/${await steps.variable<string>(instance, 'certificateOfConformanceId')}`, undefined, { as: 'qa.li' })).body;
    expect(certificate.model.lines.map((line: { lot: string; quantity: number; udi: string }) => [line.lot, line.quantity, line.udi])).toEqual(shipment.values.lines.map((line) => [line.lot, line.quantity, line.udi]));
  });
});
