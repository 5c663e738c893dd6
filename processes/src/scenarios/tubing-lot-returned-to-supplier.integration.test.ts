import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { engineRest } from '../../../test/support/engine-rest.js';
import { apiCall, startTestWorker } from '../../../test/support/start-services.js';
import { completeTask, endEventOf, openTask, startInstallation, variableOf, type RunningApi, type Worker } from './scenario-support.js';
import { readingsWithinLimits, tubingReceipt } from './tubing-receipt.js';

interface TraceGraph {
  nodes: Array<{ id: string; side: string }>;
  edges: Array<{ from: string; to: string; relation: string; quantity: number | null }>;
}

const run = Date.now().toString(36).toUpperCase();

describe('receiving → incoming inspection → NCR → MRB, on the real engine with the worker', () => {
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

  async function receive(businessKey: string, supplierLot: string): Promise<string> {
    const started = await apiCall<{ id: string }>(api, 'POST', '/process-instances', { processKey: 'receiving', businessKey, variables: { receipt: tubingReceipt(supplierLot, `LH-DN-${run}`) } });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    return started.body.id;
  }

  async function codesOf(receiving: string) {
    const [lotCode, receiptCode, inspectionLotCode] = await Promise.all(['lotCode', 'receiptCode', 'inspectionLotCode'].map((name) => variableOf<string>(engine, receiving, name)));
    return { lotCode: lotCode!, receiptCode: receiptCode!, inspectionLotCode: inspectionLotCode! };
  }

  const record = async (type: string, code: string) => (await apiCall(api, 'GET', `/records/${type}/${encodeURIComponent(code)}`)).body;

  it('scenario 1: a tubing lot fails OD at incoming inspection, the MRB returns it to the supplier with a signed disposition', async () => {
    // Given a tubing delivery arrives on the dock
    const businessKey = `SCENARIO-1-${run}`;
    const supplierLot = `LH-T${run}`;
    const receiving = await receive(businessKey, supplierLot);

    // Then the receipt and a lot in quarantine are recorded, posted to RECEIVING, and the inspector is asked for 200 samples (5000 m: ISO 2859-1 letter L)
    const inspection = await openTask(engine, businessKey, 'Task_RecordResults');
    const { lotCode, receiptCode, inspectionLotCode } = await codesOf(receiving);
    expect(await variableOf(engine, receiving, 'sampleSize')).toBe(200);
    expect(await variableOf(engine, receiving, 'inspectionPlan')).toBe('IPL-IN-TUBE');
    expect((await record('lot', lotCode)).values).toMatchObject({ material: 'RM-TUBE-PVC-106', status: 'quarantine', supplier: 'SUP-TUBE-01', supplierLot, receipt: receiptCode });
    expect((await record('inspection-lot', inspectionLotCode)).values).toMatchObject({ lot: lotCode, inspectionPlan: 'IPL-IN-TUBE', receipt: receiptCode, status: 'in-progress' });
    const quarantined = await apiCall(api, 'GET', `/inventory/balances?lot=${lotCode}`);
    expect(quarantined.body.items).toEqual([expect.objectContaining({ location: 'RECEIVING', onHand: 5000, lotStatus: 'quarantine', available: 5000 })]);

    // When QA records an outer diameter above 0.155 in and signs the results
    const results = await completeTask(api, inspection.id, 'qa.li', { lot: lotCode, inspectionLot: inspectionLotCode, ...readingsWithinLimits, outerDiameterMaxIn: 0.1571 }, 'reviewed');
    expect(results.signature).toMatchObject({ printedName: 'Li Wei / 李伟', meaning: 'reviewed' });

    // Then the results table fails the lot on OD, the lot is rejected and an NCR goes to the MRB
    const review = await openTask(engine, businessKey, 'Task_MrbReview');
    expect(await variableOf(engine, receiving, 'failedCharacteristic')).toBe('outer-diameter');
    const judged = await engine.get<Array<{ value: string }>>(`/history/variable-instance?processInstanceId=${receiving}&variableName=ruleId`);
    expect(judged.map((variable) => variable.value)).toContain('outer-diameter-above-limit');
    expect((await record('lot', lotCode)).values.status).toBe('rejected');
    expect((await record('inspection-lot', inspectionLotCode)).values.status).toBe('failed');
    const ncrCode = await variableOf<string>(engine, receiving, 'nonconformanceReportCode');
    expect((await record('nonconformance-report', ncrCode)).values).toMatchObject({
      source: 'incoming-inspection',
      lot: lotCode,
      inspectionLot: inspectionLotCode,
      supplier: 'SUP-TUBE-01',
      severity: 'major',
      status: 'mrb-review',
      quantityAffected: 5000,
      description: expect.stringContaining('outer-diameter'),
    });

    // And only the MRB sees the disposition: QA alone may not decide it
    expect((await apiCall(api, 'GET', `/tasks/${review.id}`, undefined, { as: 'qa.li' })).status).toBe(404);
    await apiCall(api, 'POST', `/tasks/${review.id}/claim`, {}, { as: 'mrb.zhao' });
    const unjustified = await apiCall(api, 'POST', `/tasks/${review.id}/complete`, { values: { nonconformanceReport: ncrCode, disposition: 'return-to-supplier' }, signature: { password: 'lotflow-demo', meaning: 'disposition-decision' } }, { as: 'mrb.zhao' });
    expect(unjustified.status).toBe(400);
    expect(JSON.stringify(unjustified.body)).toContain('justification');

    // When the MRB decides "return to supplier" with its justification and signs
    const disposition = await completeTask(
      api,
      review.id,
      'mrb.zhao',
      {
        nonconformanceReport: ncrCode,
        disposition: 'return-to-supplier',
        justification: 'OD 0.1571 in is above the 0.155 in limit; no rework restores the extrusion. The supplier accepts the return.',
        returnAuthorization: `RMA-${run}`,
      },
      'disposition-decision',
    );
    expect(disposition.signature).toMatchObject({ printedName: 'Zhao Min / 赵敏', meaning: 'disposition-decision' });

    // Then the lot leaves the plant to the supplier, the NCR is closed and the receiving ends dispositioned
    expect(await endEventOf(engine, receiving, businessKey)).toBe('EndEvent_Dispositioned');
    expect((await record('lot', lotCode)).values.status).toBe('rejected');
    const ledger = await apiCall<{ items: Array<Record<string, unknown>> }>(api, 'GET', `/inventory/movements?lot=${lotCode}`);
    const movements = ledger.body.items;
    expect(movements.map((movement) => [movement.type, movement.quantity, movement.balanceAfter])).toEqual([
      ['receipt', 5000, 5000],
      ['return-to-supplier', -5000, 0],
    ]);
    expect(movements[1]).toMatchObject({ location: 'RECEIVING', document: { type: 'nonconformance-report', code: ncrCode } });
    expect((await apiCall(api, 'GET', `/inventory/balances?lot=${lotCode}`)).body.items).toEqual([]);

    const ncr = await record('nonconformance-report', ncrCode);
    expect(ncr.values).toMatchObject({ disposition: 'return-to-supplier', status: 'closed', justification: expect.stringContaining(disposition.record!.code) });
    const signed = await record('mrb-disposition', disposition.record!.code);
    expect(signed.values).toMatchObject({ nonconformanceReport: ncrCode, disposition: 'return-to-supplier', justification: expect.stringContaining('0.155 in limit') });
    expect(signed.signatures).toEqual([expect.objectContaining({ printedName: 'Zhao Min / 赵敏', username: 'mrb.zhao', meaning: 'disposition-decision', state: 'valid' })]);
    const inspected = await record('incoming-inspection-result', results.record!.code);
    expect(inspected.signatures).toEqual([expect.objectContaining({ username: 'qa.li', meaning: 'reviewed', state: 'valid' })]);

    // And the trace runs supplier → supplier lot → lot ← receipt, and lot → back to the supplier
    const trace = await apiCall<TraceGraph>(api, 'GET', `/trace/lot/${lotCode}?direction=both`);
    const edges = trace.body.edges.map((edge) => `${edge.from} -${edge.relation}-> ${edge.to}`);
    expect(edges).toEqual(
      expect.arrayContaining([
        `supplier:SUP-TUBE-01 -supplied-> supplier-lot:SUP-TUBE-01/${supplierLot}`,
        `supplier-lot:SUP-TUBE-01/${supplierLot} -received-as-> lot:${lotCode}`,
        `receipt:${receiptCode} -received-on-> lot:${lotCode}`,
        `lot:${lotCode} -returned-to-> supplier:SUP-TUBE-01`,
      ]),
    );
  });

  it('releases a lot whose readings are within every limit and accepts its receipt', async () => {
    const businessKey = `RECEIVING-PASS-${run}`;
    const receiving = await receive(businessKey, `LH-P${run}`);
    const inspection = await openTask(engine, businessKey, 'Task_RecordResults');
    const { lotCode, receiptCode, inspectionLotCode } = await codesOf(receiving);

    await completeTask(api, inspection.id, 'qa.li', { lot: lotCode, inspectionLot: inspectionLotCode, ...readingsWithinLimits }, 'reviewed');

    expect(await endEventOf(engine, receiving, businessKey)).toBe('EndEvent_Released');
    expect((await record('lot', lotCode)).values.status).toBe('released');
    expect((await record('inspection-lot', inspectionLotCode)).values.status).toBe('passed');
    expect((await record('receipt', receiptCode)).values.status).toBe('accepted');
    expect((await apiCall(api, 'GET', `/inventory/balances?lot=${lotCode}`)).body.items).toEqual([expect.objectContaining({ onHand: 5000, lotStatus: 'released', available: 5000 })]);
  });
});
