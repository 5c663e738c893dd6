import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { writeLock } from '../../database/transaction.js';
import { canonicalJson } from '../../shared/canonical-json.js';
import { isDuplicateKeyError } from '../inventory/posting-transaction.js';
import { ActionReceiptEntity, type ActionReceipt } from './action-receipt.entity.js';

/**
 * An action key came back with other parameters: the model or its variables changed under a
 * running instance. Retrying cannot mend that, so the worker raises an incident at once.
 */
export class ActionRequestChangedError extends Error {
  readonly retryable = false;
  constructor(readonly key: string, readonly firstRunAt: Date) {
    super(
      `The action '${key}' already ran at ${firstRunAt.toISOString()} with other parameters: the process model or the variables it maps changed under the running instance. Nothing was done again. Compare the step's input parameters with the audit trail, then cancel or modify the instance.`,
    );
  }
}

/** SHA-256 of the parameters' canonical JSON: key order does not matter, values do. */
export function hashActionRequest(request: unknown): string {
  return createHash('sha256').update(canonicalJson(request)).digest('hex');
}

/**
 * Runs `work` once per key, inside the caller's transaction: the receipt is written with the
 * change, so both commit or neither does. A key seen before with the same request hash answers
 * the stored result and does nothing; with another hash it throws ActionRequestChangedError.
 * The receipt is inserted before the work: a concurrent delivery of the same action waits on the
 * key, then replays what the first one committed.
 */
export async function once<T>(manager: EntityManager, key: string, requestHash: string, work: (manager: EntityManager) => Promise<T>): Promise<{ replayed: boolean; result: T }> {
  const receipts = manager.getRepository(ActionReceiptEntity);
  const earlier = await receipts.findOneBy({ key });
  if (earlier) return replay<T>(earlier, requestHash);
  try {
    await receipts.insert({ key, requestHash, result: null as never, createdAt: new Date() });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    // A locking read sees the receipt the other delivery committed while this one waited.
    return replay<T>(await receipts.findOneOrFail({ where: { key }, ...writeLock(manager) }), requestHash);
  }
  const result = await work(manager);
  await receipts.update({ key }, { result: (result ?? null) as never });
  return { replayed: false, result };
}

function replay<T>(receipt: ActionReceipt, requestHash: string): { replayed: true; result: T } {
  if (receipt.requestHash !== requestHash) throw new ActionRequestChangedError(receipt.key, receipt.createdAt);
  return { replayed: true, result: receipt.result as T };
}
