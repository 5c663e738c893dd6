import { hashActionRequest, type Kernel } from '@lotflow/api';
import { setLotStatusTopic } from '@lotflow/processes/topic-catalog';
import type { TaskHandler } from '../../task-runner/task-handler.js';
import { actionKey, auditReason, reportRefusal, workerActor } from '../kernel-action/kernel-action.js';
import { refusalCodes } from '../kernel-action/refusal-codes.js';

/**
 * `lotflow.lot.set-status`: a lot's status with its reason; a blocking status releases the lot's
 * open reservations in the same transaction. The receipt commits with them, so a task
 * redelivered after someone else changed the status does not change it back.
 */
export function setLotStatusHandler(kernel: Kernel): TaskHandler {
  return {
    topic: setLotStatusTopic.topic,
    label: setLotStatusTopic.label,
    parameters: setLotStatusTopic.parameters,
    async handle(context) {
      const { lot, status, reason } = context.variables as { lot: string; status: string; reason: string };
      try {
        const { result } = await kernel.transaction((manager) =>
          kernel.once(manager, actionKey(context, 'lot.set-status'), hashActionRequest({ lot, status, reason }), async () => {
            const changed = await kernel.inventory.changeLotStatus(lot, { status, reason: auditReason(context, reason), actor: workerActor, locale: 'en' }, manager);
            return { revision: changed.lot.revision, releasedReservations: changed.releasedReservations.map((released) => released.reservation) };
          }),
        );
        return { kind: 'complete', variables: {}, localVariables: { lotRevision: result.revision, releasedReservations: result.releasedReservations.join(',') } };
      } catch (error) {
        // A lot that does not exist, or a status the lot type does not allow.
        return reportRefusal(error, context, `set lot ${lot} to '${status}'`, () => refusalCodes.recordInvalid);
      }
    },
  };
}
