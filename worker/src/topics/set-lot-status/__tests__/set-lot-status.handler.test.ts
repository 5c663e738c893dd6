import { NotFoundError, RequestInvalidError } from '@lotflow/api';
import { describe, expect, it } from 'vitest';
import { acceptsParameters, fakeKernel, taskContext } from '../../kernel-action/__tests__/fake-kernel.js';
import { setLotStatusHandler } from '../set-lot-status.handler.js';

describe('lotflow.lot.set-status', () => {
  it('needs the lot, the status and the reason: the status is a regulated field', () => {
    const handler = setLotStatusHandler(fakeKernel().kernel);
    expect(acceptsParameters(handler, { lot: 'LOT-1', status: 'hold', reason: 'Bioburden out of limit' })).toBe(true);
    expect(acceptsParameters(handler, { lot: 'LOT-1', status: 'hold' })).toBe(false);
    expect(acceptsParameters(handler, { lot: 'LOT-1', status: 'hold', reason: '' })).toBe(false);
  });

  it('changes the status in the receipt’s transaction and keeps which reservations it released on the task', async () => {
    const { kernel, stubs, manager, receipts } = fakeKernel();
    stubs.inventory.changeLotStatus.mockResolvedValue({ lot: { revision: 3 }, releasedReservations: [{ reservation: 'r-1' }, { reservation: 'r-2' }] });
    const outcome = await setLotStatusHandler(kernel).handle(taskContext('Task_Hold', { lot: 'LOT-1', status: 'hold', reason: 'Bioburden out of limit' }));
    expect(outcome).toEqual({ kind: 'complete', variables: {}, localVariables: { lotRevision: 3, releasedReservations: 'r-1,r-2' } });
    expect(stubs.inventory.changeLotStatus).toHaveBeenCalledWith(
      'LOT-1',
      { status: 'hold', reason: 'Bioburden out of limit (process instance instance-1, step Task_Hold, external task task-1)', actor: 'worker', locale: 'en' },
      manager,
    );
    expect(receipts.map((receipt) => receipt.key)).toEqual(['instance-1:task-1:lot.set-status']);
  });

  it('reports a lot that does not exist or a status the lot type does not allow as LOTFLOW_RECORD_INVALID', async () => {
    const { kernel, stubs } = fakeKernel();
    const handler = setLotStatusHandler(kernel);
    stubs.inventory.changeLotStatus.mockRejectedValueOnce(new NotFoundError("The lot 'LOT-404'"));
    expect(await handler.handle(taskContext('Task_Hold', { lot: 'LOT-404', status: 'hold', reason: 'r' }))).toMatchObject({ code: 'LOTFLOW_RECORD_INVALID', message: "Couldn't set lot LOT-404 to 'hold': The lot 'LOT-404' does not exist." });
    stubs.inventory.changeLotStatus.mockRejectedValueOnce(new RequestInvalidError([{ pointer: '/status', message: 'must be one of quarantine, released, hold, rejected', keyword: 'enum' }]));
    expect(await handler.handle(taskContext('Task_Hold', { lot: 'LOT-1', status: 'frozen', reason: 'r' }))).toMatchObject({ code: 'LOTFLOW_RECORD_INVALID' });
  });
});
