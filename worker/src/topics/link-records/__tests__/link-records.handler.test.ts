import { RequestInvalidError } from '@lotflow/api';
import { describe, expect, it } from 'vitest';
import { acceptsParameters, fakeKernel, taskContext } from '../../kernel-action/__tests__/fake-kernel.js';
import { linkRecordsHandler } from '../link-records.handler.js';

describe('lotflow.trace.link', () => {
  it('needs both ends as <type>:<code>', () => {
    const handler = linkRecordsHandler(fakeKernel().kernel);
    expect(acceptsParameters(handler, { from: 'sterilization-load:EO-260301-01', to: 'lot:LOT-1', relation: 'sterilized' })).toBe(true);
    expect(acceptsParameters(handler, { from: 'EO-260301-01', to: 'lot:LOT-1' })).toBe(false);
    expect(acceptsParameters(handler, { from: 'sterilization-load:EO-1', to: 'lot:LOT-1', relation: 'Sterilized by' })).toBe(false);
  });

  it('writes the link as a posting of links only, keyed by the action; the relation defaults to linked', async () => {
    const { kernel, stubs } = fakeKernel();
    stubs.inventory.postMovements.mockResolvedValue({ replayed: false, result: { postingId: 'p-1' } });
    expect(await linkRecordsHandler(kernel).handle(taskContext('Task_Link', { from: 'sterilization-load:EO-1', to: 'lot:LOT-1:A', relation: null }))).toEqual({ kind: 'complete', variables: {} });
    expect(stubs.inventory.postMovements).toHaveBeenCalledWith(
      { idempotencyKey: 'instance-1:task-1:trace.link', movements: [], links: [{ from: { type: 'sterilization-load', code: 'EO-1' }, to: { type: 'lot', code: 'LOT-1:A' }, relation: 'linked' }] },
      'worker',
    );
  });

  it('reports an end that does not exist as LOTFLOW_RECORD_INVALID', async () => {
    const { kernel, stubs } = fakeKernel();
    stubs.inventory.postMovements.mockRejectedValueOnce(new RequestInvalidError([{ pointer: '/links/0/from/code', message: "refers to the sterilization-load 'EO-9', which does not exist", keyword: 'reference' }]));
    expect(await linkRecordsHandler(kernel).handle(taskContext('Task_Link', { from: 'sterilization-load:EO-9', to: 'lot:LOT-1' }))).toMatchObject({
      kind: 'bpmn-error',
      code: 'LOTFLOW_RECORD_INVALID',
      message: "Couldn't link sterilization-load:EO-9 to lot:LOT-1: /links/0/from/code: refers to the sterilization-load 'EO-9', which does not exist",
    });
  });
});
