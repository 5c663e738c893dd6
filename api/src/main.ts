import { pino } from 'pino';
import { readEnvironmentOrExit } from '@lotflow/dictionary';
import { loadConfig } from './config/load-config.js';
import { startApi } from './server.js';

const config = readEnvironmentOrExit(loadConfig);

const logger = pino({ level: config.LOG_LEVEL, base: { service: 'api' } });
const api = await startApi(config, logger).catch((error: unknown) => {
  logger.fatal({ err: error }, 'the api could not start');
  process.exit(1);
});
logger.info({ url: api.url, database: config.DATABASE_URL.replace(/\/\/[^@/]*@/, '//***@'), engine: config.ENGINE_REST_URL }, 'api listening');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'api stopping');
    await api.close();
    process.exit(0);
  });
}
