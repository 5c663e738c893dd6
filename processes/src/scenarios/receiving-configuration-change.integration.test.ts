import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { engineRest } from '../../../test/support/engine-rest.js';
import { apiCall, demoPassword, startTestWorker } from '../../../test/support/start-services.js';
import { completeTask, endEventOf, openTask, startInstallation, variableOf, type RunningApi, type Worker } from './scenario-support.js';

interface RuleTableContent {
  inputs: Array<Record<string, unknown>>;
  outputs: Array<{ name: string; enum?: string[] } & Record<string, unknown>>;
  rows: Array<{ id: string; cells: string[] } & Record<string, unknown>>;
}

const run = Date.now().toString(36).toUpperCase();

/**
 * The engine on MySQL/MariaDB keeps an instance's start time in whole seconds, and an instance
 * evaluates the table version in force when it started: one started in the second of the
 * publication could still see the previous version.
 */
function nextWholeSecond(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 10));
}
const analyst = { as: 'analyst.chen' };

describe('a new Receipt field and a new rule row change the running receiving flow, with no code change and no restart', () => {
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

  it('records the transport temperature on the receipt and fails a lot that travelled too warm, while api and worker keep running', async () => {
    // Given a data steward adds "transport temperature" to the Receipt type
    const receiptType = await apiCall(api, 'GET', '/dictionary/types/receipt/versions/latest');
    const temperature = { name: 'transportTemperatureC', kind: 'decimal', scale: 1, unit: '°C', label: { en: 'Transport temperature', 'zh-CN': '运输温度' } };
    expect((await apiCall(api, 'PUT', '/dictionary/types/receipt/draft', { content: { ...receiptType.body.content, fields: [...receiptType.body.content.fields, temperature] } }, analyst)).status).toBe(200);
    const typePublished = await apiCall(api, 'POST', '/dictionary/types/receipt/publish', { reason: 'PVC tubing must travel below 25 °C' }, analyst);
    expect(typePublished.status, JSON.stringify(typePublished.body)).toBe(201);

    // And an analyst adds a first row to the results table that reads it from the receipt
    const key = 'incoming-inspection-results';
    const latest = await apiCall<{ version: number; content: RuleTableContent }>(api, 'GET', `/rule-tables/${key}/versions/latest`);
    const table = latest.body.content;
    const changed: RuleTableContent = {
      ...table,
      inputs: [...table.inputs, { id: 'transportTemperature', label: { en: 'Transport temperature (°C)', 'zh-CN': '运输温度（°C）' }, expression: 'receipt.transportTemperatureC', type: 'number' }],
      outputs: table.outputs.map((output) => (output.name === 'failedCharacteristic' ? { ...output, enum: [...output.enum!, 'transport-temperature'] } : output)),
      rows: [
        { id: 'transported-too-warm', cells: ['"RM-TUBE-PVC-106"', ...table.inputs.slice(1).map(() => '-'), '> 25'], outputs: { inspectionResult: 'fail', failedCharacteristic: 'transport-temperature' } },
        ...table.rows.map((row) => ({ ...row, cells: [...row.cells, '-'] })),
      ],
    };
    const draft = await apiCall(api, 'PUT', `/rule-tables/${key}/draft`, { content: changed }, analyst);
    expect(draft.status, JSON.stringify(draft.body)).toBe(200);
    const tablePublished = await apiCall(api, 'POST', `/rule-tables/${key}/publish`, { reason: 'Tubing that travelled above 25 °C is rejected', signature: { password: demoPassword, meaning: 'rule-publication' } }, analyst);
    expect(tablePublished.status, JSON.stringify(tablePublished.body)).toBe(201);

    // When, a moment later, a delivery reports 31 °C and every reading is within the limits
    await nextWholeSecond();
    const businessKey = `RECEIVING-WARM-${run}`;
    const receipt = {
      purchaseOrder: 'PO-2026-00015',
      supplier: 'SUP-TUBE-01',
      receivedAt: new Date().toISOString(),
      status: 'received',
      transportTemperatureC: 31,
      lines: [{ purchaseOrderLine: 1, material: 'RM-TUBE-PVC-106', quantity: 2000, supplierLot: `LH-W${run}`, certificateOfConformity: true }],
    };
    const started = await apiCall<{ id: string }>(api, 'POST', '/process-instances', { processKey: 'receiving', businessKey, variables: { receipt } });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const receiving = started.body.id;
    const inspection = await openTask(engine, businessKey, 'Task_RecordResults');
    const lotCode = await variableOf<string>(engine, receiving, 'lotCode');
    const receiptCode = await variableOf<string>(engine, receiving, 'receiptCode');
    expect(await variableOf(engine, receiving, 'sampleSize')).toBe(125);
    await completeTask(
      api,
      inspection.id,
      'qa.li',
      { lot: lotCode, samplesInspected: 125, outerDiameterMinIn: 0.149, outerDiameterMaxIn: 0.151, innerDiameterMinIn: 0.105, innerDiameterMaxIn: 0.107, hardnessMinShoreA: 77, hardnessMaxShoreA: 79, visualDefects: 0 },
      'reviewed',
    );

    // Then the receipt keeps the new field, written with the new type version
    const storedReceipt = await apiCall(api, 'GET', `/records/receipt/${receiptCode}`);
    expect(storedReceipt.body.values.transportTemperatureC).toBe(31);
    expect(storedReceipt.body.typeVersion).toBe(typePublished.body.version);

    // And the new row of the new table version decided: the lot is rejected and goes to the MRB
    const review = await openTask(engine, businessKey, 'Task_MrbReview');
    const judged = await engine.get<Array<{ activityInstanceId: string; name: string; value: unknown }>>(`/history/variable-instance?processInstanceId=${receiving}&variableNameIn=ruleId,ruleSetVersion,ruleSetKey`);
    const judgeStep = judged.find((variable) => variable.name === 'ruleSetKey' && variable.value === key)!.activityInstanceId;
    const decision = Object.fromEntries(judged.filter((variable) => variable.activityInstanceId === judgeStep).map((variable) => [variable.name, variable.value]));
    expect(decision).toEqual({ ruleSetKey: key, ruleSetVersion: tablePublished.body.version, ruleId: 'transported-too-warm' });
    expect(await variableOf(engine, receiving, 'failedCharacteristic')).toBe('transport-temperature');
    expect((await apiCall(api, 'GET', `/records/lot/${lotCode}`)).body.values.status).toBe('rejected');

    // When the MRB scraps it, the lot leaves stock as scrap under the NCR
    const ncrCode = await variableOf<string>(engine, receiving, 'nonconformanceReportCode');
    await completeTask(api, review.id, 'mrb.zhao', { nonconformanceReport: ncrCode, disposition: 'scrap', justification: 'Heat exposure above 25 °C may have changed the PVC: not usable, not returnable.' }, 'disposition-decision');
    expect(await endEventOf(engine, receiving, businessKey)).toBe('EndEvent_Dispositioned');
    const ledger = await apiCall<{ items: Array<Record<string, unknown>> }>(api, 'GET', `/inventory/movements?lot=${lotCode}`);
    expect(ledger.body.items.map((movement) => [movement.type, movement.quantity, movement.balanceAfter])).toEqual([
      ['receipt', 2000, 2000],
      ['scrap', -2000, 0],
    ]);
    const trace = await apiCall<{ edges: Array<{ from: string; to: string; relation: string }> }>(api, 'GET', `/trace/lot/${lotCode}?direction=forward`);
    expect(trace.body.edges).toContainEqual(expect.objectContaining({ from: `lot:${lotCode}`, to: `nonconformance-report:${ncrCode}`, relation: 'scrapped-under' }));
  });
});
