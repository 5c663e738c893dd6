import { ConflictError, RequestInvalidError } from '@lotflow/api';
import { describe, expect, it } from 'vitest';
import { NonRetryableError } from '../../../task-runner/task-handler.js';
import { acceptsParameters, fakeKernel, taskContext } from '../../kernel-action/__tests__/fake-kernel.js';
import { postMovementsHandler } from '../post-movements.handler.js';

const receipt = '[{"type": "receipt", "lot": "LOT-1", "location": "RECEIVING", "quantity": 1200}]';
const issue = '[{"type": "issue", "lot": "LOT-1", "location": "RAW", "quantity": "10.5", "document": {"type": "work-order", "code": "WO-1"}}]';

describe('lotflow.inventory.post', () => {
  it('needs a list of movements, as JSON text or a list, or what is reserved', () => {
    const handler = postMovementsHandler(fakeKernel().kernel);
    expect(acceptsParameters(handler, { movements: receipt })).toBe(true);
    expect(acceptsParameters(handler, { movements: JSON.parse(receipt), links: null, resultVariable: null })).toBe(true);
    expect(acceptsParameters(handler, { movements: [] })).toBe(false);
    expect(acceptsParameters(handler, {})).toBe(false);
  });

  it('takes what is reserved instead of, or beside, a list of movements', () => {
    const handler = postMovementsHandler(fakeKernel().kernel);
    const reserved = { workOrder: 'WO-1', type: 'issue', document: { type: 'work-order', code: 'WO-1' } };
    expect(acceptsParameters(handler, { reserved })).toBe(true);
    expect(acceptsParameters(handler, { reserved: JSON.stringify(reserved), movements: JSON.parse(receipt) })).toBe(true);
  });

  it('posts with the action as the ledger’s idempotency key, and names the posting', async () => {
    const { kernel, stubs } = fakeKernel();
    stubs.inventory.postMovements.mockResolvedValue({ replayed: false, result: { postingId: 'posting-1' } });
    const outcome = await postMovementsHandler(kernel).handle(taskContext('Task_Receive', { movements: receipt, resultVariable: 'receiptPosting' }));
    expect(outcome).toEqual({ kind: 'complete', variables: { receiptPosting: 'posting-1' }, localVariables: { postingId: 'posting-1' } });
    expect(stubs.inventory.postMovements).toHaveBeenCalledWith({ idempotencyKey: 'instance-1:task-1:inventory.post', movements: JSON.parse(receipt) }, 'worker');
  });

  it('sends movements of the wrong shape to an incident before posting anything', async () => {
    const { kernel, stubs } = fakeKernel();
    await expect(postMovementsHandler(kernel).handle(taskContext('Task_Receive', { movements: '[{"type": "gift", "lot": "LOT-1", "location": "R", "quantity": 1}]' }))).rejects.toThrow(NonRetryableError);
    expect(stubs.inventory.postMovements).not.toHaveBeenCalled();
  });

  it('reports a blocked lot, too little stock and bad data as the BPMN errors the model catches', async () => {
    const { kernel, stubs } = fakeKernel();
    const handler = postMovementsHandler(kernel);
    const post = () => handler.handle(taskContext('Task_Issue', { movements: issue }));
    stubs.inventory.postMovements.mockRejectedValueOnce(new ConflictError("Lot LOT-1 has status 'hold': only a released lot can be issued to a work order. Nothing was posted.", '/movements/0/lot'));
    expect(await post()).toMatchObject({ kind: 'bpmn-error', code: 'LOTFLOW_LOT_BLOCKED', variables: { lotflowErrorMessage: expect.stringContaining("has status 'hold'") } });
    stubs.inventory.postMovements.mockRejectedValueOnce(new ConflictError('Lot LOT-1 at RAW has 2 free', '/movements/0/quantity'));
    expect(await post()).toMatchObject({ kind: 'bpmn-error', code: 'LOTFLOW_SHORTFALL' });
    stubs.inventory.postMovements.mockRejectedValueOnce(new RequestInvalidError([{ pointer: '/movements/0/lot', message: "refers to the lot 'LOT-1', which does not exist", keyword: 'reference' }]));
    expect(await post()).toMatchObject({ kind: 'bpmn-error', code: 'LOTFLOW_RECORD_INVALID' });
  });

  it('sends the same task with other movements to an incident: the model changed under the instance', async () => {
    const { kernel, stubs } = fakeKernel();
    stubs.inventory.postMovements.mockRejectedValueOnce(new ConflictError("The idempotency key 'instance-1:task-1:inventory.post' was used for a different posting", '/idempotencyKey'));
    await expect(postMovementsHandler(kernel).handle(taskContext('Task_Receive', { movements: receipt }))).rejects.toThrow(NonRetryableError);
  });
});
