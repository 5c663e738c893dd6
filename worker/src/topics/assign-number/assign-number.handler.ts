import { hashActionRequest, type Kernel } from '@lotflow/api';
import { assignNumberTopic } from '@lotflow/processes/topic-catalog';
import type { TaskHandler } from '../../task-runner/task-handler.js';
import { actionKey, reportRefusal } from '../kernel-action/kernel-action.js';

/**
 * `lotflow.number.assign`: the next number of a numbering sequence. The counter's increment and
 * the receipt commit together: a redelivered task answers the same number and draws none.
 */
export function assignNumberHandler(kernel: Kernel): TaskHandler {
  return {
    topic: assignNumberTopic.topic,
    label: assignNumberTopic.label,
    parameters: assignNumberTopic.parameters,
    async handle(context) {
      const { sequence, resultVariable } = context.variables as { sequence: string; resultVariable: string };
      try {
        const { result } = await kernel.transaction((manager) =>
          kernel.once(manager, actionKey(context, 'number.assign'), hashActionRequest({ sequence }), async () => ({ number: await kernel.records.assignNumber(manager, sequence) })),
        );
        return { kind: 'complete', variables: { [resultVariable]: result.number } };
      } catch (error) {
        // The only refusal is a sequence the dictionary does not define.
        return reportRefusal(error, context, `assign a number from '${sequence}'`, () => 'configuration');
      }
    },
  };
}
