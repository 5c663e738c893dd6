import { hashActionRequest, type Kernel } from '@lotflow/api';
import { sendIntegrationMessageTopic } from '@lotflow/processes/topic-catalog';
import type { TaskHandler } from '../../task-runner/task-handler.js';
import { actionKey, anyJsonObject, auditReason, readJsonParameter, reportRefusal, workerActor } from '../kernel-action/kernel-action.js';

/**
 * `lotflow.integration.send`: a message in the transactional outbox, keyed by the action, audited
 * with the task that sent it. The api's delivery loop signs and sends it, with retries.
 */
export function sendIntegrationMessageHandler(kernel: Kernel): TaskHandler {
  return {
    topic: sendIntegrationMessageTopic.topic,
    label: sendIntegrationMessageTopic.label,
    parameters: sendIntegrationMessageTopic.parameters,
    async handle(context) {
      const { endpoint, type } = context.variables as { endpoint: string; type: string };
      const payload = readJsonParameter(context, 'payload', anyJsonObject);
      const key = actionKey(context, 'integration.send');
      try {
        const { result } = await kernel.transaction((manager) =>
          kernel.once(manager, key, hashActionRequest({ endpoint, type, payload }), async () => {
            const message = await kernel.enqueueIntegrationMessage(manager, { endpoint, type, payload, idempotencyKey: key });
            await kernel.audit.append(manager, {
              actor: workerActor,
              action: 'integration-message.enqueued',
              entityType: 'integration-message',
              entityId: message.id,
              reason: auditReason(context),
              after: { endpoint, type, idempotencyKey: key },
            });
            return { id: message.id };
          }),
        );
        return { kind: 'complete', variables: { integrationMessageId: result.id } };
      } catch (error) {
        // An endpoint that is not configured, or has no url: an admin's to fix, then retry the incident.
        return reportRefusal(error, context, `send '${type}' to ${endpoint}`, () => 'configuration');
      }
    },
  };
}
