import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { engineRest } from '../../../test/support/engine-rest.js';
import { apiCall, startTestWorker } from '../../../test/support/start-services.js';
import { assertNoIncident, completeTask, endEventOf, openTask, startInstallation, variableOf, waitFor, type RunningApi, type Worker } from './scenario-support.js';

const run = Date.now().toString(36).toUpperCase();
const purchasing = { as: 'purchasing.wang' };

describe('purchase order → approval → arrival → receiving, on the real engine with the worker', () => {
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

  /** A tubing supplier on the approved list, its ISO 13485 certificate expiring on the given date. */
  async function tubingSupplier(name: string, certificateExpiresOn: string): Promise<string> {
    const code = `SUP-${name}-${run}`;
    const created = await apiCall(api, 'POST', '/records/supplier', {
      values: {
        code,
        name: `${name} tubing`,
        country: 'CN',
        certificates: [{ number: `${code}-13485`, standard: 'iso-13485', issuedOn: '2021-01-01', expiresOn: certificateExpiresOn }],
        materialApprovals: [{ material: 'RM-TUBE-PVC-106', status: 'approved', approvedOn: '2021-02-01' }],
        status: 'active',
      },
      reason: 'Supplier qualification',
    }, { as: 'analyst.chen' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return code;
  }

  /** A draft order for PVC tubing, submitted: the process starts with its code and total. */
  async function submitOrder(supplier: string, quantity: number, unitPrice: number, demand: Record<string, unknown> = {}): Promise<{ purchaseOrder: string; instance: string }> {
    const order = await apiCall(api, 'POST', '/records/purchase-order', {
      values: { supplier, orderedOn: '2026-03-02', currency: 'cny', status: 'draft', lines: [{ line: 1, material: 'RM-TUBE-PVC-106', quantity, unitPrice, committedOn: '2026-03-20' }] },
    }, purchasing);
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    const purchaseOrder = order.body.code as string;
    const started = await apiCall<{ id: string }>(api, 'POST', '/process-instances', { processKey: 'purchase-order', businessKey: purchaseOrder, variables: { purchaseOrder, orderAmount: quantity * unitPrice, ...demand } });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    return { purchaseOrder, instance: started.body.id };
  }

  const orderValues = async (code: string) => (await apiCall(api, 'GET', `/records/purchase-order/${code}`)).body.values as Record<string, unknown>;

  function waitingForArrival(instance: string, purchaseOrder: string) {
    return waitFor('the order to wait for its delivery', async () => {
      const [waiting] = await engine.get<unknown[]>(`/event-subscription?processInstanceId=${instance}&eventType=message&eventName=goods-arrived`);
      if (!waiting) await assertNoIncident(engine, purchaseOrder);
      return waiting;
    });
  }

  it('blocks an order to a supplier whose ISO 13485 certificate has expired (21 CFR 820.50)', async () => {
    const supplier = await tubingSupplier('EXPIRED', '2024-01-31');
    const { purchaseOrder, instance } = await submitOrder(supplier, 1000, 1.85);

    expect(await endEventOf(engine, instance, purchaseOrder)).toBe('EndEvent_Blocked');
    expect(await variableOf(engine, instance, 'supplierCertificateExpiresOn')).toBe('2024-01-31');
    expect(await orderValues(purchaseOrder)).toMatchObject({ status: 'cancelled', notes: expect.stringContaining('certificate-expired') });
  });

  it('blocks an order for a material the supplier is not approved for', async () => {
    const supplier = await tubingSupplier('NOTAPPROVED', '2099-12-31');
    const order = await apiCall(api, 'POST', '/records/purchase-order', {
      values: { supplier, orderedOn: '2026-03-02', currency: 'cny', status: 'draft', lines: [{ line: 1, material: 'CP-DRIP-6ML', quantity: 100, unitPrice: 0.32, committedOn: '2026-03-20' }] },
    }, purchasing);
    const started = await apiCall<{ id: string }>(api, 'POST', '/process-instances', { processKey: 'purchase-order', businessKey: order.body.code, variables: { purchaseOrder: order.body.code, orderAmount: 32 } });

    expect(await endEventOf(engine, started.body.id, order.body.code)).toBe('EndEvent_Blocked');
    expect(await orderValues(order.body.code)).toMatchObject({ status: 'cancelled', notes: expect.stringContaining('supplier-not-approved-for-material') });
  });

  it('sends a small order at once, sets up its inspection, receives and releases the delivery when it arrives, and reserves it for the open demand', async () => {
    // Given an order for 5000 m of tubing, 3000 m of it for work order WO-202603-0001
    const supplier = await tubingSupplier('APPROVED', '2099-12-31');
    const { purchaseOrder, instance } = await submitOrder(supplier, 5000, 1.85, { workOrder: 'WO-202603-0001', demandQuantity: 3000 });

    // Then the order goes out with no approval step and waits for its delivery, its inspection plan known
    await waitingForArrival(instance, purchaseOrder);
    expect(await variableOf(engine, instance, 'approval')).toBe('automatic');
    expect(await variableOf(engine, instance, 'inspectionPlan')).toBe('IPL-IN-TUBE');
    expect((await orderValues(purchaseOrder)).status).toBe('sent');

    // When the dock reports the delivery against the order
    const receipt = {
      purchaseOrder,
      supplier,
      receivedAt: new Date().toISOString(),
      status: 'received',
      lines: [{ purchaseOrderLine: 1, material: 'RM-TUBE-PVC-106', quantity: 5000, supplierLot: `A-${run}`, certificateOfConformity: true }],
    };
    await engine.post('/message', { messageName: 'goods-arrived', businessKey: purchaseOrder, processVariables: { receipt: { value: JSON.stringify(receipt), type: 'Json' } } });

    // Then it is received and inspected under the order's business key, and a pass releases the lot
    const inspection = await openTask(engine, purchaseOrder, 'Task_RecordResults');
    const lotCode = await variableOf<string>(engine, inspection.processInstanceId, 'lotCode');
    await completeTask(
      api,
      inspection.id,
      'qa.li',
      { lot: lotCode, samplesInspected: 200, outerDiameterMinIn: 0.149, outerDiameterMaxIn: 0.151, innerDiameterMinIn: 0.105, innerDiameterMaxIn: 0.107, hardnessMinShoreA: 77, hardnessMaxShoreA: 79, visualDefects: 1 },
      'reviewed',
    );
    expect(await endEventOf(engine, instance, purchaseOrder)).toBe('EndEvent_Reserved');
    expect((await orderValues(purchaseOrder)).status).toBe('received');
    expect((await apiCall(api, 'GET', `/records/lot/${lotCode}`)).body.values).toMatchObject({ status: 'released', supplier });

    // And the released tubing is reserved for the work order
    const reservationId = await variableOf<string>(engine, instance, 'reservationId');
    const reservation = await apiCall(api, 'GET', `/inventory/reservations/${reservationId}`);
    expect(reservation.body).toMatchObject({ status: 'open', material: 'RM-TUBE-PVC-106', quantity: 3000, workOrder: 'WO-202603-0001' });
    expect(reservation.body.lines.reduce((total: number, line: { quantity: number }) => total + line.quantity, 0)).toBe(3000);
  });

  it('sends a large order only after purchasing approves and signs it', async () => {
    const supplier = await tubingSupplier('LARGE', '2099-12-31');
    const { purchaseOrder, instance } = await submitOrder(supplier, 40000, 1.85);

    const approval = await openTask(engine, purchaseOrder, 'Task_PurchasingApproval');
    expect(await variableOf(engine, instance, 'approvalReason')).toBe('amount-above-limit');
    expect((await orderValues(purchaseOrder)).status).toBe('draft');
    const signed = await completeTask(api, approval.id, 'purchasing.wang', { purchaseOrder, decision: 'approve', comment: 'Annual tubing demand, price agreed in the frame contract.' }, 'approved-for-release');
    expect(signed.signature).toMatchObject({ printedName: 'Wang Fang / 王芳', meaning: 'approved-for-release' });

    await waitingForArrival(instance, purchaseOrder);
    expect((await orderValues(purchaseOrder)).status).toBe('sent');
  });
});
