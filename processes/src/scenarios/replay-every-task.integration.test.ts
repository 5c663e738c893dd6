import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../../../api/src/database/data-source.js';
import { dropFreshApiDatabase, freshApiDatabaseUrl } from '../../../test/support/fresh-api-database.js';
import { apiCall } from '../../../test/support/start-services.js';
import { TaskReplay } from '../../../test/support/task-replay.js';
import { workTensileRework } from './in-process-tensile-rework.js';
import { makeAndShipForRecallDrill, type RecallDrillLots } from './recall-drill.js';
import { scenarioSteps, startScenarioStack, type RunningApi } from './release-scenario-support.js';
import { endEventOf, openTask } from './scenario-support.js';
import { readingsWithinLimits, tubingReceipt } from './tubing-receipt.js';

/**
 * "A test replays every worker task twice and finds no duplicate movement, lot or message":
 * scenarios 1 (a tubing lot returned to its supplier), 2 (a work order reworked after a tensile
 * failure in process), 3 (a sterilization load that fails), 4 (shipping below the customer's
 * shelf life) and 5 (the lots of the recall drill received, made, sterilized, released and
 * shipped) run once with a plain worker and once with a worker that handles every task again
 * after its first handling, and a third time after the instance moved on. Each run has a
 * database of its own, so both must leave the same footprint.
 */

/** What the scenarios leave in the api's database, without ids, times and the run's name. */
interface Footprint {
  rowsPerTable: Record<string, number>;
  records: string[];
  numbersDrawn: string[];
  movements: string[];
  balances: string[];
  lotStatuses: Record<string, string>;
  lotQuantities: Record<string, number>;
  workOrders: string[];
  shipmentLines: string[];
  reservations: string[];
  traceLinks: string[];
  outbox: string[];
  inboundEvents: string[];
  documents: string[];
  signatures: string[];
  auditEntries: Record<string, number>;
  auditIntact: boolean;
}

interface ScenarioLots {
  returnedToSupplier: string;
  heldBySterilization: string[];
  shortDatedNotShipped: string;
  shortDatedShipped: string;
  reworked: { lot: string; workOrder: string; components: Array<{ material: string; lot: string }> };
  recallDrill: RecallDrillLots;
}

const tables = [
  'record',
  'record_unique_value',
  'sequence_counter',
  'inventory_posting',
  'inventory_movement',
  'inventory_reservation',
  'inventory_reservation_line',
  'trace_link',
  'integration_message',
  'integration_inbound_event',
  'action_receipt',
  'document',
  'electronic_signature',
  'task_comment',
  'audit_event',
];

const topicsOfTheFlows = [
  'lotflow.evaluate-rule-set',
  'lotflow.record.create',
  'lotflow.record.update',
  'lotflow.record.read',
  'lotflow.lot.set-status',
  'lotflow.inventory.post',
  'lotflow.inventory.reserve',
  'lotflow.trace.link',
  'lotflow.integration.send',
  'lotflow.document.render',
];

/** The scenarios as their people work them: start, wait for the inbox, complete and sign. */
async function workScenarios(api: RunningApi, run: string): Promise<ScenarioLots> {
  const steps = scenarioSteps(api);
  const { engine } = steps;
  let postings = 0;
  const putAway = async (lot: string, location: string, quantity: number) => {
    const posted = await apiCall(
      api,
      'POST',
      '/inventory/movements',
      { idempotencyKey: `${run}:output:${++postings}`, movements: [{ type: 'production-output', lot, location, quantity, document: { type: 'work-order', code: 'WO-202603-0001' } }] },
      { as: 'production.liu' },
    );
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    return lot;
  };

  // Scenario 1: the tubing fails OD at incoming inspection, the MRB returns it to the supplier
  const tubing = `${run}-SCENARIO-1`;
  const receiving = await steps.startProcess('receiving', tubing, { receipt: tubingReceipt('LH-T-REPLAY', 'LH-DN-REPLAY') });
  const inspection = await openTask(engine, tubing, 'Task_RecordResults');
  const returnedToSupplier = await steps.variable<string>(receiving, 'lotCode');
  const inspectionLot = await steps.variable<string>(receiving, 'inspectionLotCode');
  await steps.completeTask(inspection.id, 'qa.li', { lot: returnedToSupplier, inspectionLot, ...readingsWithinLimits, outerDiameterMaxIn: 0.1571 }, 'reviewed');
  const review = await openTask(engine, tubing, 'Task_MrbReview');
  const nonconformanceReport = await steps.variable<string>(receiving, 'nonconformanceReportCode');
  await steps.completeTask(
    review.id,
    'mrb.zhao',
    { nonconformanceReport, disposition: 'return-to-supplier', justification: 'OD 0.1571 in is above the 0.155 in limit; the supplier accepts the return.', returnAuthorization: 'RMA-REPLAY' },
    'disposition-decision',
  );
  expect(await endEventOf(engine, receiving, tubing)).toBe('EndEvent_Dispositioned');

  // Scenario 3: one EO load of three lots whose biological indicator grows
  const heldBySterilization: string[] = [];
  for (let lot = 0; lot < 3; lot++) {
    const code = await steps.createRecord('lot', { material: 'FG-IVS-20D', status: 'quarantine', quantity: 2000, manufacturedOn: '2026-03-05', expiresOn: '2029-03-04', workOrder: 'WO-202603-0001' });
    heldBySterilization.push(await putAway(code, 'FG-STERILE-S3', 2000));
  }
  const load = await steps.startProcess('sterilization-release', `${run}-SCENARIO-3`, { contractor: 'SUP-EO-01', cycle: 'EO-IVS-CYCLE-A', lots: heldBySterilization });
  const results = await steps.taskAt(load, 'Task_EnterResults');
  const sterilizationLoad = await steps.variable<string>(load, 'sterilizationLoadCode');
  await steps.completeTask(
    results.id,
    'qa.li',
    { sterilizationLoad, exposureTemperature: 54.5, relativeHumidity: 62, exposureTime: 6, eoResidual: 1.2, biologicalIndicatorResult: 'fail', biologicalIndicatorLot: 'BI-2603-17' },
    'reviewed',
  );
  expect(await steps.endEventOf(load)).toBe('EndEvent_Held');

  // Scenario 4: only a lot with 300 days left; QA refuses once, then signs an override
  const customer = 'CUS-CN-HOSP-01';
  const expiresOn = new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10);
  const ship = async (location: string, shelfLifeDecision: string, overrideReason: string) => {
    const lot = await steps.createRecord('lot', { material: 'FG-IVS-20D', status: 'released', quantity: 500, manufacturedOn: '2024-09-01', expiresOn, workOrder: 'WO-202603-0001' });
    await putAway(lot, location, 500);
    const order = { customer, material: 'FG-IVS-20D', quantity: 100, plannedOn: new Date().toISOString().slice(0, 10), gtin: '06901234000016', shipFrom: location };
    const shipping = await steps.startProcess('shipping', `${run}-SCENARIO-4-${location}`, order);
    const decision = await steps.taskAt(shipping, 'Task_ShelfLifeDecision');
    await steps.completeTask(decision.id, 'qa.li', { customer, material: 'FG-IVS-20D', shelfLifeDecision, overrideReason }, 'disposition-decision');
    return { lot, end: await steps.endEventOf(shipping) };
  };
  const notShipped = await ship('FG-S4-BLOCKED', 'do-not-ship', 'Customer requires 18 months; wait for the next lot.');
  expect(notShipped.end).toBe('EndEvent_NotShipped');
  const shipped = await ship('FG-S4-OVERRIDE', 'ship-short-dated', 'Customer accepted 10 months in writing for tender T-2611.');
  expect(shipped.end).toBe('EndEvent_Shipped');

  // Scenario 2: the functional test fails on tensile strength, the MRB decides rework, the re-test passes
  const reworked = await workTensileRework(api, steps, { businessKey: `${run}-SCENARIO-2`, location: 'STORES-S2' });
  expect(reworked.endEvent).toBe('EndEvent_LotMade');

  // Scenario 5: received, made by two work orders, sterilized and released in one load, shipped to two customers
  const recallDrill = await makeAndShipForRecallDrill(api, steps, run);

  return {
    returnedToSupplier,
    heldBySterilization,
    shortDatedNotShipped: notShipped.lot,
    shortDatedShipped: shipped.lot,
    reworked: { lot: reworked.lot, workOrder: reworked.workOrder, components: reworked.stocked.map(({ material, lot }) => ({ material, lot })) },
    recallDrill,
  };
}

// Ids and times differ from run to run: the engine's (a process instance in a message) and the api's.
const anyId = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const anyTime = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?/g;

async function footprintOf(api: RunningApi, databaseUrl: string, run: string): Promise<Footprint> {
  const { dataSource } = await openDatabase(databaseUrl, { migrate: false });
  try {
    const rows = (sql: string): Promise<Array<Record<string, string | number | null>>> => dataSource.query(sql);
    const withoutRun = (text: string) => text.replaceAll(run, '<run>').replace(anyId, '<id>').replace(anyTime, '<time>');
    const sorted = (lines: string[]) => lines.map(withoutRun).sort();
    const lines = async (sql: string) => sorted((await rows(sql)).map((row) => Object.values(row).map(String).join(' ')));
    const rowsPerTable: Record<string, number> = {};
    for (const table of tables) rowsPerTable[table] = Number((await rows(`SELECT COUNT(*) AS n FROM ${table}`))[0]!.n);
    const recordsOf = async <T>(type: string) =>
      (await rows(`SELECT code, record_values FROM record WHERE type_key = '${type}'`)).map((record) => ({ code: String(record.code), values: JSON.parse(String(record.record_values)) as T }));
    const lots = await recordsOf<{ status: string; quantity: number }>('lot');
    const workOrders = await recordsOf<{ status: string; quantityGood?: number; quantityScrapped?: number; outputLot?: string }>('work-order');
    const shipments = await recordsOf<{ lines: Array<{ lot: string; location: string; quantity: number; udi?: string }> }>('shipment');
    const auditEntries: Record<string, number> = {};
    for (const entry of await rows('SELECT actor, action, entity_type FROM audit_event')) {
      const key = `${entry.actor} ${entry.action} ${entry.entity_type}`;
      auditEntries[key] = (auditEntries[key] ?? 0) + 1;
    }
    const verified = await apiCall<{ intact: boolean }>(api, 'GET', '/audit/verify');
    return {
      rowsPerTable,
      records: await lines('SELECT type_key, code, revision, record_values FROM record'),
      numbersDrawn: await lines('SELECT sequence_key, period_key, last_value FROM sequence_counter'),
      movements: await lines('SELECT movement_type, lot, location, quantity_thousandths, document_type, document_code, posted_by FROM inventory_movement'),
      balances: await lines('SELECT lot, location, SUM(quantity_thousandths) AS on_hand FROM inventory_movement GROUP BY lot, location'),
      lotStatuses: Object.fromEntries(lots.map((lot) => [lot.code, lot.values.status])),
      lotQuantities: Object.fromEntries(lots.map((lot) => [lot.code, lot.values.quantity])),
      workOrders: sorted(workOrders.map(({ code, values }) => `${code} ${values.status} ${values.quantityGood ?? '-'} ${values.quantityScrapped ?? '-'} ${values.outputLot ?? '-'}`)),
      shipmentLines: sorted(shipments.flatMap(({ code, values }) => values.lines.map((line) => `${code} ${line.lot} ${line.location} ${line.quantity} ${line.udi ?? '-'}`))),
      reservations: await lines(
        `SELECT r.material, r.quantity_thousandths, r.customer, r.status, r.shelf_life_override_reason, l.lot, l.location, l.quantity_thousandths AS line_quantity, l.consumed_thousandths, l.status AS line_status
           FROM inventory_reservation r JOIN inventory_reservation_line l ON l.reservation_id = r.id`,
      ),
      traceLinks: await lines('SELECT from_node, relation, to_node, quantity_thousandths FROM trace_link'),
      outbox: await lines('SELECT endpoint, type, payload FROM integration_message'),
      inboundEvents: await lines('SELECT endpoint, type, state FROM integration_inbound_event'),
      documents: await lines('SELECT kind, subject_type, subject_code, version, page_count, created_by, model_json FROM document'),
      signatures: await lines('SELECT signer_username, meaning, subject_type, subject_id, subject_version FROM electronic_signature'),
      auditEntries,
      auditIntact: verified.body.intact,
    };
  } finally {
    await dataSource.destroy();
  }
}

/** The scenarios on a stack of their own database: what they leave, and the lots they worked. */
async function runScenarios(name: 'plain' | 'replayed', replay?: TaskReplay): Promise<{ footprint: Footprint; lots: ScenarioLots }> {
  // Business keys and the names a scenario makes unique carry the run's name: one engine serves both runs.
  const run = `${name.toUpperCase()}-${Date.now().toString(36).toUpperCase()}`;
  const database = `lotflow_test_replay_${name}_${process.pid}`;
  const databaseUrl = await freshApiDatabaseUrl(database);
  const stack = await startScenarioStack({ INTEGRATION_SECRET_KEY: randomBytes(32).toString('hex') }, { databaseUrl, ...(replay ? { replay } : {}) });
  try {
    // Nothing listens there: the invoice event waits in the outbox, where it can be counted.
    const erp = await apiCall(stack.api, 'PUT', '/integrations/endpoints/erp', { kind: 'erp', description: 'ERP: invoices', url: 'http://127.0.0.1:9/lotflow', secret: randomBytes(32).toString('hex') });
    expect(erp.status, JSON.stringify(erp.body)).toBeLessThan(300);
    const lots = await workScenarios(stack.api, run);
    await replay?.settled();
    return { footprint: await footprintOf(stack.api, databaseUrl, run), lots };
  } finally {
    await stack.stop();
    await dropFreshApiDatabase(database);
  }
}

describe('every worker task of scenarios 1 to 5 handled again: nothing is done twice', () => {
  const replay = new TaskReplay(inject('engineUrl'));
  let plain: Awaited<ReturnType<typeof runScenarios>>;
  let replayed: Awaited<ReturnType<typeof runScenarios>>;

  beforeAll(async () => {
    plain = await runScenarios('plain');
    replayed = await runScenarios('replayed', replay);
  }, 900_000);

  afterAll(async () => {
    await replay.stop();
  });

  it('handles every task of every topic the flows use again after its first handling, and once more after the instance moved on', () => {
    const replays = replay.replaysPerTopic();
    expect(Object.keys(replays).sort()).toEqual([...topicsOfTheFlows].sort());
    for (const topic of topicsOfTheFlows) expect(replays[topic], topic).toBeGreaterThan(0);
    for (const task of replay.tasks.values()) {
      expect(task.failures, `${task.topic} at ${task.context.activityId}`).toEqual([]);
      expect(task.outcomes, `${task.topic} at ${task.context.activityId}`).toHaveLength(3);
    }
  });

  it('answers each redelivery as the first handling did, and a stray delivery of a completed step too', () => {
    for (const task of replay.tasks.values()) {
      const [first, again, stray] = task.outcomes;
      expect(again, `${task.topic} at ${task.context.activityId}`).toEqual(first);
      // A refusal keeps no receipt (decision 0004): a stray delivery decides it again on what is true then.
      if (first!.kind === 'complete') expect(stray, `${task.topic} at ${task.context.activityId}`).toEqual(first);
      else expect(stray?.kind, `${task.topic} at ${task.context.activityId}`).toBe('bpmn-error');
    }
  });

  it('leaves the same records, numbers, ledger, reservations, trace links, outbox messages, documents, signatures and audit entries as a plain run', () => {
    expect(replayed.lots).toEqual(plain.lots);
    expect(replayed.footprint).toEqual(plain.footprint);
    expect(plain.footprint.documents.length).toBeGreaterThan(0);
  });

  it('leaves nothing twice: no movement, reservation, trace link, message, document, signature or shipment line repeated', () => {
    const { movements, reservations, traceLinks, outbox, documents, signatures, shipmentLines } = replayed.footprint;
    for (const [what, lines] of Object.entries({ movements, reservations, traceLinks, outbox, documents, signatures, shipmentLines })) {
      expect(lines.filter((line, index) => lines.indexOf(line) !== index), what).toEqual([]);
    }
  });

  const ledgerOf = (footprint: Footprint, lot: string) =>
    footprint.movements.filter((movement) => movement.split(' ')[1] === lot).map((movement) => movement.split(' ').slice(0, 4).join(' ')).sort();
  const messagesOf = (footprint: Footprint, endpoint: string, type: string) =>
    footprint.outbox.filter((message) => message.startsWith(`${endpoint} ${type} `)).map((message) => JSON.parse(message.slice(`${endpoint} ${type} `.length)) as Record<string, unknown>);

  it('leaves each lot of scenarios 1, 3 and 4 with the status and stock its scenario ends with, and an audit chain that verifies', () => {
    const { footprint, lots } = replayed;
    expect(footprint.auditIntact).toBe(true);
    expect(footprint.lotStatuses[lots.returnedToSupplier]).toBe('rejected');
    for (const lot of lots.heldBySterilization) expect(footprint.lotStatuses[lot]).toBe('hold');
    expect(footprint.lotStatuses[lots.shortDatedShipped]).toBe('released');
    expect(ledgerOf(footprint, lots.returnedToSupplier)).toEqual([`receipt ${lots.returnedToSupplier} RECEIVING 5000000`, `return-to-supplier ${lots.returnedToSupplier} RECEIVING -5000000`].sort());
    for (const lot of lots.heldBySterilization) expect(ledgerOf(footprint, lot)).toEqual([`production-output ${lot} FG-STERILE-S3 2000000`]);
    expect(ledgerOf(footprint, lots.shortDatedNotShipped)).toEqual([`production-output ${lots.shortDatedNotShipped} FG-S4-BLOCKED 500000`]);
    expect(ledgerOf(footprint, lots.shortDatedShipped)).toEqual([`production-output ${lots.shortDatedShipped} FG-S4-OVERRIDE 500000`, `shipment ${lots.shortDatedShipped} FG-S4-OVERRIDE -100000`].sort());
    const shortDatedReservations = footprint.reservations.filter((reservation) => reservation.includes(` ${lots.shortDatedShipped} `));
    expect(shortDatedReservations).toHaveLength(1);
    expect(shortDatedReservations[0]).toContain(`${lots.shortDatedShipped} FG-S4-OVERRIDE 100000 100000`);
    expect(messagesOf(footprint, 'erp', 'shipment.shipped').filter((message) => message.lot === lots.shortDatedShipped)).toHaveLength(1);
  });

  it('leaves scenario 2 with the reworked lot made, its components issued as reserved, each operation dispatched once and its device history record', () => {
    const { footprint, lots } = replayed;
    const { lot, workOrder, components } = lots.reworked;
    expect(footprint.lotStatuses[lot]).toBe('quarantine');
    expect(footprint.lotQuantities[lot]).toBe(995);
    expect(footprint.workOrders).toContain(`${workOrder} completed 995 5 ${lot}`);
    expect(ledgerOf(footprint, lot)).toEqual([`production-output ${lot} WH-FG 995000`]);
    const [tubingA, tubingB, ...others] = components;
    expect(ledgerOf(footprint, tubingA!.lot)).toEqual([`issue ${tubingA!.lot} STORES-S2 -1000000`, `receipt ${tubingA!.lot} STORES-S2 1000000`]);
    expect(ledgerOf(footprint, tubingB!.lot)).toEqual([`issue ${tubingB!.lot} STORES-S2 -600000`, `receipt ${tubingB!.lot} STORES-S2 2000000`]);
    for (const component of others) expect(ledgerOf(footprint, component.lot).filter((movement) => movement.startsWith('issue ')), component.material).toHaveLength(1);
    const dispatched = messagesOf(footprint, 'mes-line-1', 'operation.dispatched').filter((message) => message.workOrder === workOrder);
    expect(dispatched.map((message) => message.operation)).toEqual([20, 30, 40, 50, 60, 70]);
    expect(footprint.inboundEvents).toEqual(['mes-line-1 operation.completed correlated']);
    expect(footprint.documents.filter((document) => document.startsWith(`device-history-record lot ${lot} `))).toEqual([expect.stringMatching(new RegExp(`^device-history-record lot ${lot} 1 \\d+ worker `))]);
  });

  it('leaves scenario 5 with both lots released, each shipment line with its lot and UDI, and the stock the recall drill traces', () => {
    const { footprint, lots } = replayed;
    const { tubing, first, second, toHospital, toEurope } = lots.recallDrill;
    for (const made of [first, second]) expect(footprint.lotStatuses[made.lot]).toBe('released');
    expect(footprint.workOrders).toContain(`${first.workOrder} completed 400 0 ${first.lot}`);
    expect(footprint.workOrders).toContain(`${second.workOrder} completed 600 0 ${second.lot}`);
    const linesOf = (shipment: string) => footprint.shipmentLines.filter((line) => line.startsWith(`${shipment} `));
    expect(linesOf(toHospital)).toEqual([expect.stringMatching(new RegExp(`^${toHospital} ${first.lot} WH-FG 400 \\(01\\)06901234000016\\(17\\)\\d{6}\\(10\\)${first.lot}$`))]);
    expect(linesOf(toEurope)).toEqual([expect.stringMatching(new RegExp(`^${toEurope} ${second.lot} WH-FG 500 \\(01\\)06901234000016\\(17\\)\\d{6}\\(10\\)${second.lot}$`))]);
    expect(footprint.balances).toContain(`${first.lot} WH-FG 0`);
    expect(footprint.balances).toContain(`${second.lot} WH-FG 100000`);
    expect(ledgerOf(footprint, tubing.lot).filter((movement) => movement.startsWith('issue '))).toHaveLength(2);
    expect(messagesOf(footprint, 'erp', 'shipment.shipped').map((message) => message.shipment).filter((shipment) => shipment === toHospital || shipment === toEurope).sort()).toEqual([toHospital, toEurope].sort());
    for (const made of [first, second]) expect(footprint.documents.filter((document) => document.startsWith(`device-history-record lot ${made.lot} `)), made.lot).toHaveLength(1);
  });
});
