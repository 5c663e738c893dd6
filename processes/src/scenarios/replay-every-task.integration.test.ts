import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../../../api/src/database/data-source.js';
import { dropFreshApiDatabase, freshApiDatabaseUrl } from '../../../test/support/fresh-api-database.js';
import { apiCall } from '../../../test/support/start-services.js';
import { TaskReplay } from '../../../test/support/task-replay.js';
import { scenarioSteps, startScenarioStack, type RunningApi } from './release-scenario-support.js';
import { endEventOf, openTask } from './scenario-support.js';
import { readingsWithinLimits, tubingReceipt } from './tubing-receipt.js';

/**
 * "A test replays every worker task twice and finds no duplicate movement, lot or message":
 * scenarios 1 (a tubing lot returned to its supplier), 3 (a sterilization load that fails) and 4
 * (shipping below the customer's shelf life) run once with a plain worker and once with a worker
 * that handles every task again after its first handling, and a third time after the instance
 * moved on. Each run has a database of its own, so both must leave the same footprint.
 */

/** What the scenarios leave in the api's database, without ids and times. */
interface Footprint {
  rowsPerTable: Record<string, number>;
  records: string[];
  numbersDrawn: string[];
  movements: string[];
  balances: string[];
  lotStatuses: Record<string, string>;
  reservations: string[];
  traceLinks: string[];
  outbox: string[];
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
  'lotflow.lot.set-status',
  'lotflow.inventory.post',
  'lotflow.inventory.reserve',
  'lotflow.trace.link',
  'lotflow.integration.send',
];

/** Scenarios 1, 3 and 4 as their people work them: start, wait for the inbox, complete and sign. */
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

  return { returnedToSupplier, heldBySterilization, shortDatedNotShipped: notShipped.lot, shortDatedShipped: shipped.lot };
}

async function footprintOf(api: RunningApi, databaseUrl: string): Promise<Footprint> {
  const { dataSource } = await openDatabase(databaseUrl, { migrate: false });
  try {
    const rows = (sql: string): Promise<Array<Record<string, string | number | null>>> => dataSource.query(sql);
    const lines = async (sql: string) => (await rows(sql)).map((row) => Object.values(row).map(String).join(' ')).sort();
    const rowsPerTable: Record<string, number> = {};
    for (const table of tables) rowsPerTable[table] = Number((await rows(`SELECT COUNT(*) AS n FROM ${table}`))[0]!.n);
    const lots = await rows("SELECT code, record_values FROM record WHERE type_key = 'lot'");
    const auditEntries: Record<string, number> = {};
    for (const entry of await rows('SELECT actor, action, entity_type FROM audit_event')) {
      const key = `${entry.actor} ${entry.action} ${entry.entity_type}`;
      auditEntries[key] = (auditEntries[key] ?? 0) + 1;
    }
    const verified = await apiCall<{ intact: boolean }>(api, 'GET', '/audit/verify');
    return {
      rowsPerTable,
      records: await lines('SELECT type_key, code, revision FROM record'),
      numbersDrawn: await lines('SELECT sequence_key, period_key, last_value FROM sequence_counter'),
      movements: await lines('SELECT movement_type, lot, location, quantity_thousandths, document_type, document_code, posted_by FROM inventory_movement'),
      balances: await lines('SELECT lot, location, SUM(quantity_thousandths) AS on_hand FROM inventory_movement GROUP BY lot, location'),
      lotStatuses: Object.fromEntries(lots.map((lot) => [lot.code, (JSON.parse(String(lot.record_values)) as { status: string }).status])),
      reservations: await lines(
        `SELECT r.material, r.quantity_thousandths, r.customer, r.status, r.shelf_life_override_reason, l.lot, l.location, l.quantity_thousandths AS line_quantity, l.consumed_thousandths, l.status AS line_status
           FROM inventory_reservation r JOIN inventory_reservation_line l ON l.reservation_id = r.id`,
      ),
      traceLinks: await lines('SELECT from_node, relation, to_node, quantity_thousandths FROM trace_link'),
      outbox: await lines('SELECT endpoint, type, payload FROM integration_message'),
      documents: await lines('SELECT kind, subject_type, subject_code, version FROM document'),
      signatures: await lines('SELECT signer_username, meaning, subject_type, subject_id, subject_version FROM electronic_signature'),
      auditEntries,
      auditIntact: verified.body.intact,
    };
  } finally {
    await dataSource.destroy();
  }
}

/** The three scenarios on a stack of their own database: what they leave, and the lots they worked. */
async function runScenarios(run: string, replay?: TaskReplay): Promise<{ footprint: Footprint; lots: ScenarioLots }> {
  const database = `lotflow_test_replay_${run}_${process.pid}`;
  const databaseUrl = await freshApiDatabaseUrl(database);
  const stack = await startScenarioStack({ INTEGRATION_SECRET_KEY: randomBytes(32).toString('hex') }, { databaseUrl, ...(replay ? { replay } : {}) });
  try {
    // Nothing listens there: the invoice event waits in the outbox, where it can be counted.
    const erp = await apiCall(stack.api, 'PUT', '/integrations/endpoints/erp', { kind: 'erp', description: 'ERP: invoices', url: 'http://127.0.0.1:9/lotflow', secret: randomBytes(32).toString('hex') });
    expect(erp.status, JSON.stringify(erp.body)).toBeLessThan(300);
    const lots = await workScenarios(stack.api, run);
    await replay?.settled();
    return { footprint: await footprintOf(stack.api, databaseUrl), lots };
  } finally {
    await stack.stop();
    await dropFreshApiDatabase(database);
  }
}

describe('every worker task of scenarios 1, 3 and 4 handled again: nothing is done twice', () => {
  const replay = new TaskReplay(inject('engineUrl'));
  let plain: Awaited<ReturnType<typeof runScenarios>>;
  let replayed: Awaited<ReturnType<typeof runScenarios>>;

  beforeAll(async () => {
    plain = await runScenarios('plain');
    replayed = await runScenarios('replayed', replay);
  }, 300_000);

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
    expect(new Set(replayed.footprint.traceLinks).size).toBe(replayed.footprint.traceLinks.length);
  });

  it('leaves each lot with the status and stock its scenario ends with, and an audit chain that verifies', () => {
    const { footprint, lots } = replayed;
    expect(footprint.auditIntact).toBe(true);
    expect(footprint.lotStatuses[lots.returnedToSupplier]).toBe('rejected');
    for (const lot of lots.heldBySterilization) expect(footprint.lotStatuses[lot]).toBe('hold');
    expect(footprint.lotStatuses[lots.shortDatedShipped]).toBe('released');
    const ledgerOf = (lot: string) => footprint.movements.filter((movement) => movement.split(' ')[1] === lot).map((movement) => movement.split(' ').slice(0, 4).join(' '));
    expect(ledgerOf(lots.returnedToSupplier).sort()).toEqual([`receipt ${lots.returnedToSupplier} RECEIVING 5000000`, `return-to-supplier ${lots.returnedToSupplier} RECEIVING -5000000`].sort());
    for (const lot of lots.heldBySterilization) expect(ledgerOf(lot)).toEqual([`production-output ${lot} FG-STERILE-S3 2000000`]);
    expect(ledgerOf(lots.shortDatedNotShipped)).toEqual([`production-output ${lots.shortDatedNotShipped} FG-S4-BLOCKED 500000`]);
    expect(ledgerOf(lots.shortDatedShipped).sort()).toEqual([`production-output ${lots.shortDatedShipped} FG-S4-OVERRIDE 500000`, `shipment ${lots.shortDatedShipped} FG-S4-OVERRIDE -100000`].sort());
    expect(footprint.reservations).toHaveLength(1);
    expect(footprint.reservations[0]).toContain(`${lots.shortDatedShipped} FG-S4-OVERRIDE 100000 100000`);
    expect(footprint.outbox).toHaveLength(1);
    expect(footprint.outbox[0]).toMatch(/^erp shipment\.shipped /);
  });
});
