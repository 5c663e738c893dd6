import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { dropMysqlDatabases, prepareMysqlDatabases } from './mysql-databases.js';
import './provided-context.js';

/**
 * An empty api database of its own, for a test whose data must not reach the shared one: a new
 * SQLite file, or on MySQL/MariaDB a database of that name dropped and created again.
 */
export async function freshApiDatabaseUrl(name: string): Promise<string> {
  const mysqlUrl = mysqlServerUrl();
  if (mysqlUrl) return (await prepareMysqlDatabases(mysqlUrl, [name]))[name]!;
  return `sqlite:${path.join(mkdtempSync(path.join(tmpdir(), `${name}-`)), 'api.sqlite')}`;
}

/** Drops a database freshApiDatabaseUrl created on MySQL/MariaDB, for a name made unique per run; a SQLite file stays with the temporary folders. */
export async function dropFreshApiDatabase(name: string): Promise<void> {
  const mysqlUrl = mysqlServerUrl();
  if (mysqlUrl) await dropMysqlDatabases(mysqlUrl, [name]);
}

function mysqlServerUrl(): string | undefined {
  const mysqlUrl = process.env.LOTFLOW_TEST_MYSQL_URL;
  return inject('databaseKind') === 'mysql' && mysqlUrl ? mysqlUrl : undefined;
}
