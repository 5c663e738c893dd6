import { ConflictError, postMovementsBodySchema, type Kernel, type LinkInput, type MovementInput } from '@lotflow/api';
import { createValidator } from '@lotflow/dictionary';
import { postMovementsTopic } from '@lotflow/processes/topic-catalog';
import { NonRetryableError, type TaskHandler } from '../../task-runner/task-handler.js';
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

interface ReservedPosting {
  reservation?: string;
  workOrder?: string;
  type: 'issue' | 'shipment';
  document: { type: string; code: string };
}

const validateReserved = createValidator<ReservedPosting>({
  type: 'object',
  required: ['type', 'document'],
  additionalProperties: false,
  properties: {
    reservation: { type: 'string', minLength: 1, maxLength: 120 },
    workOrder: { type: 'string', minLength: 1, maxLength: 120 },
    type: { enum: ['issue', 'shipment'] },
    document: { type: 'object', required: ['type', 'code'], additionalProperties: false, properties: { type: { type: 'string', minLength: 1 }, code: { type: 'string', minLength: 1 } } },
  },
});

/**
 * Every line of a reservation, or of every reservation made for a work order, moved in full.
 * Built from the reservations as they were made, not from what is left of them, so a
 * redelivered task asks for the same posting and gets the first answer.
 */
async function reservedMovements(kernel: Kernel, reserved: ReservedPosting): Promise<MovementInput[]> {
  const reservations = reserved.reservation ? [await kernel.inventory.getReservation(reserved.reservation)] : await kernel.inventory.reservationsForWorkOrder(reserved.workOrder!);
  return reservations.flatMap((reservation) =>
    reservation.lines
      .filter((line) => line.status !== 'released')
      .map((line) => ({ type: reserved.type, lot: line.lot, location: line.location, quantity: line.quantity, document: reserved.document, reservation: reservation.id })),
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
      const movements = optional(context.variables.movements) === undefined ? [] : readJsonParameter(context, 'movements', validateMovements);
      const reserved = optional(context.variables.reserved) === undefined ? undefined : readJsonParameter(context, 'reserved', validateReserved);
      if (reserved && Boolean(reserved.reservation) === Boolean(reserved.workOrder)) {
        throw new NonRetryableError(`Task '${context.activityId}': 'reserved' names either a reservation or a work order, not ${reserved.reservation ? 'both' : 'neither'}`);
      }
      if (movements.length === 0 && !reserved) throw new NonRetryableError(`Task '${context.activityId}': give 'movements', 'reserved' or both: there is nothing to post`);
      const links = optional(context.variables.links) === undefined ? undefined : readJsonParameter(context, 'links', validateLinks);
      const resultVariable = optional(context.variables.resultVariable as string | null | undefined);
      try {
        const fromReservations = reserved ? await reservedMovements(kernel, reserved) : [];
        const { result } = await kernel.inventory.postMovements({ idempotencyKey: actionKey(context, 'inventory.post'), movements: [...fromReservations, ...movements], ...(links ? { links } : {}) }, workerActor);
        return { kind: 'complete', variables: resultVariable ? { [resultVariable]: result.postingId } : {}, localVariables: { postingId: result.postingId } };
      } catch (error) {
        return reportRefusal(error, context, 'post the movements', judgePostingRefusal);
      }
    },
  };
}
