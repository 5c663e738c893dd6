import { ConflictError, NotFoundError } from '@lotflow/api';
import { describe, expect, it } from 'vitest';
import { NonRetryableError } from '../../../task-runner/task-handler.js';
import { acceptsParameters, fakeKernel, taskContext } from '../../kernel-action/__tests__/fake-kernel.js';
import { updateRecordHandler } from '../update-record.handler.js';

const lotType = {
  fields: [
    { name: 'status', regulated: true },
    { name: 'notes', regulated: false },
  ],
};

function kernelWithLot() {
  const fake = fakeKernel();
  fake.stubs.records.get.mockResolvedValue({ code: 'LOT-1', revision: 4, values: { lotNumber: 'LOT-1', status: 'released', notes: 'old' } });
  fake.stubs.records.publishedType.mockResolvedValue({ version: 1, type: lotType });
  fake.stubs.records.update.mockResolvedValue({ revision: 5 });
  return fake;
}

describe('lotflow.record.update', () => {
  it('needs the type, the code and the changed values', () => {
    const handler = updateRecordHandler(fakeKernel().kernel);
    expect(acceptsParameters(handler, { type: 'lot', code: 'LOT-1', values: '{"notes": "x"}' })).toBe(true);
    expect(acceptsParameters(handler, { type: 'lot', values: '{"notes": "x"}' })).toBe(false);
    expect(acceptsParameters(handler, { type: 'lot', code: '', values: '{"notes": "x"}' })).toBe(false);
  });

  it('changes only the given fields, at the revision it read, naming the task in the audited reason', async () => {
    const { kernel, stubs, manager } = kernelWithLot();
    const outcome = await updateRecordHandler(kernel).handle(taskContext('Task_Note', { type: 'lot', code: 'LOT-1', values: '{"notes": "reserved"}' }));
    expect(outcome).toEqual({ kind: 'complete', variables: {}, localVariables: { recordRevision: 5 } });
    expect(stubs.records.update).toHaveBeenCalledWith(
      'lot',
      'LOT-1',
      { values: { lotNumber: 'LOT-1', status: 'released', notes: 'reserved' }, revision: 4, actor: 'worker', locale: 'en', reason: 'By process instance instance-1, step Task_Note, external task task-1' },
      manager,
    );
  });

  it('will not change a regulated field without the model’s reason: an incident, since the model must give one', async () => {
    const { kernel, stubs } = kernelWithLot();
    await expect(updateRecordHandler(kernel).handle(taskContext('Task_Hold', { type: 'lot', code: 'LOT-1', values: '{"status": "hold"}' }))).rejects.toThrow(
      /changing status of the lot 'LOT-1' needs a reason/,
    );
    expect(stubs.records.update).not.toHaveBeenCalled();
    expect(await updateRecordHandler(kernel).handle(taskContext('Task_Hold', { type: 'lot', code: 'LOT-1', values: '{"status": "hold"}', reason: 'Bioburden out of limit' }))).toMatchObject({ kind: 'complete' });
  });

  it('reports a record that does not exist as LOTFLOW_RECORD_INVALID, an unpublished type as an incident, and retries a concurrent change', async () => {
    const { kernel, stubs } = kernelWithLot();
    const handler = updateRecordHandler(kernel);
    stubs.records.get.mockRejectedValueOnce(new NotFoundError("The lot 'LOT-404'"));
    expect(await handler.handle(taskContext('Task_Note', { type: 'lot', code: 'LOT-404', values: '{}' }))).toMatchObject({ kind: 'bpmn-error', code: 'LOTFLOW_RECORD_INVALID' });
    stubs.records.get.mockRejectedValueOnce(new NotFoundError("The published version of dictionary type 'lott'"));
    await expect(handler.handle(taskContext('Task_Note', { type: 'lott', code: 'LOT-1', values: '{}' }))).rejects.toThrow(NonRetryableError);
    stubs.records.update.mockRejectedValueOnce(new ConflictError('changed since', '/revision'));
    await expect(handler.handle(taskContext('Task_Note', { type: 'lot', code: 'LOT-1', values: '{"notes": "n"}' }))).rejects.toThrow(ConflictError);
  });
});
