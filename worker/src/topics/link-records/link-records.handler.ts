import type { Kernel } from '@lotflow/api';
import { linkRecordsTopic } from '@lotflow/processes/topic-catalog';
import type { TaskHandler } from '../../task-runner/task-handler.js';
import { actionKey, optional, reportRefusal, workerActor } from '../kernel-action/kernel-action.js';
import { judgePostingRefusal } from '../post-movements/post-movements.handler.js';

function parseNode(node: string): { type: string; code: string } {
  const separator = node.indexOf(':');
  return { type: node.slice(0, separator), code: node.slice(separator + 1) };
}

/**
 * `lotflow.trace.link`: a trace link no movement implies, written as a ledger posting of links
 * only — the same checks (both ends exist), audit and idempotency key as the links of a posting.
 */
export function linkRecordsHandler(kernel: Kernel): TaskHandler {
  return {
    topic: linkRecordsTopic.topic,
    label: linkRecordsTopic.label,
    parameters: linkRecordsTopic.parameters,
    async handle(context) {
      const { from, to } = context.variables as { from: string; to: string };
      const relation = optional(context.variables.relation as string | null | undefined) ?? 'linked';
      try {
        await kernel.inventory.postMovements({ idempotencyKey: actionKey(context, 'trace.link'), movements: [], links: [{ from: parseNode(from), to: parseNode(to), relation }] }, workerActor);
        return { kind: 'complete', variables: {} };
      } catch (error) {
        return reportRefusal(error, context, `link ${from} to ${to}`, judgePostingRefusal);
      }
    },
  };
}
