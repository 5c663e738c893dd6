import { fileURLToPath } from 'node:url';

const defaultDatabaseFile = fileURLToPath(new URL('../../../data/api/lotflow.sqlite', import.meta.url));

/** `sqlite:<file>` or `mysql://user:password@host:3306/database` (`mariadb://` too). */
export const databaseUrlPattern = '^(sqlite:.+|(mysql|mariadb)://.+/[^/?]+.*)$';

/** Every environment variable the api reads; docker-compose.yml uses the same names. */
export const configSchema = {
  type: 'object',
  properties: {
    API_HOST: { type: 'string', minLength: 1, default: '127.0.0.1' },
    API_PORT: { type: 'integer', minimum: 0, maximum: 65535, default: 3001 },
    DATABASE_URL: {
      type: 'string',
      pattern: databaseUrlPattern,
      default: `sqlite:${defaultDatabaseFile}`,
      description: 'sqlite:<file> (embedded) or mysql://user:password@host:3306/database',
    },
    ENGINE_REST_URL: { type: 'string', format: 'uri', pattern: '^https?://', default: 'http://127.0.0.1:8080/engine-rest' },
    ENGINE_REST_USER: { type: 'string', minLength: 1 },
    ENGINE_REST_PASSWORD: { type: 'string' },
    ENGINE_TIMEOUT_MS: { type: 'integer', minimum: 100, maximum: 600000, default: 15000 },
    PROCESSES_DIR: { type: 'string', minLength: 1 },
    LOG_LEVEL: { enum: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], default: 'info' },
    SESSION_TTL_MINUTES: { type: 'integer', minimum: 1, maximum: 10080, default: 480 },
    COOKIE_SECURE: { type: 'boolean', default: false, description: 'true behind HTTPS: the session cookie is then sent over HTTPS only' },
    SEED_DEMO_USERS: { type: 'boolean', default: false, description: 'on an empty database, create the demo pack users with DEMO_PASSWORD' },
    DEMO_PASSWORD: { type: 'string', minLength: 8, default: 'lotflow-demo' },
    PLANT_TIME_ZONE: { type: 'string', minLength: 1, default: 'Asia/Shanghai', description: 'IANA time zone of the plant: the date in numbers such as LOT-260302-0001' },
    PDF_FONT_PATH: {
      type: 'string',
      minLength: 1,
      description: 'a font that prints Chinese in documents (.ttf/.otf, or <file.ttc>#<font name>); unset: the system CJK font (Noto Sans CJK, PingFang, Microsoft YaHei), else Helvetica without Chinese',
    },
    ADMIN_USERNAME: { type: 'string', pattern: '^[a-z][a-z0-9._-]{1,63}$' },
    ADMIN_PASSWORD: { type: 'string', minLength: 10 },
    INTEGRATION_SECRET_KEY: { type: 'string', pattern: '^[0-9a-fA-F]{64}$', description: 'encrypts the MES/WMS/LIMS endpoint secrets in the database: 32 random bytes as hex (openssl rand -hex 32); needed to configure an endpoint' },
    INTEGRATION_DELIVERY_INTERVAL_MS: { type: 'integer', minimum: 50, maximum: 600000, default: 1000, description: 'how often the outbox looks for messages due' },
    INTEGRATION_DELIVERY_TIMEOUT_MS: { type: 'integer', minimum: 100, maximum: 120000, default: 10000, description: 'how long one delivery may take before it counts as failed' },
    INTEGRATION_MAX_ATTEMPTS: { type: 'integer', minimum: 1, maximum: 100, default: 10, description: 'deliveries tried before a message is dead (an admin can resend it)' },
    INTEGRATION_RETRY_BACKOFF_MS: { type: 'integer', minimum: 10, maximum: 3600000, default: 5000, description: 'wait before the second attempt; doubles each time' },
    INTEGRATION_RETRY_BACKOFF_MAX_MS: { type: 'integer', minimum: 10, maximum: 86400000, default: 3600000, description: 'the longest wait between two attempts' },
    INTEGRATION_SIGNATURE_TOLERANCE_SECONDS: { type: 'integer', minimum: 1, maximum: 3600, default: 300, description: 'how far an inbound call\'s signed timestamp may be from the clock' },
    DATA_QUALITY_SNAPSHOT_INTERVAL_HOURS: {
      type: 'number',
      minimum: 0,
      maximum: 8760,
      default: 24,
      description: 'how often the api takes a snapshot of the key tables (suppliers, materials, lots, lot statuses, inventory balances), in periods counted from midnight in the plant; 0 turns it off',
    },
  },
  required: [
    'API_HOST',
    'API_PORT',
    'DATABASE_URL',
    'ENGINE_REST_URL',
    'ENGINE_TIMEOUT_MS',
    'LOG_LEVEL',
    'SESSION_TTL_MINUTES',
    'COOKIE_SECURE',
    'SEED_DEMO_USERS',
    'DEMO_PASSWORD',
    'PLANT_TIME_ZONE',
    'INTEGRATION_DELIVERY_INTERVAL_MS',
    'INTEGRATION_DELIVERY_TIMEOUT_MS',
    'INTEGRATION_MAX_ATTEMPTS',
    'INTEGRATION_RETRY_BACKOFF_MS',
    'INTEGRATION_RETRY_BACKOFF_MAX_MS',
    'INTEGRATION_SIGNATURE_TOLERANCE_SECONDS',
    'DATA_QUALITY_SNAPSHOT_INTERVAL_HOURS',
  ],
  dependentRequired: { ENGINE_REST_USER: ['ENGINE_REST_PASSWORD'], ADMIN_USERNAME: ['ADMIN_PASSWORD'] },
} as const;

export interface Config {
  API_HOST: string;
  API_PORT: number;
  DATABASE_URL: string;
  ENGINE_REST_URL: string;
  ENGINE_REST_USER?: string;
  ENGINE_REST_PASSWORD?: string;
  ENGINE_TIMEOUT_MS: number;
  PROCESSES_DIR?: string;
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  SESSION_TTL_MINUTES: number;
  COOKIE_SECURE: boolean;
  SEED_DEMO_USERS: boolean;
  DEMO_PASSWORD: string;
  PLANT_TIME_ZONE: string;
  PDF_FONT_PATH?: string;
  ADMIN_USERNAME?: string;
  ADMIN_PASSWORD?: string;
  INTEGRATION_SECRET_KEY?: string;
  INTEGRATION_DELIVERY_INTERVAL_MS: number;
  INTEGRATION_DELIVERY_TIMEOUT_MS: number;
  INTEGRATION_MAX_ATTEMPTS: number;
  INTEGRATION_RETRY_BACKOFF_MS: number;
  INTEGRATION_RETRY_BACKOFF_MAX_MS: number;
  INTEGRATION_SIGNATURE_TOLERANCE_SECONDS: number;
  DATA_QUALITY_SNAPSHOT_INTERVAL_HOURS: number;
}
