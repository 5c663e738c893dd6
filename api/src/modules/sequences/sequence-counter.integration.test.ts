import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../../database/data-source.js';
import { inTransaction } from '../../database/transaction.js';
import { nextCounterValue } from './sequence-counter.repository.js';

describe(`sequence counters on ${inject('databaseKind') === 'mysql' ? 'MariaDB' : 'SQLite'}`, () => {
  let dataSource: DataSource;
  const sequence = `lot-${Date.now()}`;

  beforeAll(async () => {
    ({ dataSource } = await openDatabase(inject('apiDatabaseUrl')));
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('gives two hundred parallel callers two hundred distinct, gap-free numbers', async () => {
    const values = await Promise.all(
      Array.from({ length: 200 }, () => inTransaction(dataSource, (manager) => nextCounterValue(manager, sequence, '260301'))),
    );
    expect([...values].sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, index) => index + 1));
  });

  it('gives a number back when the transaction that took it fails, and counts each period on its own', async () => {
    await expect(
      inTransaction(dataSource, async (manager) => {
        await nextCounterValue(manager, sequence, '260301');
        throw new Error('the record could not be saved');
      }),
    ).rejects.toThrow('the record could not be saved');
    expect(await inTransaction(dataSource, (manager) => nextCounterValue(manager, sequence, '260301'))).toBe(201);
    expect(await inTransaction(dataSource, (manager) => nextCounterValue(manager, sequence, '260302'))).toBe(1);
  });
});
