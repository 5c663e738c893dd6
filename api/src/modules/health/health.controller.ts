import { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { DatabaseType } from '../../database/data-source.js';
import type { EngineClient } from '../../engine-client/engine-client.js';

type ComponentStatus = { status: 'up' } | { status: 'down'; error: string };

export interface HealthDependencies {
  dataSource: DataSource;
  databaseType: DatabaseType;
  engine: EngineClient;
  version: string;
}

/** `/health`: ready when the database and the engine answer (503 otherwise); `/health/live`: the process runs. */
export function healthRouter({ dataSource, databaseType, engine, version }: HealthDependencies): Router {
  const router = Router();

  router.get('/health/live', (_request, response) => {
    response.json({ status: 'up' });
  });

  router.get('/health', async (_request, response) => {
    const [database, engineStatus] = await Promise.all([
      check(async () => void (await dataSource.query('SELECT 1'))),
      check(() => engine.version()),
    ]);
    const up = database.status === 'up' && engineStatus.status === 'up';
    response.status(up ? 200 : 503).json({
      status: up ? 'up' : 'degraded',
      version,
      checkedAt: new Date().toISOString(),
      components: {
        database: { ...strip(database), type: databaseType },
        engine: {
          ...strip(engineStatus),
          url: engine.url,
          ...(engineStatus.status === 'up' && engineStatus.value ? { version: engineStatus.value } : {}),
        },
      },
    });
  });

  return router;
}

async function check<T>(probe: () => Promise<T>): Promise<ComponentStatus & { value?: T }> {
  try {
    return { status: 'up', value: await probe() };
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message : String(error) };
  }
}

function strip(status: ComponentStatus & { value?: unknown }): ComponentStatus {
  return status.status === 'up' ? { status: 'up' } : { status: 'down', error: status.error };
}
