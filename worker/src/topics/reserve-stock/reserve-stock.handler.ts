import { buildUdi, ConflictError, UdiError, type Kernel } from '@lotflow/api';
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
  gtin?: string | null;
  shelfLifeOverrideDecision?: string | null;
  shelfLifeOverrideReason?: string | null;
}

/** The UDI printed for an allocated lot: (01) GTIN, (17) expiry, (10) lot. */
function udiOf(activityId: string, gtin: string, lot: string, expiresOn: string | null): string {
  try {
    return buildUdi({ gtin, lot, ...(expiresOn ? { expiryDate: expiresOn } : {}) }).humanReadable;
  } catch (error) {
    if (error instanceof UdiError) throw new NonRetryableError(`Task '${activityId}': no UDI can be built for lot ${lot} with GTIN ${gtin}: ${error.message}`);
    throw error;
  }
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
        const gtin = optional(parameters.gtin);
        const lines = result.lines.map(({ lot, location: at, quantity, expiresOn }) => ({
          lot,
          location: at,
          quantity,
          expiresOn,
          ...(gtin ? { material: parameters.material, udi: udiOf(context.activityId, gtin, lot, expiresOn) } : {}),
        }));
        return {
          kind: 'complete',
          variables: {
            [optional(parameters.resultVariable) ?? 'reservationId']: result.id,
            // JSON text, so that a model can write it into a record's list as it is.
            [optional(parameters.allocationVariable) ?? 'reservationLines']: JSON.stringify(lines),
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
