import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signedDecision } from '../../../../test/support/signed-decision.js';
import { apiCall, signIn, startTestApi } from '../../../../test/support/start-services.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

describe('the inventory ledger over HTTP', () => {
  let api: RunningApi;
  const qa = { as: 'qa.li' };
  const production = { as: 'production.liu' };
  let keys = 0;
  const nextKey = (step: string) => `external-task-${++keys}:${step}`;

  const createRecord = async (type: string, values: Record<string, unknown>): Promise<string> => {
    const created = await apiCall(api, 'POST', `/records/${type}`, { values }, { as: 'analyst.chen' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.code as string;
  };
  const createLot = (values: Record<string, unknown>) => createRecord('lot', { quantity: 1000, ...values });
  const createWorkOrder = () =>
    createRecord('work-order', {
      material: 'FG-IVS-20D',
      routing: 'RT-IVS-20D-V1',
      bomRevision: 'A',
      labelRevision: 'C',
      quantityPlanned: 500,
      plannedStartOn: '2026-03-10',
      status: 'released',
    });
  const createShipment = (customer: string, lot: string) =>
    createRecord('shipment', {
      customer,
      plannedOn: '2026-03-20',
      status: 'planned',
      lines: [{ material: 'FG-IVS-20D', lot, quantity: 200, udi: `(01)06901234500019(10)${lot}` }],
    });
  const post = (movements: unknown[], options: { as?: string; key?: string; links?: unknown[] } = {}) =>
    apiCall(api, 'POST', '/inventory/movements', { idempotencyKey: options.key ?? nextKey('post'), movements, ...(options.links ? { links: options.links } : {}) }, { as: options.as ?? 'qa.li' });
  const balances = async (query: string) => (await apiCall(api, 'GET', `/inventory/balances?${query}`, undefined, { as: 'analyst.chen' })).body.items as Array<Record<string, unknown>>;
  const ledgerRows = async (lot: string) => (await apiCall(api, 'GET', `/inventory/movements?lot=${lot}`)).body.items as Array<Record<string, unknown>>;

  beforeAll(async () => {
    api = await startTestApi();
    const loaded = await apiCall(api, 'POST', '/dictionary/pack/load');
    expect([200, 201]).toContain(loaded.status);
  }, 300_000);

  afterAll(async () => {
    await api?.close();
  });

  it('posts a receipt, a transfer and a scrap; balances are the exact sums of the ledger', async () => {
    // given a quarantined tubing lot: receiving and moving quarantined stock is allowed
    const lot = await createLot({ material: 'RM-TUBE-PVC-106', status: 'quarantine', supplier: 'SUP-TUBE-01', supplierLot: 'LH-BAL-01', receipt: 'GR-260227-001' });

    // when it is received, part moved to the raw-material store and a sample scrapped
    const posted = await post([
      { type: 'receipt', lot, location: 'RECEIVING', quantity: 1200.5 },
      { type: 'transfer', lot, location: 'RECEIVING', toLocation: 'RAW-STOCK', quantity: '1000.25' },
      { type: 'scrap', lot, location: 'RECEIVING', quantity: 0.1 },
      { type: 'scrap', lot, location: 'RECEIVING', quantity: 0.2 },
    ]);

    // then the ledger holds signed rows, the receipt points at the lot's receipt, and the balances add up to the thousandth
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    expect(posted.body.movements.map((row: { location: string; quantity: number }) => [row.location, row.quantity])).toEqual([
      ['RECEIVING', 1200.5],
      ['RECEIVING', -1000.25],
      ['RAW-STOCK', 1000.25],
      ['RECEIVING', -0.1],
      ['RECEIVING', -0.2],
    ]);
    expect(posted.body.movements[0]).toMatchObject({ type: 'receipt', material: 'RM-TUBE-PVC-106', document: { type: 'receipt', code: 'GR-260227-001' } });
    expect(await balances(`lot=${lot}`)).toEqual([
      { material: 'RM-TUBE-PVC-106', lot, location: 'RAW-STOCK', onHand: 1000.25, reserved: 0, available: 1000.25, lotStatus: 'quarantine', expiresOn: null, expired: false },
      { material: 'RM-TUBE-PVC-106', lot, location: 'RECEIVING', onHand: 199.95, reserved: 0, available: 199.95, lotStatus: 'quarantine', expiresOn: null, expired: false },
    ]);
    const ledger = await ledgerRows(lot);
    expect(ledger.map((row) => row.balanceAfter)).toEqual([1200.5, 200.25, 1200.5, 1200.4, 1200.2]);

    // and taking more than is there is refused, naming the lot, the location and what is free
    const tooMuch = await post([{ type: 'scrap', lot, location: 'RECEIVING', quantity: 200 }]);
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.detail).toBe(`Lot ${lot} at RECEIVING has 199.95 free (199.95 on hand, 0 reserved); line 1 asks for 200. Nothing was posted.`);
    expect(tooMuch.body.errors).toEqual([{ pointer: '/movements/0/quantity', detail: tooMuch.body.detail }]);

    // and a quantity with more than three decimals, an unknown lot and a transfer without destination are named field by field
    const invalid = await post([
      { type: 'receipt', lot, location: 'RECEIVING', quantity: 1.0005 },
      { type: 'receipt', lot: 'LOT-NO-SUCH', location: 'RECEIVING', quantity: 1 },
      { type: 'transfer', lot, location: 'RECEIVING', quantity: 1 },
      { type: 'receipt', lot, location: 'RECEIVING', quantity: 1, reservation: '00000000-0000-4000-8000-000000000001' },
    ]);
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual([
      '/body/movements/0/quantity',
      '/body/movements/1/lot',
      '/body/movements/2/toLocation',
      '/body/movements/3/reservation',
    ]);
    const forNobody = await apiCall(api, 'POST', '/inventory/reservations', { idempotencyKey: nextKey('reserve'), material: 'RM-TUBE-PVC-106', quantity: 1 }, qa);
    expect(forNobody.body.errors).toEqual([{ pointer: '/body/customer', detail: 'or workOrder is required: say whom the stock is for' }]);
  });

  it('answers a repeated posting with its first result and changes nothing; the same key with other content is a conflict', async () => {
    const lot = await createLot({ material: 'CP-DRIP-6ML', status: 'released' });
    const key = nextKey('receive');
    const movements = [{ type: 'receipt', lot, location: 'RAW-STOCK', quantity: 500 }];

    const first = await post(movements, { key });
    const again = await post(movements, { key });
    // a redelivered task racing itself: every copy gets the one posting
    const racing = await Promise.all(Array.from({ length: 5 }, () => post(movements, { key })));

    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(racing.map((response) => [response.status, response.body.postingId])).toEqual(Array.from({ length: 5 }, () => [200, first.body.postingId]));
    expect(await ledgerRows(lot)).toHaveLength(1);
    expect((await balances(`lot=${lot}`))[0]).toMatchObject({ onHand: 500 });

    const different = await post([{ type: 'receipt', lot, location: 'RAW-STOCK', quantity: 501 }], { key });
    expect(different.status).toBe(409);
    expect(different.body.detail).toMatch(new RegExp(`^The idempotency key '${key}' was used by qa\\.li at .+ for a different posting: nothing was posted\\.`));
    expect(different.body.errors[0].pointer).toBe('/idempotencyKey');
    expect(await ledgerRows(lot)).toHaveLength(1);

    const audit = await apiCall(api, 'GET', `/audit/events?entityType=inventory-posting&entityId=${encodeURIComponent(key)}`);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({ action: 'inventory.posted', actor: 'qa.li', after: { lots: [lot] } });
  });

  it('never takes more than is there when withdrawals and reservations race for one lot', async () => {
    const lot = await createLot({ material: 'CP-CLAMP-RL', status: 'released' });
    const workOrder = await createWorkOrder();
    expect((await post([{ type: 'receipt', lot, location: 'RACE', quantity: 100 }])).status).toBe(201);
    await signIn(api, 'production.liu');

    // ten issues of 20 and four reservations of 10 at once, for 100 on hand
    const [issues, reservations] = await Promise.all([
      Promise.all(Array.from({ length: 10 }, () => post([{ type: 'issue', lot, location: 'RACE', quantity: 20, document: { type: 'work-order', code: workOrder } }], production))),
      Promise.all(
        Array.from({ length: 4 }, () =>
          apiCall(api, 'POST', '/inventory/reservations', { idempotencyKey: nextKey('reserve'), material: 'CP-CLAMP-RL', quantity: 10, workOrder, location: 'RACE' }, production),
        ),
      ),
    ]);

    const issued = issues.filter((response) => response.status === 201).length * 20;
    const reserved = reservations.filter((response) => response.status === 201).length * 10;
    expect([...issues, ...reservations].every((response) => response.status === 201 || response.status === 409)).toBe(true);
    expect(issued + reserved).toBeLessThanOrEqual(100);
    expect(issued + reserved).toBeGreaterThanOrEqual(90);
    // a lot with nothing left has no balance row
    const [balance] = await balances(`lot=${lot}`);
    expect([balance?.onHand ?? 0, balance?.reserved ?? 0, balance?.available ?? 0]).toEqual([100 - issued, reserved, 100 - issued - reserved]);
    expect((await ledgerRows(lot)).at(-1)?.balanceAfter).toBe(100 - issued);
  });

  it('lets no quarantined, held or expired lot be issued, shipped or reserved: the 409 names the lot and why', async () => {
    const workOrder = await createWorkOrder();
    const quarantined = await createLot({ material: 'CP-SPIKE-AV', status: 'quarantine' });
    const held = await createLot({ material: 'CP-SPIKE-AV', status: 'released' });
    const expired = await createLot({ material: 'CP-SPIKE-AV', status: 'released', expiresOn: '2020-01-31' });
    for (const lot of [quarantined, held, expired]) expect((await post([{ type: 'receipt', lot, location: 'RAW-STOCK', quantity: 100 }])).status).toBe(201);

    // qa puts a lot on hold; a reason is required, and production may not do it
    const withoutReason = await apiCall(api, 'POST', `/inventory/lots/${held}/status`, { status: 'hold' }, qa);
    expect(withoutReason.status).toBe(400);
    expect(withoutReason.body.errors).toEqual([{ pointer: '/body/reason', detail: 'is required' }]);
    expect((await apiCall(api, 'POST', `/inventory/lots/${held}/status`, { status: 'hold', reason: 'Supplier notice of a mould defect' }, production)).status).toBe(403);
    const hold = await apiCall(api, 'POST', `/inventory/lots/${held}/status`, { status: 'hold', reason: 'Supplier notice of a mould defect' }, qa);
    expect(hold.status, JSON.stringify(hold.body)).toBe(200);
    expect(hold.body.lot.values.status).toBe('hold');
    const unknownStatus = await apiCall(api, 'POST', `/inventory/lots/${held}/status`, { status: 'lost', reason: 'Cannot find it' }, qa);
    expect(unknownStatus.status).toBe(400);
    expect(unknownStatus.body.errors[0].pointer).toBe('/body/status');

    const issue = (lot: string) => post([{ type: 'issue', lot, location: 'RAW-STOCK', quantity: 10, document: { type: 'work-order', code: workOrder } }], production);
    const quarantinedIssue = await issue(quarantined);
    expect(quarantinedIssue.status).toBe(409);
    expect(quarantinedIssue.body.detail).toBe(`Lot ${quarantined} has status 'quarantine': only a released lot can be issued to a work order. Nothing was posted.`);
    expect((await issue(held)).body.detail).toBe(`Lot ${held} has status 'hold': only a released lot can be issued to a work order. Nothing was posted.`);
    expect((await issue(expired)).body.detail).toBe(`Lot ${expired} expired on 2020-01-31: expired stock can never be issued to a work order. Nothing was posted.`);

    const shipment = await createShipment('CUS-CN-HOSP-01', 'LOT-260227-0001');
    for (const [lot, why] of [
      [quarantined, "has status 'quarantine'"],
      [held, "has status 'hold'"],
      [expired, 'expired on 2020-01-31'],
    ] as const) {
      const shipped = await post([{ type: 'shipment', lot, location: 'RAW-STOCK', quantity: 1, document: { type: 'shipment', code: shipment } }]);
      expect(shipped.status).toBe(409);
      expect(shipped.body.detail).toContain(`Lot ${lot} ${why}`);
      expect(shipped.body.detail).toContain('shipped');
    }

    const reserve = await apiCall(api, 'POST', '/inventory/reservations', { idempotencyKey: nextKey('reserve'), material: 'CP-SPIKE-AV', quantity: 10, workOrder, location: 'RAW-STOCK' }, production);
    expect(reserve.status).toBe(409);
    expect(reserve.body.detail).toContain(`${expired} at RAW-STOCK (expired on 2020-01-31)`);
    expect(reserve.body.detail).toContain(`${held} at RAW-STOCK (status 'hold': only a released lot can be reserved)`);
    expect(reserve.body.detail).toContain(`${quarantined} at RAW-STOCK (status 'quarantine': only a released lot can be reserved)`);

    // and a balanced set with one refused line posts nothing at all: no issue, no output
    const finished = await createLot({ material: 'FG-IVS-20D', status: 'quarantine' });
    const set = await post(
      [
        { type: 'issue', lot: held, location: 'RAW-STOCK', quantity: 10, document: { type: 'work-order', code: workOrder } },
        { type: 'production-output', lot: finished, location: 'FG-QUARANTINE', quantity: 10, document: { type: 'work-order', code: workOrder } },
      ],
      production,
    );
    expect(set.status).toBe(409);
    for (const lot of [quarantined, held, expired]) expect(await ledgerRows(lot)).toHaveLength(1);
    expect(await ledgerRows(finished)).toEqual([]);

    // purchasing may read the stock but not move it
    expect((await post([{ type: 'receipt', lot: quarantined, location: 'RAW-STOCK', quantity: 1 }], { as: 'purchasing.wang' })).status).toBe(403);
    expect((await apiCall(api, 'GET', `/inventory/balances?lot=${quarantined}`, undefined, { as: 'purchasing.wang' })).status).toBe(200);
  });

  it("reserves FEFO: the earliest-expiring released lot that meets the customer's minimum shelf life, skipping a short-dated one", async () => {
    const asOf = '2026-03-10';
    const location = 'FG-FEFO';
    const workOrder = await createWorkOrder();
    const shortDated = await createLot({ material: 'FG-IVS-20D', status: 'released', expiresOn: '2027-01-31' }); // 327 days left
    const early = await createLot({ material: 'FG-IVS-20D', status: 'released', expiresOn: '2027-12-31' }); // 661 days
    const late = await createLot({ material: 'FG-IVS-20D', status: 'released', expiresOn: '2028-12-31' }); // 1027 days
    const held = await createLot({ material: 'FG-IVS-20D', status: 'hold', expiresOn: '2027-06-30' });
    const output = await post(
      [shortDated, early, late, held].map((lot) => ({ type: 'production-output', lot, location, quantity: 100, document: { type: 'work-order', code: workOrder } })),
      production,
    );
    expect(output.status, JSON.stringify(output.body)).toBe(201);

    // the hospital distributor needs 540 days (its customer record says so)
    const reservation = await apiCall(api, 'POST', '/inventory/reservations', { idempotencyKey: nextKey('reserve'), material: 'FG-IVS-20D', quantity: 150, customer: 'CUS-CN-HOSP-01', asOf, location }, qa);
    expect(reservation.status, JSON.stringify(reservation.body)).toBe(201);
    expect(reservation.body).toMatchObject({ status: 'open', quantity: 150, customer: 'CUS-CN-HOSP-01', minimumRemainingShelfLifeDays: 540, asOf });
    expect(reservation.body.lines.map((line: { lot: string; quantity: number }) => [line.lot, line.quantity])).toEqual([
      [early, 100],
      [late, 50],
    ]);
    expect(reservation.body.skipped.map((skip: { lot: string; explanation: string }) => [skip.lot, skip.explanation])).toEqual([
      [shortDated, 'expires on 2027-01-31, 327 days left; at least 540 days are required'],
      [held, "status 'hold': only a released lot can be reserved"],
    ]);
    expect(Object.fromEntries((await balances(`material=FG-IVS-20D&location=${location}`)).map((row) => [row.lot, [row.reserved, row.available]]))).toEqual({
      [shortDated]: [0, 100],
      [early]: [100, 0],
      [late]: [50, 50],
      [held]: [0, 100],
    });

    // the EU distributor needs 730 days: only 50 of the late lot are left for it
    const short = await apiCall(api, 'POST', '/inventory/reservations', { idempotencyKey: nextKey('reserve'), material: 'FG-IVS-20D', quantity: 100, customer: 'CUS-EU-DIST-01', asOf, location }, qa);
    expect(short.status).toBe(409);
    expect(short.body.detail).toContain(`Couldn't reserve 100 of FG-IVS-20D for CUS-EU-DIST-01 as of ${asOf}: 50 short. Allocatable: 50 in ${late} at ${location}.`);
    expect(short.body.detail).toContain(`${shortDated} at ${location} (expires on 2027-01-31, 327 days left; at least 730 days are required)`);
    expect(short.body.detail).toContain('Short-dated lots can be reserved with a shelf-life override and its reason.');

    // an override needs a decision with a valid electronic signature: a reason alone, or an unsigned decision, is refused
    const reserveShortDated = (shelfLifeOverride: Record<string, unknown>) =>
      apiCall(api, 'POST', '/inventory/reservations', { idempotencyKey: nextKey('reserve'), material: 'FG-IVS-20D', quantity: 60, customer: 'CUS-CN-HOSP-01', asOf, location, shelfLifeOverride }, qa);
    const reasonOnly = await reserveShortDated({ reason: 'Customer accepted 11 months for a tender' });
    expect(reasonOnly.status).toBe(400);
    expect(reasonOnly.body.errors).toEqual([expect.objectContaining({ pointer: '/body/shelfLifeOverride/signedDecision' })]);
    const decisionValues = { customer: 'CUS-CN-HOSP-01', material: 'FG-IVS-20D', shelfLifeDecision: 'ship-short-dated', overrideReason: 'Customer accepted 11 months for a tender' };
    const unsignedDecision = await createRecord('shelf-life-override', decisionValues);
    const unsigned = await reserveShortDated({ reason: 'Customer accepted 11 months for a tender', signedDecision: { type: 'shelf-life-override', code: unsignedDecision } });
    expect(unsigned.status).toBe(400);
    expect(unsigned.body.errors[0]).toMatchObject({ pointer: '/body/shelfLifeOverride/signedDecision' });
    expect(unsigned.body.errors[0].detail).toContain(`names the shelf-life-override '${unsignedDecision}', which has no valid electronic signature`);

    // with a signed decision and its reason, the short-dated lot goes first (FEFO), marked, audited and shown with the signature
    const decision = await signedDecision(api, inject('engineUrl'), { formType: 'shelf-life-override', values: decisionValues, signer: 'qa.li', group: 'qa', meaning: 'disposition-decision' });
    const overridden = await reserveShortDated({ reason: 'Customer accepted 11 months for a tender', signedDecision: { type: 'shelf-life-override', code: decision } });
    expect(overridden.status, JSON.stringify(overridden.body)).toBe(201);
    expect(overridden.body.lines).toEqual([expect.objectContaining({ lot: shortDated, quantity: 60, belowMinimumShelfLife: true })]);
    const overrideSignature = { printedName: 'Li Wei / 李伟', username: 'qa.li', meaning: 'disposition-decision', decision: { type: 'shelf-life-override', code: decision, version: 1 } };
    expect(overridden.body.shelfLifeOverrideSignature).toMatchObject(overrideSignature);
    expect((await apiCall(api, 'GET', `/inventory/reservations/${overridden.body.id}`)).body.shelfLifeOverrideSignature).toMatchObject(overrideSignature);
    const audit = await apiCall(api, 'GET', `/audit/events?entityType=inventory-reservation&entityId=${overridden.body.id}`);
    expect(audit.body.items[0]).toMatchObject({ action: 'inventory.reserved', reason: 'Customer accepted 11 months for a tender', after: { shelfLifeOverriddenFor: [shortDated] } });

    // stock reserved for one demand cannot be shipped for another; the reservation's own shipment draws it down
    const shipment = await createShipment('CUS-CN-HOSP-01', early);
    const unreserved = await post([{ type: 'shipment', lot: early, location, quantity: 100, document: { type: 'shipment', code: shipment } }]);
    expect(unreserved.status).toBe(409);
    expect(unreserved.body.detail).toBe(`Lot ${early} at ${location} has 0 free (100 on hand, 100 reserved); line 1 asks for 100. Nothing was posted.`);
    const shipped = await post([{ type: 'shipment', lot: early, location, quantity: 100, document: { type: 'shipment', code: shipment }, reservation: reservation.body.id }]);
    expect(shipped.status, JSON.stringify(shipped.body)).toBe(201);
    const afterShipping = await apiCall(api, 'GET', `/inventory/reservations/${reservation.body.id}`);
    expect(afterShipping.body.lines.map((line: { lot: string; consumed: number }) => [line.lot, line.consumed])).toEqual([
      [early, 100],
      [late, 0],
    ]);

    // putting the late lot on hold releases what was reserved of it; the reservation stays open and short
    const hold = await apiCall(api, 'POST', `/inventory/lots/${late}/status`, { status: 'hold', reason: 'Biological indicator of load EO-01 failed' }, { as: 'mrb.zhao' });
    expect(hold.status).toBe(200);
    expect(hold.body.releasedReservations).toEqual([{ reservation: reservation.body.id, lot: late, location, quantity: 50 }]);
    const afterHold = await apiCall(api, 'GET', `/inventory/reservations/${reservation.body.id}`);
    expect(afterHold.body).toMatchObject({ status: 'open', lines: [{ lot: early, status: 'open' }, { lot: late, status: 'released' }] });
    expect((await balances(`lot=${late}`))[0]).toMatchObject({ lotStatus: 'hold', reserved: 0 });

    // cancelling frees the stock; cancelling again changes nothing
    const cancelled = await apiCall(api, 'DELETE', `/inventory/reservations/${overridden.body.id}?reason=Tender%20lost`, undefined, qa);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelledBy: 'qa.li', cancelReason: 'Tender lost' });
    expect((await apiCall(api, 'DELETE', `/inventory/reservations/${overridden.body.id}`, undefined, qa)).body).toEqual(cancelled.body);
    expect((await balances(`lot=${shortDated}`))[0]).toMatchObject({ reserved: 0, available: 100 });
  });

  it('traces a finished lot back to its supplier lots and a supplier lot forward to every consignee', async () => {
    // given: supplier lots received as component lots, issued to a work order whose output is shipped
    const tubing = await createLot({ material: 'RM-TUBE-PVC-106', status: 'released', supplier: 'SUP-TUBE-01', supplierLot: 'LH-TRACE-01', receipt: 'GR-260227-001' });
    const drip = await createLot({ material: 'CP-DRIP-6ML', status: 'released', supplier: 'SUP-MOLD-01', supplierLot: 'JM-TRACE-01', receipt: 'GR-260225-001' });
    const unrelated = await createLot({ material: 'RM-TUBE-PVC-106', status: 'released', supplier: 'SUP-TUBE-01', supplierLot: 'LH-TRACE-02', receipt: 'GR-260227-001' });
    expect(
      (
        await post([
          { type: 'receipt', lot: tubing, location: 'RAW-STOCK', quantity: 1000 },
          { type: 'receipt', lot: drip, location: 'RAW-STOCK', quantity: 1000 },
          { type: 'receipt', lot: unrelated, location: 'RAW-STOCK', quantity: 1000 },
        ])
      ).status,
    ).toBe(201);
    const workOrder = await createWorkOrder();
    const finished = await createLot({ material: 'FG-IVS-20D', status: 'quarantine', workOrder, expiresOn: '2029-03-01' });
    const produced = await post(
      [
        { type: 'issue', lot: tubing, location: 'RAW-STOCK', quantity: 850.5, document: { type: 'work-order', code: workOrder } },
        { type: 'issue', lot: drip, location: 'RAW-STOCK', quantity: 500, document: { type: 'work-order', code: workOrder } },
        { type: 'production-output', lot: finished, location: 'FG-QUARANTINE', quantity: 500 },
      ],
      production,
    );
    expect(produced.status, JSON.stringify(produced.body)).toBe(201);
    expect((await apiCall(api, 'POST', `/inventory/lots/${finished}/status`, { status: 'released', reason: 'Batch record reviewed, QA release' }, qa)).status).toBe(200);
    const shipment = await createShipment('CUS-EU-DIST-01', finished);
    expect((await post([{ type: 'shipment', lot: finished, location: 'FG-QUARANTINE', quantity: 200, document: { type: 'shipment', code: shipment } }])).status).toBe(201);

    // when the finished lot is traced backward
    const backward = await apiCall(api, 'GET', `/trace/lot/${finished}?direction=backward`, undefined, { as: 'analyst.chen' });
    expect(backward.status).toBe(200);
    const backwardNodes = backward.body.nodes.map((node: { id: string; depth: number }) => [node.id, node.depth]);
    // then the work order, both component lots, their supplier lots, receipts and suppliers appear; the unrelated lot does not
    expect(backwardNodes).toEqual(
      expect.arrayContaining([
        [`lot:${finished}`, 0],
        [`work-order:${workOrder}`, 1],
        [`lot:${tubing}`, 2],
        [`lot:${drip}`, 2],
        ['supplier-lot:SUP-TUBE-01/LH-TRACE-01', 3],
        ['supplier-lot:SUP-MOLD-01/JM-TRACE-01', 3],
        ['receipt:GR-260227-001', 3],
        ['supplier:SUP-TUBE-01', 4],
        ['supplier:SUP-MOLD-01', 4],
      ]),
    );
    expect(backwardNodes.map(([id]: [string]) => id)).not.toContain(`lot:${unrelated}`);
    expect(backward.body.edges).toContainEqual({ from: `lot:${tubing}`, to: `work-order:${workOrder}`, relation: 'consumed-by', quantity: 850.5 });
    // and the supplier's certificates travel with its node
    const supplier = backward.body.nodes.find((node: { id: string }) => node.id === 'supplier:SUP-TUBE-01');
    expect(supplier.record.values.certificates[0]).toMatchObject({ standard: expect.any(String), expiresOn: expect.any(String) });

    // when the tubing supplier lot is traced forward (a recall drill)
    const forward = await apiCall(api, 'GET', `/trace/supplier-lot/${encodeURIComponent('SUP-TUBE-01/LH-TRACE-01')}?direction=forward`);
    expect(forward.status).toBe(200);
    const forwardNodes = forward.body.nodes.map((node: { id: string; depth: number; side: string }) => [node.id, node.depth, node.side]);
    // then it reaches the finished lot, the shipment and the consignee, not the sibling drip-chamber lot
    expect(forwardNodes).toEqual([
      ['supplier-lot:SUP-TUBE-01/LH-TRACE-01', 0, 'start'],
      [`lot:${tubing}`, 1, 'forward'],
      [`work-order:${workOrder}`, 2, 'forward'],
      [`lot:${finished}`, 3, 'forward'],
      [`shipment:${shipment}`, 4, 'forward'],
      ['customer:CUS-EU-DIST-01', 5, 'forward'],
    ]);
    expect(forward.body.nodes.find((node: { id: string }) => node.id === `lot:${finished}`).record.values).toMatchObject({ status: 'released', expiresOn: '2029-03-01' });

    // both ways at once: from the finished lot back to the suppliers and on to the consignee
    const both = await apiCall(api, 'GET', `/trace/lot/${finished}`);
    expect(both.body.nodes.map((node: { id: string; side: string }) => [node.id, node.side])).toEqual(
      expect.arrayContaining([
        ['supplier-lot:SUP-TUBE-01/LH-TRACE-01', 'backward'],
        [`shipment:${shipment}`, 'forward'],
        ['customer:CUS-EU-DIST-01', 'forward'],
      ]),
    );

    // a shallower trace stops where it is told; an unknown lot is a 404
    const shallow = await apiCall(api, 'GET', `/trace/supplier-lot/${encodeURIComponent('SUP-TUBE-01/LH-TRACE-01')}?direction=forward&depth=2`);
    expect(shallow.body.nodes.map((node: { id: string }) => node.id)).toEqual(['supplier-lot:SUP-TUBE-01/LH-TRACE-01', `lot:${tubing}`, `work-order:${workOrder}`]);
    expect((await apiCall(api, 'GET', '/trace/lot/LOT-NO-SUCH')).status).toBe(404);
    expect((await apiCall(api, 'GET', `/trace/lot/${finished}?direction=sideways`)).body.errors).toEqual([{ pointer: '/query/direction', detail: 'must be one of backward, forward, both' }]);
  });
});
