import { EntitySchema } from 'typeorm';

/**
 * The proof that an action ran: written in the transaction of the action's change, so the change
 * exists exactly when its receipt does. A second delivery of the same action answers `result`.
 */
export interface ActionReceipt {
  key: string;
  /** SHA-256 of the action's canonical parameters: the same key with other parameters is not a replay. */
  requestHash: string;
  result: unknown;
  createdAt: Date;
}

export const ActionReceiptEntity = new EntitySchema<ActionReceipt>({
  name: 'ActionReceipt',
  tableName: 'action_receipt',
  columns: {
    key: { name: 'action_key', type: 'varchar', length: 200, primary: true },
    requestHash: { name: 'request_hash', type: 'varchar', length: 64 },
    result: { type: 'simple-json', nullable: true },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
  },
});
