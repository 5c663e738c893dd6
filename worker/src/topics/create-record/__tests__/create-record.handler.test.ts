import { ConflictError, NotFoundError, RequestInvalidError, hashActionRequest } from '@lotflow/api';
import { describe, expect, it } from 'vitest';
import { NonRetryableError } from '../../../task-runner/task-handler.js';
import { acceptsParameters, fakeKernel, taskContext } from '../../kernel-action/__tests__/fake-kernel.js';
import { createRecordHandler } from '../create-record.handler.js';

const values = '{"material": "RM-TUBE-PVC-106", "status": "quarantine", "quantity": 1200}';

describe('lotflow.record.create', () => {
  it('needs a dictionary type and values', () => {
    const handler = createRecordHandler(fakeKernel().kernel);
    expect(acceptsParameters(handler, { type: 'lot', values })).toBe(true);
    expect(acceptsParameters(handler, { type: 'lot', values: { quantity: 1 }, resultVariable: 'newLot', reason: null })).toBe(true);
    expect(acceptsParameters(handler, { type: 'lot' })).toBe(false);
    expect(acceptsParameters(handler, { type: 'Lot Type', values })).toBe(false);
    expect(acceptsParameters(handler, { type: 'lot', values: 'material=RM' })).toBe(false);
    expect(acceptsParameters(handler, { type: 'lot', values, resultVariable: 'lot code' })).toBe(false);
  });

  it('creates the record as the worker, in the receipt’s transaction, and writes its code to <type>Code', async () => {
    const { kernel, stubs, manager, receipts } = fakeKernel();
    stubs.records.create.mockResolvedValue({ code: 'LOT-260302-0007' });
    const outcome = await createRecordHandler(kernel).handle(taskContext('Task_CreateLot', { type: 'lot', values, reason: 'Received' }));
    expect(outcome).toEqual({ kind: 'complete', variables: { lotCode: 'LOT-260302-0007' } });
    expect(receipts).toEqual([
      { key: 'instance-1:task-1:record.create', requestHash: hashActionRequest({ type: 'lot', values: JSON.parse(values), reason: 'Received' }) },
    ]);
    expect(stubs.records.create).toHaveBeenCalledWith(
      'lot',
      { values: JSON.parse(values), actor: 'worker', locale: 'en', reason: 'Received (process instance instance-1, step Task_CreateLot, external task task-1)' },
      manager,
    );
  });

  it('writes the code to the variable the model names', async () => {
    const { kernel, stubs } = fakeKernel();
    stubs.records.create.mockResolvedValue({ code: 'LOT-260302-0008' });
    expect(await createRecordHandler(kernel).handle(taskContext('Task_CreateLot', { type: 'lot', values, resultVariable: 'tubingLot' }))).toMatchObject({ variables: { tubingLot: 'LOT-260302-0008' } });
  });

  it('reports invalid values, a taken code or unique value as LOTFLOW_RECORD_INVALID', async () => {
    const { kernel, stubs } = fakeKernel();
    const handler = createRecordHandler(kernel);
    stubs.records.create.mockRejectedValueOnce(new RequestInvalidError([{ pointer: '/values/material', message: "refers to the material 'RM-X', which does not exist", keyword: 'reference' }]));
    expect(await handler.handle(taskContext('Task_CreateLot', { type: 'lot', values }))).toMatchObject({
      kind: 'bpmn-error',
      code: 'LOTFLOW_RECORD_INVALID',
      message: "Couldn't create the lot: /values/material: refers to the material 'RM-X', which does not exist",
    });
    stubs.records.create.mockRejectedValueOnce(new ConflictError("The code 'LOT-1' is already used by another record", '/values/lotNumber'));
    expect(await handler.handle(taskContext('Task_CreateLot', { type: 'lot', values }))).toMatchObject({ kind: 'bpmn-error', code: 'LOTFLOW_RECORD_INVALID' });
  });

  it('sends an unpublished type or a missing numbering sequence to an incident', async () => {
    const { kernel, stubs } = fakeKernel();
    const handler = createRecordHandler(kernel);
    stubs.records.create.mockRejectedValueOnce(new NotFoundError("The published version of dictionary type 'lott'"));
    await expect(handler.handle(taskContext('Task_CreateLot', { type: 'lott', values }))).rejects.toThrow(NonRetryableError);
    stubs.records.create.mockRejectedValueOnce(new ConflictError("The numbering sequence 'lot' is not defined"));
    await expect(handler.handle(taskContext('Task_CreateLot', { type: 'lot', values }))).rejects.toThrow(NonRetryableError);
  });
});
