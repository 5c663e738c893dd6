import type { EntityManager } from 'typeorm';

/**
 * The next value of a counter, inside the caller's transaction. One row per (sequence, period);
 * the increment is a single statement that takes the row lock, which is held until the
 * transaction ends: concurrent callers queue on it, and a rolled-back caller gives its value back,
 * so numbers are distinct and gap-free.
 */
export async function nextCounterValue(manager: EntityManager, sequenceKey: string, periodKey: string): Promise<number> {
  if (manager.connection.options.type === 'mysql') {
    await manager.query(
      'INSERT INTO sequence_counter (sequence_key, period_key, last_value) VALUES (?, ?, LAST_INSERT_ID(1)) ' +
        'ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)',
      [sequenceKey, periodKey],
    );
    const [row] = (await manager.query('SELECT LAST_INSERT_ID() AS value')) as Array<{ value: string | number }>;
    return Number(row!.value);
  }
  const [row] = (await manager.query(
    'INSERT INTO sequence_counter (sequence_key, period_key, last_value) VALUES (?, ?, 1) ' +
      'ON CONFLICT (sequence_key, period_key) DO UPDATE SET last_value = last_value + 1 RETURNING last_value AS value',
    [sequenceKey, periodKey],
  )) as Array<{ value: number }>;
  return Number(row!.value);
}
