/** BPMN error codes a model catches with an error boundary event; stable, like LOTFLOW_NO_DECISION. */
export const refusalCodes = {
  /** The data given does not make a valid record, movement or reservation (a field, a reference, a unique value). */
  recordInvalid: 'LOTFLOW_RECORD_INVALID',
  /** A lot that is not released, or is expired, cannot be issued, shipped or reserved. */
  lotBlocked: 'LOTFLOW_LOT_BLOCKED',
  /** Not enough free stock for the movement or the reservation. */
  shortfall: 'LOTFLOW_SHORTFALL',
} as const;

export type RefusalCode = (typeof refusalCodes)[keyof typeof refusalCodes];
