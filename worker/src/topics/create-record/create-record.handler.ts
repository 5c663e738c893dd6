import { ConflictError, hashActionRequest, type Kernel } from '@lotflow/api';
import { createRecordTopic } from '@lotflow/processes/topic-catalog';
import type { TaskHandler } from '../../task-runner/task-handler.js';
import { actionKey, anyJsonObject, auditReason, codeVariableOf, optional, readJsonParameter, reportRefusal, workerActor } from '../kernel-action/kernel-action.js';
import { refusalCodes } from '../kernel-action/refusal-codes.js';

/**
 * `lotflow.record.create`: a record of a published dictionary type from mapped values, validated,
 * numbered and audited like a record made in the dictionary editor. The record and the action's
 * receipt commit together, so a redelivered task answers the first record's code.
 */
export function createRecordHandler(kernel: Kernel): TaskHandler {
  return {
    topic: createRecordTopic.topic,
    label: createRecordTopic.label,
    parameters: createRecordTopic.parameters,
    async handle(context) {
      const { type, resultVariable, reason } = context.variables as { type: string; resultVariable?: string | null; reason?: string | null };
      const values = readJsonParameter(context, 'values', anyJsonObject);
      const request = { type, values, reason: optional(reason) ?? null };
      try {
        const { result } = await kernel.transaction((manager) =>
          kernel.once(manager, actionKey(context, 'record.create'), hashActionRequest(request), async () => {
            const record = await kernel.records.create(type, { values, actor: workerActor, locale: 'en', reason: auditReason(context, reason) }, manager);
            return { code: record.code };
          }),
        );
        return { kind: 'complete', variables: { [optional(resultVariable) ?? codeVariableOf(type)]: result.code } };
      } catch (error) {
        return reportRefusal(error, context, `create the ${type}`, (refusal) => {
          // An unpublished type or an undefined numbering sequence is the model's or the dictionary's to fix.
          if (refusal instanceof ConflictError) return refusal.pointer?.startsWith('/values') ? refusalCodes.recordInvalid : 'configuration';
          return refusal.code === 'NOT_FOUND' ? 'configuration' : refusalCodes.recordInvalid;
        });
      }
    },
  };
}
