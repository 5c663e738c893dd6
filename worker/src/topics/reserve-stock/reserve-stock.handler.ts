import { ConflictError, type Kernel } from '@lotflow/api';
import { reserveStockTopic } from '@lotflow/processes/topic-catalog';
import { NonRetryableError, type TaskHandler } from '../../task-runner/task-handler.js';
import { actionKey, optional, reportRefusal, workerActor } from '../kernel-action/kernel-action.js';
import { refusalCodes } from '../kernel-action/refusal-codes.js';

interface ReserveParameters {
  material: string;
  quantity: number | string;
  customer?: string | null;
  workOrder?: string | null;
  location?: string | null;
  minimumRemainingShelfLifeDays?: number | string | null;
  resultVariable?: string | null;
  allocationVariable?: string | null;
  shelfLifeOverrideDecision?: string | null;
  shelfLifeOverrideReason?: string | null;
}

/**
 * `lotflow.inventory.reserve`: FEFO over released, unexpired lots with free stock and enough
 * shelf life. Too little is the business outcome LOTFLOW_SHORTFALL, with the ledger's
 * explanation (what could be allocated, which lots were skipped and why). The reservation's
 * idempotency key is the action's key, so a redelivered task answers the first reservation.
 */
export function reserveStockHandler(kernel: Kernel): TaskHandler {
  return {
    topic: reserveStockTopic.topic,
    label: reserveStockTopic.label,
    parameters: reserveStockTopic.parameters,
    async handle(context) {
      const parameters = context.variables as unknown as ReserveParameters;
      const customer = optional(parameters.customer);
      const workOrder = optional(parameters.workOrder);
      const location = optional(parameters.location);
      const minimumDays = optional(parameters.minimumRemainingShelfLifeDays);
      const overrideDecision = optional(parameters.shelfLifeOverrideDecision);
      const overrideReason = optional(parameters.shelfLifeOverrideReason);
      if (overrideDecision && !overrideReason) {
        throw new NonRetryableError(`Task '${context.activityId}': a shelf-life override decision needs its reason in 'shelfLifeOverrideReason'`);
      }
      const separator = overrideDecision?.indexOf(':') ?? -1;
      try {
        const { result } = await kernel.inventory.reserve(
          {
            idempotencyKey: actionKey(context, 'inventory.reserve'),
            material: parameters.material,
            // A quantity computed in the model (quantity per unit × planned) may carry binary noise.
            quantity: typeof parameters.quantity === 'number' ? Math.round(parameters.quantity * 1000) / 1000 : parameters.quantity,
            ...(customer ? { customer } : {}),
            ...(workOrder ? { workOrder } : {}),
            ...(location ? { location } : {}),
            ...(minimumDays !== undefined ? { minimumRemainingShelfLifeDays: Number(minimumDays) } : {}),
            ...(overrideDecision && overrideReason
              ? { shelfLifeOverride: { reason: overrideReason, signedDecision: { type: overrideDecision.slice(0, separator), code: overrideDecision.slice(separator + 1) } } }
              : {}),
          },
          workerActor,
        );
        return {
          kind: 'complete',
          variables: {
            [optional(parameters.resultVariable) ?? 'reservationId']: result.id,
            // JSON text: the engine keeps Json variables only with the Spin plugin, which it does not have.
            [optional(parameters.allocationVariable) ?? 'reservationLines']: JSON.stringify(result.lines.map(({ lot, location: at, quantity, expiresOn }) => ({ lot, location: at, quantity, expiresOn }))),
          },
        };
      } catch (error) {
        return reportRefusal(error, context, `reserve ${parameters.quantity} of ${parameters.material}`, (refusal) => {
          if (!(refusal instanceof ConflictError)) return refusalCodes.recordInvalid;
          if (refusal.pointer === '/idempotencyKey') return 'configuration';
          return refusal.pointer === '/quantity' ? refusalCodes.shortfall : refusalCodes.recordInvalid;
        });
      }
    },
  };
}
