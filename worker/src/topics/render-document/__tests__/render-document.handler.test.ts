import { NotFoundError } from '@lotflow/api';
import { describe, expect, it, vi } from 'vitest';
import { acceptsParameters, fakeKernel, taskContext } from '../../kernel-action/__tests__/fake-kernel.js';
import { renderDocumentHandler } from '../render-document.handler.js';

function kernelWithDocuments() {
  const fake = fakeKernel();
  const generate = vi.fn();
  Object.assign(fake.kernel, { documents: { generate } });
  return { ...fake, generate };
}

describe('lotflow.document.render', () => {
  it('takes a document kind and a lot or shipment', () => {
    const handler = renderDocumentHandler(kernelWithDocuments().kernel);
    expect(acceptsParameters(handler, { kind: 'device-history-record', subject: 'LOT-260310-0001' })).toBe(true);
    expect(acceptsParameters(handler, { kind: 'certificate-of-conformance', subject: 'SH-1', resultVariable: 'certificateId' })).toBe(true);
    expect(acceptsParameters(handler, { kind: 'invoice', subject: 'SH-1' })).toBe(false);
    expect(acceptsParameters(handler, { kind: 'device-history-record' })).toBe(false);
  });

  it('renders in the action transaction, keyed by the task, and answers the document id and version', async () => {
    const { kernel, generate, manager, receipts } = kernelWithDocuments();
    generate.mockResolvedValue({ document: { id: 'doc-1', version: 2 }, created: true });

    const outcome = await renderDocumentHandler(kernel).handle(taskContext('Task_Dhr', { kind: 'device-history-record', subject: 'LOT-1', resultVariable: null }));

    expect(outcome).toEqual({ kind: 'complete', variables: { documentId: 'doc-1', documentVersion: 2 } });
    expect(generate).toHaveBeenCalledWith('device-history-record', 'LOT-1', 'worker', manager);
    expect(receipts.map((receipt) => receipt.key)).toEqual(['instance-1:task-1:document.render']);
  });

  it('sends a lot that does not exist to an incident', async () => {
    const { kernel, generate } = kernelWithDocuments();
    generate.mockRejectedValue(new NotFoundError("Lot 'LOT-9'", 'Check the lot number.'));

    await expect(renderDocumentHandler(kernel).handle(taskContext('Task_Dhr', { kind: 'device-history-record', subject: 'LOT-9' }))).rejects.toMatchObject({
      retryable: false,
      message: "Task 'Task_Dhr': Couldn't render the device-history-record of LOT-9: Lot 'LOT-9' does not exist. Check the lot number.",
    });
  });
});
