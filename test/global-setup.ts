import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
// @ts-expect-error plain JavaScript shared with `npm start`
import { buildEngine, startEngine, stopEngine, waitForEngine } from '../engine/scripts/engine.mjs';
import { freePort } from './support/free-port.js';
import { dropMysqlDatabases, prepareMysqlDatabases } from './support/mysql-databases.js';
import './support/provided-context.js';

/**
 * Starts one real engine for the integration tests. With LOTFLOW_TEST_MYSQL_URL
 * (mysql://user:password@host:port, no database) the engine and the api use fresh databases
 * on that server; without it, H2 and SQLite files in a temporary folder — the embedded defaults.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildEngine({ log: (line: string) => console.log(line) });
  const workDirectory = mkdtempSync(path.join(tmpdir(), 'lotflow-test-'));
  const mysqlUrl = process.env.LOTFLOW_TEST_MYSQL_URL;
  // The DMN differential test writes date-times as UTC: the engine must read them so.
  let engineEnvironment: Record<string, string> = { JAVA_TOOL_OPTIONS: '-Duser.timezone=UTC' };
  let cleanup: () => Promise<void> = async () => undefined;
  let apiDatabaseUrl = `sqlite:${path.join(workDirectory, 'api.sqlite')}`;
  if (mysqlUrl) {
    // Named per run, so two runs against one server (two checkouts, CI and a developer) never meet.
    const run = `${process.pid}`;
    const names = [`lotflow_test_api_${run}`, `lotflow_test_engine_${run}`] as const;
    const databases = await prepareMysqlDatabases(mysqlUrl, [...names]);
    cleanup = () => dropMysqlDatabases(mysqlUrl, [...names]);
    const server = new URL(mysqlUrl);
    engineEnvironment = {
      ...engineEnvironment,
      ENGINE_DB_TYPE: 'mysql',
      ENGINE_DB_URL: `jdbc:mysql://${server.hostname}:${server.port || 3306}/${names[1]}?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&useSSL=false&allowPublicKeyRetrieval=true`,
      ENGINE_DB_USER: decodeURIComponent(server.username),
      ENGINE_DB_PASSWORD: decodeURIComponent(server.password),
    };
    apiDatabaseUrl = databases[names[0]]!;
  }
  const port = await freePort();
  const logFile = path.join(workDirectory, 'engine.log');
  const engine = startEngine({ port, environment: engineEnvironment, logFile, dataDirectory: path.join(workDirectory, 'engine') });
  await waitForEngine(engine);
  project.provide('engineUrl', engine.url);
  project.provide('apiDatabaseUrl', apiDatabaseUrl);
  project.provide('databaseKind', mysqlUrl ? 'mysql' : 'embedded');
  console.log(`Integration tests: engine ${engine.url} on ${mysqlUrl ? 'MySQL/MariaDB' : 'H2'}, api on ${mysqlUrl ? 'MySQL/MariaDB' : 'SQLite'} (log ${logFile})`);

  return async () => {
    await stopEngine(engine);
    if (!process.env.LOTFLOW_TEST_KEEP) {
      rmSync(workDirectory, { recursive: true, force: true });
      await cleanup();
    }
  };
}
