import { hashActionRequest, type DocumentKind, type Kernel } from '@lotflow/api';
import { renderDocumentTopic } from '@lotflow/processes/topic-catalog';
import type { TaskHandler } from '../../task-runner/task-handler.js';
import { actionKey, optional, reportRefusal, workerActor } from '../kernel-action/kernel-action.js';

/**
 * `lotflow.document.render`: the device history record of a lot or the certificate of conformance
 * of a shipment, compiled and stored as a PDF version in the action's transaction with its receipt,
 * so a redelivered task answers the first document and never renders a second one.
 */
export function renderDocumentHandler(kernel: Kernel): TaskHandler {
  return {
    topic: renderDocumentTopic.topic,
    label: renderDocumentTopic.label,
    parameters: renderDocumentTopic.parameters,
    async handle(context) {
      const { kind, subject, resultVariable } = context.variables as { kind: DocumentKind; subject: string; resultVariable?: string | null };
      try {
        const { result } = await kernel.transaction((manager) =>
          kernel.once(manager, actionKey(context, 'document.render'), hashActionRequest({ kind, subject }), async () => {
            const { document } = await kernel.documents.generate(kind, subject, workerActor, manager);
            return { documentId: document.id, version: document.version };
          }),
        );
        return { kind: 'complete', variables: { [optional(resultVariable) ?? 'documentId']: result.documentId, documentVersion: result.version } };
      } catch (error) {
        // A lot or shipment that does not exist is the model's or the data's to fix: retrying cannot mend it.
        return reportRefusal(error, context, `render the ${kind} of ${subject}`, (refusal) => (refusal.code === 'NOT_FOUND' ? 'configuration' : undefined));
      }
    },
  };
}
