import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall } from '../../../test/support/start-services.js';
import { scenarioSteps, startScenarioStack, type RunningApi } from './release-scenario-support.js';

/**
 * Scenario 3 of every release: one sterilization load covers three lots and its biological
 * indicator fails, so all three go on hold and nothing of them can be reserved or shipped.
 */
describe('scenario 3: a sterilization load whose biological indicator fails, on the real engine', () => {
  let stack: Awaited<ReturnType<typeof startScenarioStack>>;
  let api: RunningApi;
  let steps: ReturnType<typeof scenarioSteps>;
  const location = 'FG-STERILE-S3';
  let keys = 0;
  const nextKey = () => `scenario-3:${Date.now()}:${++keys}`;

  beforeAll(async () => {
    stack = await startScenarioStack();
    api = stack.api;
    steps = scenarioSteps(api);
  }, 300_000);

  afterAll(async () => {
    await stack?.stop();
  });

  async function producedLot(workOrder: string, status = 'quarantine'): Promise<string> {
    const lot = await steps.createRecord('lot', { material: 'FG-IVS-20D', status, quantity: 2000, manufacturedOn: '2026-03-05', expiresOn: '2029-03-04', workOrder });
    const posted = await apiCall(
      api,
      'POST',
      '/inventory/movements',
      { idempotencyKey: nextKey(), movements: [{ type: 'production-output', lot, location, quantity: 2000, document: { type: 'work-order', code: workOrder } }] },
      { as: 'production.liu' },
    );
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    return lot;
  }

  it('puts the load and its three lots on hold, links them in the trace, and blocks reserving and shipping them', async () => {
    // Given three finished lots of one work order, in quarantine, sent to the contract sterilizer in one load
    const lots = [await producedLot('WO-202603-0001'), await producedLot('WO-202603-0001'), await producedLot('WO-202603-0001')];
    const instance = await steps.startProcess('sterilization-release', `EO-${lots[0]}`, { contractor: 'SUP-EO-01', cycle: 'EO-IVS-CYCLE-A', lots });

    // When QA enters the contractor's report: the cycle is in range, but the biological indicator grew
    const resultsTask = await steps.taskAt(instance, 'Task_EnterResults');
    const loadCode = await steps.variable<string>(instance, 'sterilizationLoadCode');
    const entered = await steps.completeTask(
      resultsTask.id,
      'qa.li',
      { sterilizationLoad: loadCode, exposureTemperature: 54.5, relativeHumidity: 62, exposureTime: 6, eoResidual: 1.2, biologicalIndicatorResult: 'fail', biologicalIndicatorLot: 'BI-2603-17' },
      'reviewed',
    );
    expect(entered.signature).toMatchObject({ meaning: 'reviewed', printedName: 'Li Wei / 李伟' });

    // Then the release checks hold the load without anyone deciding, and every lot in it
    expect(await steps.endEventOf(instance)).toBe('EndEvent_Held');
    expect(await steps.variable(instance, 'loadDispositionReason')).toBe('biological-indicator-failed');
    const load = await steps.record<{ status: string; biologicalIndicatorResult: string; lots: string[] }>('sterilization-load', loadCode);
    expect(load.values).toMatchObject({ status: 'hold', biologicalIndicatorResult: 'fail', lots });
    for (const lot of lots) expect((await steps.record<{ status: string }>('lot', lot)).values.status).toBe('hold');

    // And the trace links the load to each of its lots, and each lot back to the load
    const forward = await apiCall(api, 'GET', `/trace/sterilization-load/${loadCode}?direction=forward&depth=1`);
    expect(forward.status).toBe(200);
    const sterilized = (forward.body.edges as Array<{ from: string; to: string; relation: string }>).filter((edge) => edge.relation === 'sterilized');
    expect(sterilized.map((edge) => edge.to).sort()).toEqual(lots.map((lot) => `lot:${lot}`).sort());
    for (const edge of sterilized) expect(edge.from).toBe(`sterilization-load:${loadCode}`);
    const backward = await apiCall(api, 'GET', `/trace/lot/${lots[1]}?direction=backward&depth=2`);
    expect((backward.body.nodes as Array<{ id?: string; type?: string; code?: string }>).some((node) => JSON.stringify(node).includes(loadCode))).toBe(true);

    // And the ledger still holds the stock, shown as held
    const balances = await apiCall(api, 'GET', `/inventory/balances?location=${location}`);
    expect((balances.body.items as Array<{ lot: string; onHand: number; lotStatus: string }>).filter((row) => lots.includes(row.lot)).map((row) => [row.lot, row.onHand, row.lotStatus])).toEqual(
      lots.map((lot) => [lot, 2000, 'hold']),
    );

    // And none of them can be reserved for a customer: FEFO skips each, naming its status
    const reservation = await apiCall(api, 'POST', '/inventory/reservations', { idempotencyKey: nextKey(), material: 'FG-IVS-20D', quantity: 10, customer: 'CUS-CN-HOSP-01', location }, { as: 'qa.li' });
    expect(reservation.status).toBe(409);
    for (const lot of lots) expect(reservation.body.detail).toContain(`${lot} at ${location} (status 'hold'`);

    // And none can be shipped, even against an existing shipment
    const releasedLot = await producedLot('WO-202603-0001', 'released');
    const shipment = await steps.createRecord('shipment', {
      customer: 'CUS-CN-HOSP-01',
      plannedOn: '2026-03-20',
      status: 'planned',
      lines: [{ material: 'FG-IVS-20D', lot: releasedLot, quantity: 10, udi: `(01)06901234000016(17)290304(10)${releasedLot}` }],
    });
    for (const lot of lots) {
      const shipped = await apiCall(
        api,
        'POST',
        '/inventory/movements',
        { idempotencyKey: nextKey(), movements: [{ type: 'shipment', lot, location, quantity: 10, document: { type: 'shipment', code: shipment } }] },
        { as: 'qa.li' },
      );
      expect(shipped.status).toBe(409);
      expect(shipped.body.detail).toBe(`Lot ${lot} has status 'hold': only a released lot can be shipped. Nothing was posted.`);
    }
  });
});
