import { expect } from 'vitest';
import { waitFor } from '../../../test/support/engine-rest.js';
import { configureMes, productionSteps, stockEveryComponent, type StockedLot } from './production-scenario-support.js';
import type { RunningApi, scenarioSteps } from './release-scenario-support.js';

type Steps = ReturnType<typeof scenarioSteps>;
type CompletedTask = Awaited<ReturnType<Steps['completeTask']>>;

/** The work order as planning released it, with the MES that its operations go to. */
export interface ReleasedWorkOrder {
  instance: string;
  workOrder: string;
  lot: string;
  mes: Awaited<ReturnType<typeof configureMes>>;
}

/** The failed functional test, waiting for the MRB. */
export interface TensileFailure {
  leak: CompletedTask;
  failed: CompletedTask;
  nonconformanceReport: string;
}

export interface TensileRework extends ReleasedWorkOrder, TensileFailure {
  stocked: StockedLot[];
  disposition: CompletedTask;
  rework: CompletedTask;
  retest: CompletedTask;
  endEvent: string;
}

/**
 * Scenario 2 as planning, the line, QA and the MRB work it on the bundled process 'production':
 * 1000 IV sets from DMR-IVS-20D-V1 with components stocked in `location` (two tubing lots, the
 * first expiring first), operation 20 reported done by the MES, a tensile failure at operation 50,
 * rework decided by the MRB, a passing re-test and the rest of the routing. `checks` look at what
 * a person would see while the work order is released and while the NCR waits for the MRB.
 */
export async function workTensileRework(
  api: RunningApi,
  steps: Steps,
  names: { businessKey: string; location: string },
  checks: { released?(workOrder: ReleasedWorkOrder, stocked: StockedLot[]): Promise<void>; atMrb?(workOrder: ReleasedWorkOrder, failure: TensileFailure): Promise<void> } = {},
): Promise<TensileRework> {
  // Two tubing lots: the one expiring first is used up first (FEFO). Both expire after the tubing
  // of the other tests on the shared database, so a reservation there that may take any store's
  // stock (the purchase-order test's) takes theirs first, not these.
  const stocked = await stockEveryComponent(api, steps, 1000, names.location, [
    { quantity: 1000, expiresOn: '2032-01-31', supplierLot: 'TB-2601-A' },
    { quantity: 2000, expiresOn: '2033-06-30', supplierLot: 'TB-2603-B' },
  ]);
  const mes = await configureMes(api);

  // Planning releases 1000 sets from the approved device master record, with line 1's MES connected
  const instance = await steps.startProcess('production', names.businessKey, {
    deviceMasterRecord: 'DMR-IVS-20D-V1',
    quantityPlanned: 1000,
    plannedStartOn: '2026-11-24',
    plannedFinishOn: '2026-11-27',
    expiresOn: '2029-11-23',
    mesEndpoint: mes.name,
    componentLocation: names.location,
  });
  const line = productionSteps(api, steps, instance);
  const cutting = await line.taskForOperation('Task_ConfirmOperation', 20);
  const released: ReleasedWorkOrder = { instance, workOrder: await line.workOrder(), lot: await line.lot(), mes };
  await checks.released?.(released, stocked);

  // The MES reports operation 20 done: the operator's task closes by itself
  const reported = await mes.report({ processInstanceId: instance, operation: 20, quantityGood: 1000, quantityScrapped: 0 });
  expect(reported.body, JSON.stringify(reported.body)).toMatchObject({ state: 'correlated', processInstanceId: instance });
  await waitFor('operation 20 closed by the MES', async () => ((await steps.engine.get<unknown[]>(`/task?processInstanceId=${instance}&taskId=${cutting.id}`)).length === 0 ? true : undefined));

  // The line confirms assembly and the leak test, which passes; the functional tests find a joint that does not hold 15 N
  await line.confirm(30, 1000);
  await line.confirm(40, 1000);
  const leak = await line.inspect(40, 'IPL-IVS-LEAK', { samplesTested: 1000, leakFailures: 0, equipment: 'EQ-TT-01' });
  await line.confirm(50, 1000);
  const failed = await line.inspect(50, 'IPL-IVS-FUNC', { samplesTested: 13, tensileMinN: 12.4, dropVolumeMinMl: 0.97, dropVolumeMaxMl: 1.04, flowMlIn10Min: 1150, resealFailures: 0, equipment: 'EQ-TT-01' });
  const mrbTask = await steps.taskAt(instance, 'Task_MrbDisposition');
  const failure: TensileFailure = { leak, failed, nonconformanceReport: await steps.variable<string>(instance, 'nonconformanceReportCode') };
  await checks.atMrb?.(released, failure);

  // The MRB decides rework, signed; production reworks the units and QA tests again: now it passes
  const disposition = await steps.completeTask(
    mrbTask.id,
    'mrb.zhao',
    { nonconformanceReport: failure.nonconformanceReport, disposition: 'rework', justification: 'Spike joint under-cured: re-bond every set with the UV adhesive, then repeat the functional tests' },
    'disposition-decision',
  );
  const reworkTask = await steps.taskAt(instance, 'Task_Rework');
  const rework = await steps.completeTask(reworkTask.id, 'production.liu', {
    lot: released.lot,
    workOrder: released.workOrder,
    nonconformanceReport: failure.nonconformanceReport,
    quantityReworked: 1000,
    quantityScrapped: 0,
    description: 'Spike joints re-bonded and cured 60 s under UV on all 1000 sets',
  });
  const retest = await line.inspect(50, 'IPL-IVS-FUNC', { samplesTested: 13, tensileMinN: 17.8, dropVolumeMinMl: 0.97, dropVolumeMaxMl: 1.04, flowMlIn10Min: 1150, resealFailures: 0, equipment: 'EQ-TT-01' });

  // The rest of the routing runs: seal, label (5 labels spoiled), label check
  await line.confirm(60, 1000);
  await line.confirm(70, 995, 5);
  await line.inspect(70, 'IPL-IVS-LABEL', { samplesTested: 32, labelDefects: 0 });
  return { ...released, ...failure, stocked, disposition, rework, retest, endEvent: await steps.endEventOf(instance) };
}
