import { ConflictError, postMovementsBodySchema, type Kernel, type LinkInput, type MovementInput } from '@lotflow/api';
import { createValidator } from '@lotflow/dictionary';
import { postMovementsTopic } from '@lotflow/processes/topic-catalog';
import type { TaskHandler } from '../../task-runner/task-handler.js';
import { actionKey, optional, readJsonParameter, reportRefusal, workerActor, type KernelError, type RefusalVerdict } from '../kernel-action/kernel-action.js';
import { refusalCodes } from '../kernel-action/refusal-codes.js';

const validateMovements = createValidator<MovementInput[]>(postMovementsBodySchema.properties.movements);
const validateLinks = createValidator<LinkInput[]>(postMovementsBodySchema.properties.links);

/** What the ledger's refusals mean for the process; shared by the steps that post. */
export function judgePostingRefusal(refusal: KernelError): RefusalVerdict {
  if (!(refusal instanceof ConflictError)) return refusalCodes.recordInvalid;
  // The same task came back with other movements: the model changed under the instance.
  if (refusal.pointer === '/idempotencyKey') return 'configuration';
  if (/^\/movements\/\d+\/lot$/.test(refusal.pointer ?? '')) return refusalCodes.lotBlocked;
  if (/^\/movements\/\d+\/quantity$/.test(refusal.pointer ?? '')) return refusalCodes.shortfall;
  return refusalCodes.recordInvalid;
}

/**
 * Every line reserved for a work order (and not given back), issued to it in full. Built from
 * the reservations as they were made, not from what is left of them, so a redelivered task asks
 * for the same posting and gets the first answer.
 */
async function reservedIssues(kernel: Kernel, workOrder: string): Promise<MovementInput[]> {
  const reservations = await kernel.inventory.reservationsForWorkOrder(workOrder);
  return reservations.flatMap((reservation) =>
    reservation.lines
      .filter((line) => line.status !== 'released')
      .map((line) => ({ type: 'issue' as const, lot: line.lot, location: line.location, quantity: line.quantity, document: { type: 'work-order', code: workOrder }, reservation: reservation.id })),
  );
}

/**
 * `lotflow.inventory.post`: movements posted to the ledger all or nothing, with their trace
 * links. The posting's idempotency key is the action's key: the ledger's own receipt, written
 * with the movements, makes a redelivered task answer the first posting.
 */
export function postMovementsHandler(kernel: Kernel): TaskHandler {
  return {
    topic: postMovementsTopic.topic,
    label: postMovementsTopic.label,
    parameters: postMovementsTopic.parameters,
    async handle(context) {
      const movements = readJsonParameter(context, 'movements', validateMovements);
      const links = optional(context.variables.links) === undefined ? undefined : readJsonParameter(context, 'links', validateLinks);
      const resultVariable = optional(context.variables.resultVariable as string | null | undefined);
      const workOrder = optional(context.variables.issueReservedFor as string | null | undefined);
      try {
        const issues = workOrder ? await reservedIssues(kernel, workOrder) : [];
        const { result } = await kernel.inventory.postMovements({ idempotencyKey: actionKey(context, 'inventory.post'), movements: [...issues, ...movements], ...(links ? { links } : {}) }, workerActor);
        return { kind: 'complete', variables: resultVariable ? { [resultVariable]: result.postingId } : {}, localVariables: { postingId: result.postingId } };
      } catch (error) {
        return reportRefusal(error, context, 'post the movements', judgePostingRefusal);
      }
    },
  };
}
