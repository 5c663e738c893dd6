import { expect } from 'vitest';
import { apiCall } from '../../../test/support/start-services.js';
import { componentsPerSet, productionSteps, receiveReleasedLot, type StockedLot } from './production-scenario-support.js';
import type { RunningApi, scenarioSteps } from './release-scenario-support.js';
import { readingsWithinLimits, tubingReceipt } from './tubing-receipt.js';

type Steps = ReturnType<typeof scenarioSteps>;

/** What scenario 5 made and shipped: the lots a recall drill traces. */
export interface RecallDrillLots {
  tubing: { lot: string; receipt: string };
  others: StockedLot[];
  first: { lot: string; workOrder: string };
  second: { lot: string; workOrder: string };
  load: string;
  toHospital: string;
  toEurope: string;
}

/**
 * Scenario 5's lots, made by the bundled processes as the plant's people work them: one tubing
 * lot received through incoming inspection into a store of the run (`STORES-S5-<run>`), released
 * lots of every other component, two work orders of 400 and 600 sets, one sterilization load
 * released by QA, and shipments of 400 sets to the hospital distributor and 500 to the EU
 * distributor. `run` makes business keys, the store and the supplier lot unique.
 */
export async function makeAndShipForRecallDrill(api: RunningApi, steps: Steps, run: string): Promise<RecallDrillLots> {
  const stores = `STORES-S5-${run}`;
  const today = new Date().toISOString().slice(0, 10);

  /** Receiving: the tubing lot is recorded, inspected within every limit, released and put away in the scenario's store. */
  async function receiveTubing(supplierLot: string): Promise<RecallDrillLots['tubing']> {
    const instance = await steps.startProcess('receiving', `RECEIVING-S5-${run}`, { receipt: tubingReceipt(supplierLot, `DN-S5-${run}`) });
    const inspection = await steps.taskAt(instance, 'Task_RecordResults');
    const lot = await steps.variable<string>(instance, 'lotCode');
    const inspectionLot = await steps.variable<string>(instance, 'inspectionLotCode');
    await steps.completeTask(inspection.id, 'qa.li', { lot, inspectionLot, ...readingsWithinLimits }, 'reviewed');
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

  const tubing = await receiveTubing(`TB-S5-${run}`);
  const others: StockedLot[] = [];
  for (const { material, quantityPer, supplier } of componentsPerSet.filter((component) => component.material !== 'RM-TUBE-PVC-106')) {
    others.push(await receiveReleasedLot(api, steps, { material, supplier, quantity: quantityPer * 1000, expiresOn: '2030-06-30', supplierLot: `${supplier}-${material}-S5` }, stores));
  }
  const first = await make(400, `WO-S5-1-${run}`, '2029-11-23');
  const second = await make(600, `WO-S5-2-${run}`, '2029-12-31');
  const load = await sterilizeAndRelease([first.lot, second.lot]);
  const toHospital = await ship('CUS-CN-HOSP-01', 400);
  const toEurope = await ship('CUS-EU-DIST-01', 500);
  return { tubing, others, first, second, load, toHospital, toEurope };
}
