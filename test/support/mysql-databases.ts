import mysql from 'mysql2/promise';

/** Drops and creates each database on the server; returns their mysql:// URLs. */
export async function prepareMysqlDatabases(serverUrl: string, names: string[]): Promise<Record<string, string>> {
  const connection = await mysql.createConnection(serverUrl);
  try {
    for (const name of names) {
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      // utf8mb4_bin: Camunda compares ids case-sensitively; Chinese text needs utf8mb4.
      await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
    }
  } finally {
    await connection.end();
  }
  const base = serverUrl.replace(/\/+$/, '');
  return Object.fromEntries(names.map((name) => [name, `${base}/${name}`]));
}

/** Drops the databases a run created. */
export async function dropMysqlDatabases(serverUrl: string, names: string[]): Promise<void> {
  const connection = await mysql.createConnection(serverUrl);
  try {
    for (const name of names) await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await connection.end();
  }
}
