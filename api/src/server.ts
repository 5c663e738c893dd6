import type { Server } from 'node:http';
import { pino, type Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { createApp } from './app.js';
import type { Config } from './config/config.schema.js';
import { openDatabase } from './database/data-source.js';
import { demoUsers } from './modules/identity/identity.service.js';
import type { Outbox } from './modules/integrations/outbox.service.js';

export interface RunningApi {
  url: string;
  server: Server;
  dataSource: DataSource;
  logger: Logger;
  /** For services and tests that write outgoing messages in their own transactions. */
  outbox: Outbox;
  close(): Promise<void>;
}

/** Opens the database (running pending migrations), then listens. Used by main and by tests. */
export async function startApi(config: Config, logger: Logger = pino({ level: config.LOG_LEVEL })): Promise<RunningApi> {
  const { dataSource, applied } = await openDatabase(config.DATABASE_URL);
  if (applied.length > 0) logger.info({ migrations: applied }, 'database schema updated');
  const { app, identity, outbox, outboxDelivery, snapshotScheduler } = createApp(config, dataSource, logger);
  const seeded = config.SEED_DEMO_USERS
    ? await identity.seedIfEmpty(demoUsers.map((user) => ({ ...user, password: config.DEMO_PASSWORD })))
    : config.ADMIN_USERNAME && config.ADMIN_PASSWORD
      ? await identity.seedIfEmpty([{ username: config.ADMIN_USERNAME, displayName: config.ADMIN_USERNAME, password: config.ADMIN_PASSWORD, roles: ['admin'] }])
      : 0;
  if (seeded > 0) logger.info({ users: seeded }, 'users created on an empty database');
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(config.API_PORT, config.API_HOST, () => resolve(listening));
    listening.once('error', reject);
  });
  outboxDelivery.start();
  snapshotScheduler.start();
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.API_PORT;
  return {
    url: `http://${config.API_HOST === '0.0.0.0' ? '127.0.0.1' : config.API_HOST}:${port}`,
    server,
    dataSource,
    logger,
    outbox,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await outboxDelivery.stop();
      await snapshotScheduler.stop();
      await dataSource.destroy();
    },
  };
}
