import { ConflictError, hashActionRequest, type Kernel } from '@lotflow/api';
import { updateRecordTopic } from '@lotflow/processes/topic-catalog';
import { NonRetryableError, type TaskHandler } from '../../task-runner/task-handler.js';
import { actionKey, anyJsonObject, auditReason, optional, readJsonParameter, reportRefusal, workerActor } from '../kernel-action/kernel-action.js';
import { refusalCodes } from '../kernel-action/refusal-codes.js';

/**
 * `lotflow.record.update`: changes the given fields of a record; the others keep their values.
 * A regulated field needs the model's reason. The change and the receipt commit together.
 */
export function updateRecordHandler(kernel: Kernel): TaskHandler {
  return {
    topic: updateRecordTopic.topic,
    label: updateRecordTopic.label,
    parameters: updateRecordTopic.parameters,
    async handle(context) {
      const { type, code, reason } = context.variables as { type: string; code: string; reason?: string | null };
      const changes = readJsonParameter(context, 'values', anyJsonObject);
      const request = { type, code, values: changes, reason: optional(reason) ?? null };
      try {
        const { result } = await kernel.transaction((manager) =>
          kernel.once(manager, actionKey(context, 'record.update'), hashActionRequest(request), async () => {
            const current = await kernel.records.get(type, code, 'en');
            const { type: definition } = await kernel.records.publishedType(type);
            const regulated = definition.fields.filter((field) => field.regulated && field.name in changes && JSON.stringify(current.values[field.name]) !== JSON.stringify(changes[field.name]));
            // The audited reason always names the task, so the service's own check would never see it missing.
            if (regulated.length > 0 && !optional(reason)?.trim()) {
              throw new NonRetryableError(
                `Task '${context.activityId}': changing ${regulated.map((field) => field.name).join(', ')} of the ${type} '${code}' needs a reason: ${regulated.length > 1 ? 'they are regulated fields' : 'it is a regulated field'}. Give the step a reason, then retry the incident.`,
              );
            }
            const updated = await kernel.records.update(
              type,
              code,
              { values: { ...current.values, ...changes }, revision: current.revision, actor: workerActor, locale: 'en', reason: auditReason(context, reason) },
              manager,
            );
            return { revision: updated.revision };
          }),
        );
        return { kind: 'complete', variables: {}, localVariables: { recordRevision: result.revision } };
      } catch (error) {
        return reportRefusal(error, context, `update the ${type} '${code}'`, (refusal) => {
          if (refusal.code === 'NOT_FOUND') return refusal.message.startsWith('The published version') ? 'configuration' : refusalCodes.recordInvalid;
          // Someone changed the record between the read and the write: the next attempt reads it again.
          if (refusal instanceof ConflictError && refusal.pointer === '/revision') return undefined;
          return refusalCodes.recordInvalid;
        });
      }
    },
  };
}
