import { createEnvironmentReader } from '@lotflow/dictionary';
import { configSchema, type Config } from './config.schema.js';

/** Reads the api's variables from an environment; throws EnvironmentError listing every bad one. */
export const loadConfig = createEnvironmentReader<Config>('api', configSchema);
