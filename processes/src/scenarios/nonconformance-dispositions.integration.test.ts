import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { engineRest } from '../../../test/support/engine-rest.js';
import { apiCall, startTestWorker } from '../../../test/support/start-services.js';
import { completeTask, endEventOf, openTask, startInstallation, variableOf, type RunningApi, type Worker } from './scenario-support.js';

const run = Date.now().toString(36).toUpperCase();

const readings = {
  samplesInspected: 80,
  outerDiameterMinIn: 0.149,
  outerDiameterMaxIn: 0.151,
  innerDiameterMinIn: 0.105,
  innerDiameterMaxIn: 0.107,
  hardnessMinShoreA: 77,
  hardnessMaxShoreA: 79,
  visualDefects: 0,
};

describe('MRB dispositions and QA review in the receiving flow, on the real engine with the worker', () => {
  const engine = engineRest(inject('engineUrl'));
  let api: RunningApi;
  let worker: Worker;

  beforeAll(async () => {
    api = await startInstallation();
    worker = await startTestWorker();
  });

  afterAll(async () => {
    await worker?.stop();
    await api?.close();
  });

  async function receive(businessKey: string): Promise<{ instance: string; lotCode: string; inspectionId: string }> {
    const receipt = {
      purchaseOrder: 'PO-2026-00015',
      supplier: 'SUP-TUBE-01',
      receivedAt: new Date().toISOString(),
      status: 'received',
      lines: [{ purchaseOrderLine: 1, material: 'RM-TUBE-PVC-106', quantity: 800, supplierLot: `${businessKey}-SL`, certificateOfConformity: true }],
    };
    const started = await apiCall<{ id: string }>(api, 'POST', '/process-instances', { processKey: 'receiving', businessKey, variables: { receipt } });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const inspection = await openTask(engine, businessKey, 'Task_RecordResults');
    return { instance: started.body.id, lotCode: await variableOf<string>(engine, started.body.id, 'lotCode'), inspectionId: inspection.id };
  }

  const lotStatus = async (lotCode: string) => (await apiCall(api, 'GET', `/records/lot/${lotCode}`)).body.values.status;

  it('rework: the lot is held, inspected again on a new inspection lot, and released when it passes', async () => {
    const businessKey = `REWORK-${run}`;
    const { instance, lotCode, inspectionId } = await receive(businessKey);
    const firstInspectionLot = await variableOf<string>(engine, instance, 'inspectionLotCode');
    await completeTask(api, inspectionId, 'qa.li', { lot: lotCode, ...readings, visualDefects: 3 }, 'reviewed');

    const review = await openTask(engine, businessKey, 'Task_MrbReview');
    const ncrCode = await variableOf<string>(engine, instance, 'nonconformanceReportCode');
    await completeTask(api, review.id, 'mrb.zhao', { nonconformanceReport: ncrCode, disposition: 'rework', justification: 'Surface specks wipe off: clean every coil, then inspect the appearance again.' }, 'disposition-decision');

    // Then the lot is on hold and a new inspection is asked for
    const again = await openTask(engine, businessKey, 'Task_RecordResults');
    expect(again.id).not.toBe(inspectionId);
    expect(await lotStatus(lotCode)).toBe('hold');
    const history = await engine.get<Array<{ value: string }>>(`/history/variable-instance?processInstanceId=${instance}&variableName=inspectionLotCode`);
    const secondInspectionLot = history[0]!.value;
    expect(secondInspectionLot).not.toBe(firstInspectionLot);
    expect((await apiCall(api, 'GET', `/records/nonconformance-report/${ncrCode}`)).body.values).toMatchObject({ disposition: 'rework', status: 'closed' });

    // When the re-inspection passes, the lot is released
    await completeTask(api, again.id, 'qa.li', { lot: lotCode, ...readings }, 'reviewed');
    expect(await endEventOf(engine, instance, businessKey)).toBe('EndEvent_Released');
    expect(await lotStatus(lotCode)).toBe('released');
    expect((await apiCall(api, 'GET', `/records/inspection-lot/${firstInspectionLot}`)).body.values.status).toBe('failed');
    expect((await apiCall(api, 'GET', `/records/inspection-lot/${secondInspectionLot}`)).body.values.status).toBe('passed');
  });

  it('use as is: the MRB releases the lot under concession and the stock stays', async () => {
    const businessKey = `CONCESSION-${run}`;
    const { instance, lotCode, inspectionId } = await receive(businessKey);
    await completeTask(api, inspectionId, 'qa.li', { lot: lotCode, ...readings, hardnessMaxShoreA: 84 }, 'reviewed');
    const review = await openTask(engine, businessKey, 'Task_MrbReview');
    const ncrCode = await variableOf<string>(engine, instance, 'nonconformanceReportCode');
    await completeTask(api, review.id, 'mrb.zhao', { nonconformanceReport: ncrCode, disposition: 'use-as-is', justification: 'Shore A 84 on one sample; kink and bond tests pass. Concession for this lot.', capaNumber: `CAPA-${run}` }, 'disposition-decision');

    expect(await endEventOf(engine, instance, businessKey)).toBe('EndEvent_Dispositioned');
    expect(await lotStatus(lotCode)).toBe('released');
    expect((await apiCall(api, 'GET', `/inventory/balances?lot=${lotCode}`)).body.items).toEqual([expect.objectContaining({ onHand: 800, lotStatus: 'released' })]);
  });

  it('sends results no row can judge to QA, whose signed decision settles the lot', async () => {
    const businessKey = `QA-REVIEW-${run}`;
    const { instance, lotCode, inspectionId } = await receive(businessKey);
    const { hardnessMinShoreA: _notMeasured, hardnessMaxShoreA: _neither, ...withoutHardness } = readings;
    await completeTask(api, inspectionId, 'qa.li', { lot: lotCode, ...withoutHardness }, 'reviewed');

    const review = await openTask(engine, businessKey, 'Task_QaReview');
    await completeTask(api, review.id, 'qa.li', { lot: lotCode, disposition: 'accept', justification: 'Durometer out for calibration; hardness certified on the supplier CoC.' }, 'disposition-decision');
    expect(await endEventOf(engine, instance, businessKey)).toBe('EndEvent_Released');
    expect(await lotStatus(lotCode)).toBe('released');
  });
});
