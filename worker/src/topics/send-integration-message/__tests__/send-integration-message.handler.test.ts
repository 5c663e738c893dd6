import { ConflictError, NotFoundError } from '@lotflow/api';
import { describe, expect, it } from 'vitest';
import { NonRetryableError } from '../../../task-runner/task-handler.js';
import { acceptsParameters, fakeKernel, taskContext } from '../../kernel-action/__tests__/fake-kernel.js';
import { sendIntegrationMessageHandler } from '../send-integration-message.handler.js';

const parameters = { endpoint: 'mes-line-1', type: 'lot.released', payload: '{"lot": "LOT-1"}' };

describe('lotflow.integration.send', () => {
  it('needs the endpoint, the message type and a JSON object payload', () => {
    const handler = sendIntegrationMessageHandler(fakeKernel().kernel);
    expect(acceptsParameters(handler, parameters)).toBe(true);
    expect(acceptsParameters(handler, { ...parameters, payload: '"LOT-1"' })).toBe(false);
    expect(acceptsParameters(handler, { endpoint: 'mes-line-1', payload: '{}' })).toBe(false);
  });

  it('queues the message under the action’s key and audits it with the task, in the receipt’s transaction', async () => {
    const { kernel, stubs, manager } = fakeKernel();
    stubs.enqueueIntegrationMessage.mockResolvedValue({ id: 'message-1', created: true });
    expect(await sendIntegrationMessageHandler(kernel).handle(taskContext('Task_Notify', parameters))).toEqual({ kind: 'complete', variables: { integrationMessageId: 'message-1' } });
    expect(stubs.enqueueIntegrationMessage).toHaveBeenCalledWith(manager, { endpoint: 'mes-line-1', type: 'lot.released', payload: { lot: 'LOT-1' }, idempotencyKey: 'instance-1:task-1:integration.send' });
    expect(stubs.audit.append).toHaveBeenCalledWith(manager, expect.objectContaining({ actor: 'worker', action: 'integration-message.enqueued', entityId: 'message-1', reason: expect.stringContaining('instance-1') }));
  });

  it('sends an endpoint that is not configured, or has no url, to an incident an admin resolves', async () => {
    const { kernel, stubs } = fakeKernel();
    const handler = sendIntegrationMessageHandler(kernel);
    stubs.enqueueIntegrationMessage.mockRejectedValueOnce(new NotFoundError("Integration endpoint 'mes-line-1'"));
    await expect(handler.handle(taskContext('Task_Notify', parameters))).rejects.toThrow(NonRetryableError);
    stubs.enqueueIntegrationMessage.mockRejectedValueOnce(new ConflictError("Integration endpoint 'mes-line-1' has no url"));
    await expect(handler.handle(taskContext('Task_Notify', parameters))).rejects.toThrow(NonRetryableError);
  });
});
