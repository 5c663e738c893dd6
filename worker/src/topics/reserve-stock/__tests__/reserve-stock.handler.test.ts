import { ConflictError, RequestInvalidError } from '@lotflow/api';
import { describe, expect, it } from 'vitest';
import { NonRetryableError } from '../../../task-runner/task-handler.js';
import { acceptsParameters, fakeKernel, taskContext } from '../../kernel-action/__tests__/fake-kernel.js';
import { reserveStockHandler } from '../reserve-stock.handler.js';

const reservation = {
  id: 'reservation-1',
  lines: [{ lot: 'LOT-1', location: 'RAW', quantity: 300, consumed: 0, expiresOn: '2031-01-31', belowMinimumShelfLife: false, status: 'open' }],
};

describe('lotflow.inventory.reserve', () => {
  it('needs a material and a positive quantity with at most three decimals', () => {
    const handler = reserveStockHandler(fakeKernel().kernel);
    expect(acceptsParameters(handler, { material: 'FG-IVS-20D', quantity: '300', customer: 'CUST-1' })).toBe(true);
    expect(acceptsParameters(handler, { material: 'FG-IVS-20D', quantity: 0.125, minimumRemainingShelfLifeDays: '365' })).toBe(true);
    expect(acceptsParameters(handler, { material: 'FG-IVS-20D', quantity: '-3' })).toBe(false);
    expect(acceptsParameters(handler, { material: 'FG-IVS-20D', quantity: '1.2345' })).toBe(false);
    expect(acceptsParameters(handler, { quantity: '3' })).toBe(false);
  });

  it('reserves under the action’s key and writes the reservation and its lots', async () => {
    const { kernel, stubs } = fakeKernel();
    stubs.inventory.reserve.mockResolvedValue({ replayed: false, result: reservation });
    const outcome = await reserveStockHandler(kernel).handle(
      taskContext('Task_Reserve', { material: 'FG-IVS-20D', quantity: '300', customer: 'CUST-1', workOrder: null, minimumRemainingShelfLifeDays: '365', resultVariable: 'picked' }),
    );
    expect(stubs.inventory.reserve).toHaveBeenCalledWith(
      { idempotencyKey: 'instance-1:task-1:inventory.reserve', material: 'FG-IVS-20D', quantity: '300', customer: 'CUST-1', minimumRemainingShelfLifeDays: 365 },
      'worker',
    );
    expect(outcome).toEqual({
      kind: 'complete',
      variables: { picked: 'reservation-1', reservationLines: '[{"lot":"LOT-1","location":"RAW","quantity":300,"expiresOn":"2031-01-31"}]' },
    });
  });

  it('reports too little stock as LOTFLOW_SHORTFALL with the ledger’s explanation', async () => {
    const { kernel, stubs } = fakeKernel();
    const explanation = "Couldn't reserve 500 of FG-IVS-20D for CUST-1 as of 2026-03-02: 200 short. Allocatable: 300 in LOT-1 at RAW.";
    stubs.inventory.reserve.mockRejectedValueOnce(new ConflictError(explanation, '/quantity'));
    expect(await reserveStockHandler(kernel).handle(taskContext('Task_Reserve', { material: 'FG-IVS-20D', quantity: '500', customer: 'CUST-1' }))).toEqual({
      kind: 'bpmn-error',
      code: 'LOTFLOW_SHORTFALL',
      message: explanation,
      variables: { lotflowErrorCode: 'LOTFLOW_SHORTFALL', lotflowErrorMessage: explanation },
    });
  });

  it('reports unknown material or customer as LOTFLOW_RECORD_INVALID, and a changed request as an incident', async () => {
    const { kernel, stubs } = fakeKernel();
    const handler = reserveStockHandler(kernel);
    stubs.inventory.reserve.mockRejectedValueOnce(new RequestInvalidError([{ pointer: '/customer', message: "refers to the customer 'CUST-X', which does not exist", keyword: 'reference' }]));
    expect(await handler.handle(taskContext('Task_Reserve', { material: 'FG-IVS-20D', quantity: '5', customer: 'CUST-X' }))).toMatchObject({ code: 'LOTFLOW_RECORD_INVALID' });
    stubs.inventory.reserve.mockRejectedValueOnce(new ConflictError('used for a different reservation', '/idempotencyKey'));
    await expect(handler.handle(taskContext('Task_Reserve', { material: 'FG-IVS-20D', quantity: '5', customer: 'CUST-1' }))).rejects.toThrow(NonRetryableError);
  });
});
