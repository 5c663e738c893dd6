import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../../database/transaction.js';

/**
 * A posting's transaction. It first locks the rows it depends on (lots, the material), then reads
 * balances: on MySQL under READ COMMITTED, so those reads see what the transactions it waited
 * for committed, not a snapshot taken before the lock was granted. SQLite queues transactions.
 */
export function inPostingTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (dataSource.options.type === 'better-sqlite3') return inTransaction(dataSource, work);
  return dataSource.transaction('READ COMMITTED', work);
}

/** A second insert of the same unique key (two requests with one idempotency key racing). */
export function isDuplicateKeyError(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string } } | undefined)?.driverError?.code ?? (error as { code?: string } | undefined)?.code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
