import { ConflictError } from '@lotflow/api';
import { describe, expect, it } from 'vitest';
import { NonRetryableError } from '../../../task-runner/task-handler.js';
import { acceptsParameters, fakeKernel, taskContext } from '../../kernel-action/__tests__/fake-kernel.js';
import { assignNumberHandler } from '../assign-number.handler.js';

describe('lotflow.number.assign', () => {
  it('needs the sequence and the variable that receives the number', () => {
    const handler = assignNumberHandler(fakeKernel().kernel);
    expect(acceptsParameters(handler, { sequence: 'lot', resultVariable: 'lotNumber' })).toBe(true);
    expect(acceptsParameters(handler, { sequence: 'lot' })).toBe(false);
    expect(acceptsParameters(handler, { sequence: 'lot', resultVariable: '1st' })).toBe(false);
  });

  it('draws the number inside the receipt’s transaction and writes it to the variable', async () => {
    const { kernel, stubs, manager, receipts } = fakeKernel();
    stubs.records.assignNumber.mockResolvedValue('LOT-260302-0003');
    expect(await assignNumberHandler(kernel).handle(taskContext('Task_AssignNumber', { sequence: 'lot', resultVariable: 'lotNumber' }))).toEqual({
      kind: 'complete',
      variables: { lotNumber: 'LOT-260302-0003' },
    });
    expect(stubs.records.assignNumber).toHaveBeenCalledWith(manager, 'lot');
    expect(receipts.map((receipt) => receipt.key)).toEqual(['instance-1:task-1:number.assign']);
  });

  it('sends a sequence the dictionary does not define to an incident', async () => {
    const { kernel, stubs } = fakeKernel();
    stubs.records.assignNumber.mockRejectedValue(new ConflictError("The numbering sequence 'lots' is not defined: add it to the dictionary's sequences."));
    await expect(assignNumberHandler(kernel).handle(taskContext('Task_AssignNumber', { sequence: 'lots', resultVariable: 'lotNumber' }))).rejects.toThrow(NonRetryableError);
  });
});
