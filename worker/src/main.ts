import { openDatabase } from '@lotflow/api';
import { readEnvironmentOrExit } from '@lotflow/dictionary';
import { pino } from 'pino';
import { loadConfig } from './config/load-config.js';
import { createWorker } from './create-worker.js';

const config = readEnvironmentOrExit(loadConfig);
const logger = pino({ level: config.LOG_LEVEL, base: { service: 'worker' } });
const { dataSource } = await openDatabase(config.DATABASE_URL, { migrate: false });
const worker = createWorker(config, dataSource, logger);
worker.start();

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'worker stopping: no new tasks, finishing the tasks in hand');
    await worker.stop();
    await dataSource.destroy();
    process.exit(0);
  });
}
