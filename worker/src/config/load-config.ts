import { createEnvironmentReader } from '@lotflow/dictionary';
import { configSchema, type WorkerConfig } from './config.schema.js';

/** Reads the worker's variables from an environment; throws EnvironmentError listing every bad one. */
export const loadConfig = createEnvironmentReader<WorkerConfig>('worker', configSchema);
