import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configSchema as apiConfigSchema } from '../api/src/config/config.schema.js';
import { loadConfig as loadApiConfig } from '../api/src/config/load-config.js';
import { readApiBaseUrl } from '../web/shared/api/read-api-base-url.js';
import { configSchema as workerConfigSchema } from '../worker/src/config/config.schema.js';
import { loadConfig as loadWorkerConfig } from '../worker/src/config/load-config.js';

// docker-compose.yml and the Dockerfiles name variables, services, databases and build targets
// that are defined elsewhere (the config schemas, application.yaml, the MySQL init script). No
// Docker runs here, so these tests hold the names together: a rename on one side only fails here
// instead of at the first `docker compose up` in a plant.

interface ComposeBuild {
  context?: string;
  dockerfile?: string;
  target?: string;
}

interface ComposeService {
  build?: string | ComposeBuild;
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: Array<string | number | { target: number; published?: string | number }>;
  depends_on?: string[] | Record<string, { condition?: string }>;
  deploy?: { replicas?: number };
  healthcheck?: { test?: unknown; disable?: boolean };
  configs?: Array<string | { source: string; target?: string }>;
}

interface Compose {
  services: Record<string, ComposeService>;
  configs?: Record<string, { content?: string }>;
}

/** A compose variable reference: `${NAME}`, `${NAME:-default}`, `${NAME:?error}`, `$NAME`, `$$`. */
const VARIABLE_REFERENCE = /\$(?:\{([A-Za-z_]\w*)(?:(:?)([-?+])([^}]*))?\}|([A-Za-z_]\w*)|(\$))/g;

/** Set by the Node image and read by Node itself, not by Lotflow's config schemas. */
const runtimeVariables = ['NODE_ENV'];

const composeText = readRepositoryFile('docker-compose.yml');
const documentedVariables = readDocumentedVariables(composeText);
const interpolation = interpolateCompose(parse(composeText, { merge: true }), documentedVariables);
const compose = interpolation.value as Compose;

describe('docker-compose.yml', () => {
  describe('given the variables documented at the top of the file', () => {
    it('then every variable the file reads is documented there, the required ones included', () => {
      expect(interpolation.missing, 'required variables without a documented value').toEqual([]);
      expect(namesNotIn(Object.keys(documentedVariables), variablesReadBy(composeText)), 'variables not documented at the top').toEqual([]);
    });

    it('then the optional values shown are the defaults the file falls back to', () => {
      const requiredOnly = Object.fromEntries(
        Object.entries(documentedVariables).filter(([name]) => requiredVariablesOf(composeText).includes(name)),
      );
      expect(interpolateCompose(parse(composeText, { merge: true }), requiredOnly).value).toEqual(compose);
    });
  });

  describe('given the api service', () => {
    it('when compose sets its environment, then every variable is one the api reads', () => {
      expect(namesNotIn(Object.keys(apiConfigSchema.properties), Object.keys(environmentOf('api'))), 'variables the api does not read').toEqual([]);
      expect(namesNotIn([...Object.keys(apiConfigSchema.properties), ...runtimeVariables], Object.keys(imageEnvironmentOf('api'))), 'variables of the api image the api does not read').toEqual([]);
    });

    it('then every variable the api requires and has no default for is set', () => {
      expect(namesNotIn(Object.keys(containerEnvironmentOf('api')), requiredWithoutDefault(apiConfigSchema)), 'required variables left unset').toEqual([]);
    });

    it('when the api validates its environment at start-up, then it accepts it and listens on every interface', () => {
      const config = loadApiConfig(containerEnvironmentOf('api'));
      expect(config.API_HOST).toBe('0.0.0.0');
    });

    it('then it uses a database the mysql service creates and grants to the user it connects as', () => {
      const url = new URL(required(environmentOf('api'), 'DATABASE_URL'));
      expect(url.protocol).toBe('mysql:');
      expectMysqlAccess({
        host: url.hostname,
        port: url.port,
        database: url.pathname.slice(1),
        user: decodeURIComponent(url.username),
        password: decodeURIComponent(url.password),
      });
    });

    it('then it calls the engine service as the engine admin', () => {
      expectEngineClient('api');
    });
  });

  describe('given the worker service', () => {
    it('then it reads the same database the api writes, where the published rule tables are', () => {
      expect(required(environmentOf('worker'), 'DATABASE_URL')).toBe(required(environmentOf('api'), 'DATABASE_URL'));
    });

    it('when compose sets its environment, then every variable is one the worker reads', () => {
      expect(namesNotIn(Object.keys(workerConfigSchema.properties), Object.keys(environmentOf('worker'))), 'variables the worker does not read').toEqual([]);
      expect(namesNotIn([...Object.keys(workerConfigSchema.properties), ...runtimeVariables], Object.keys(imageEnvironmentOf('worker'))), 'variables of the worker image the worker does not read').toEqual([]);
    });

    it('then every variable the worker requires and has no default for is set', () => {
      expect(namesNotIn(Object.keys(containerEnvironmentOf('worker')), requiredWithoutDefault(workerConfigSchema)), 'required variables left unset').toEqual([]);
    });

    it('when the worker validates its environment at start-up, then it accepts it', () => {
      expect(() => loadWorkerConfig(containerEnvironmentOf('worker'))).not.toThrow();
    });

    it('then at least two replicas run, each with the id it derives from its own hostname', () => {
      expect(service('worker').deploy?.replicas ?? 1).toBeGreaterThanOrEqual(2);
      expect(containerEnvironmentOf('worker')).not.toHaveProperty('WORKER_ID');
    });

    it('then it calls the engine service as the engine admin', () => {
      expectEngineClient('worker');
    });
  });

  describe('given the engine service', () => {
    const placeholders = [...readRepositoryFile('engine/src/main/resources/application.yaml').matchAll(/\$\{([A-Za-z_]\w*)[:}]/g)].map((match) => match[1]!);

    it('when compose and the image set its environment, then every variable is a placeholder of application.yaml', () => {
      expect(namesNotIn(placeholders, Object.keys(containerEnvironmentOf('engine'))), 'variables application.yaml does not read').toEqual([]);
    });

    it('then it uses a MySQL database the mysql service creates, with the connection settings Camunda needs', () => {
      const environment = environmentOf('engine');
      expect(environment['ENGINE_DB_TYPE']).toBe('mysql');
      const jdbcUrl = required(environment, 'ENGINE_DB_URL');
      expect(jdbcUrl).toMatch(/^jdbc:mysql:\/\//);
      const url = new URL(jdbcUrl.slice('jdbc:'.length));
      expect(url.searchParams.get('sendFractionalSeconds')).toBe('false');
      expect(url.searchParams.get('nullDatabaseMeansCurrent')).toBe('true');
      expectMysqlAccess({
        host: url.hostname,
        port: url.port,
        database: url.pathname.slice(1),
        user: required(environment, 'ENGINE_DB_USER'),
        password: required(environment, 'ENGINE_DB_PASSWORD'),
      });
    });

    it('then its REST API asks for credentials', () => {
      expect(environmentOf('engine')['ENGINE_REST_AUTH']).toBe('true');
    });

    it('then it keeps its tables in a database of its own, apart from the api', () => {
      const apiDatabase = new URL(required(environmentOf('api'), 'DATABASE_URL')).pathname.slice(1);
      const engineDatabase = new URL(required(environmentOf('engine'), 'ENGINE_DB_URL').slice('jdbc:'.length)).pathname.slice(1);
      expect(engineDatabase).not.toBe(apiDatabase);
    });
  });

  describe('given the web service', () => {
    it('when the web server reads API_URL, then it reaches the api service on the port the api listens on', () => {
      const apiUrl = new URL(readApiBaseUrl({ API_URL: required(environmentOf('web'), 'API_URL') }));
      expect(apiUrl.hostname).toBe('api');
      expect(apiUrl.port).toBe(required(containerEnvironmentOf('api'), 'API_PORT'));
    });
  });

  describe('given every service', () => {
    it('then only the web app and the engine (Cockpit) are published, each on the port it listens on', () => {
      const published = Object.entries(compose.services).filter(([, definition]) => (definition.ports ?? []).length > 0);
      expect(published.map(([name]) => name).sort()).toEqual(['engine', 'web']);
      expect(containerPortsOf('web')).toEqual([required(containerEnvironmentOf('web'), 'PORT')]);
      expect(containerPortsOf('engine')).toEqual([required(containerEnvironmentOf('engine'), 'ENGINE_PORT')]);
    });

    it('when a service is built from a Dockerfile target, then the Dockerfile has that stage', () => {
      for (const name of Object.keys(compose.services)) {
        const build = buildOf(name);
        if (!build?.target) continue;
        const stageNames = parseDockerfile(readRepositoryFile(build.dockerfile)).map((stage) => stage.name);
        expect(stageNames, `service ${name}: ${build.dockerfile}`).toContain(build.target.toLowerCase());
      }
    });

    it('when the root Dockerfile installs and copies the workspaces, then it names every npm workspace', () => {
      const stages = parseDockerfile(readRepositoryFile('Dockerfile'));
      const { workspaces } = JSON.parse(readRepositoryFile('package.json')) as { workspaces: string[] };
      // npm ci refuses a workspace of the lock file whose package.json is missing.
      const installed = copiedSources(stageChain(stages, 'install'));
      expect(namesNotIn(installed, workspaces.map((workspace) => `${workspace}/package.json`)), 'manifests the install stage leaves out').toEqual([]);
      const serverWorkspaces = workspaces.filter((workspace) => workspace !== 'web');
      expect(namesNotIn(copiedSources(stageChain(stages, 'api')), serverWorkspaces), 'workspaces the api image leaves out').toEqual([]);
      expect(namesNotIn(copiedSources(stageChain(stages, 'worker')), serverWorkspaces), 'workspaces the worker image leaves out').toEqual([]);
    });

    it('when a service waits for another to be healthy, then that one has a health check', () => {
      for (const [name, definition] of Object.entries(compose.services)) {
        const dependsOn = Array.isArray(definition.depends_on) ? {} : (definition.depends_on ?? {});
        for (const [dependency, { condition }] of Object.entries(dependsOn)) {
          if (condition !== 'service_healthy') continue;
          expect(hasHealthCheck(dependency), `${name} waits for ${dependency} to be healthy`).toBe(true);
        }
      }
    });
  });
});

// ---- compose ------------------------------------------------------------------------------------

function readRepositoryFile(relativePath: string): string {
  return readFileSync(new URL(`../${relativePath}`, import.meta.url), 'utf8');
}

/** `#   NAME=value` lines of the comment block the file opens with. */
function readDocumentedVariables(text: string): Record<string, string> {
  const header = text.slice(0, Math.max(0, text.search(/^[^#\s]/m)));
  return Object.fromEntries([...header.matchAll(/^#\s+([A-Za-z_]\w*)=(\S*)\s*$/gm)].map((match) => [match[1]!, match[2]!]));
}

function variablesReadBy(text: string): string[] {
  return [...new Set([...text.matchAll(VARIABLE_REFERENCE)].map((match) => match[1] ?? match[5]).filter((name) => name !== undefined))];
}

function requiredVariablesOf(text: string): string[] {
  return [...new Set([...text.matchAll(VARIABLE_REFERENCE)].filter((match) => match[3] === '?').map((match) => match[1]!))];
}

/** Compose's interpolation (`$NAME`, `${NAME}`, `:-`, `-`, `:?`, `?`, `:+`, `+`, `$$`) over every string. */
function interpolateCompose(document: unknown, variables: Record<string, string>): { value: unknown; missing: string[] } {
  const missing = new Set<string>();
  const interpolate = (text: string): string =>
    text.replace(VARIABLE_REFERENCE, (...match: Array<string | undefined>) => {
      const [, braced, colon, operator, argument = '', bare, escapedDollar] = match;
      if (escapedDollar) return '$';
      const name = (braced ?? bare)!;
      const value = variables[name];
      const isSet = colon ? value !== undefined && value !== '' : value !== undefined;
      switch (operator) {
        case '-':
          return isSet ? value! : argument;
        case '?':
          if (!isSet) missing.add(name);
          return value ?? '';
        case '+':
          return isSet ? argument : '';
        default:
          return value ?? '';
      }
    });
  const visit = (node: unknown): unknown => {
    if (typeof node === 'string') return interpolate(node);
    if (Array.isArray(node)) return node.map(visit);
    if (node !== null && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, visit(value)]));
    return node;
  };
  return { value: visit(document), missing: [...missing] };
}

function service(name: string): ComposeService {
  const definition = compose.services[name];
  if (!definition) throw new Error(`docker-compose.yml has no service '${name}'.`);
  return definition;
}

/** What compose sets; a name without a value passes the host's variable through. */
function environmentOf(name: string): Record<string, string | undefined> {
  const environment = service(name).environment ?? {};
  const entries = Array.isArray(environment)
    ? environment.map((entry): [string, string | undefined] => {
        const separator = entry.indexOf('=');
        return separator < 0 ? [entry, undefined] : [entry.slice(0, separator), entry.slice(separator + 1)];
      })
    : Object.entries(environment).map(([key, value]): [string, string | undefined] => [key, value === null ? undefined : String(value)]);
  return Object.fromEntries(entries);
}

/** What the container sees: its image's ENV, overridden by compose. */
function containerEnvironmentOf(name: string): Record<string, string | undefined> {
  return { ...imageEnvironmentOf(name), ...environmentOf(name) };
}

function buildOf(name: string): { dockerfile: string; target?: string } | undefined {
  const build = service(name).build;
  if (build === undefined) return undefined;
  const { context = '.', dockerfile = 'Dockerfile', target } = typeof build === 'string' ? { context: build } : build;
  return { dockerfile: path.posix.join(context, dockerfile), ...(target ? { target } : {}) };
}

function containerPortsOf(name: string): string[] {
  return (service(name).ports ?? []).map((port) => (typeof port === 'object' ? String(port.target) : String(port).split(':').at(-1)!.split('/')[0]!));
}

function hasHealthCheck(name: string): boolean {
  const healthcheck = service(name).healthcheck;
  if (healthcheck) return !healthcheck.disable && !(Array.isArray(healthcheck.test) && healthcheck.test[0] === 'NONE');
  const build = buildOf(name);
  if (!build) return false;
  const instruction = stageChain(parseDockerfile(readRepositoryFile(build.dockerfile)), build.target).find(({ keyword }) => keyword === 'HEALTHCHECK');
  return instruction !== undefined && !/^NONE\b/i.test(instruction.argument);
}

// ---- the mysql service's databases and accounts -------------------------------------------------

interface MysqlAccess {
  host: string;
  port: string;
  database: string;
  user: string;
  password: string;
}

/** Databases, users and grants the mysql service creates: its MYSQL_* variables and init scripts. */
function mysqlSetUp(): { databases: Set<string>; passwords: Map<string, string>; grants: Set<string> } {
  const environment = environmentOf('mysql');
  const databases = new Set<string>();
  const passwords = new Map<string, string>();
  const grants = new Set<string>();
  const { MYSQL_DATABASE: database, MYSQL_USER: user, MYSQL_PASSWORD: password } = environment;
  if (database) databases.add(database);
  if (user && password !== undefined) {
    passwords.set(user, password);
    if (database) grants.add(`${user} → ${database}`);
  }
  const initScripts = (service('mysql').configs ?? [])
    .filter((mount) => typeof mount === 'object' && mount.target?.startsWith('/docker-entrypoint-initdb.d/'))
    .map((mount) => compose.configs?.[(mount as { source: string }).source]?.content ?? '')
    .join('\n');
  // Only the statement shapes an init script for these databases needs.
  for (const match of initScripts.matchAll(/CREATE\s+DATABASE\s+(?:IF\s+NOT\s+EXISTS\s+)?`?(\w+)`?/gi)) databases.add(match[1]!);
  for (const match of initScripts.matchAll(/CREATE\s+USER\s+(?:IF\s+NOT\s+EXISTS\s+)?'(\w+)'@'%'\s+IDENTIFIED\s+BY\s+'([^']*)'/gi)) passwords.set(match[1]!, match[2]!);
  for (const match of initScripts.matchAll(/GRANT\s+ALL(?:\s+PRIVILEGES)?\s+ON\s+`?(\w+)`?\.\*\s+TO\s+'(\w+)'@'%'/gi)) grants.add(`${match[2]} → ${match[1]}`);
  return { databases, passwords, grants };
}

function expectMysqlAccess({ host, port, database, user, password }: MysqlAccess): void {
  expect(host).toBe('mysql');
  expect(compose.services).toHaveProperty('mysql');
  expect(['', '3306']).toContain(port);
  const { databases, passwords, grants } = mysqlSetUp();
  expect([...databases]).toContain(database);
  expect([...grants]).toContain(`${user} → ${database}`);
  expect(passwords.get(user), `the password of MySQL user ${user}`).toBe(password);
}

// ---- the engine and its clients -----------------------------------------------------------------

function expectEngineClient(name: string): void {
  const client = environmentOf(name);
  const engine = containerEnvironmentOf('engine');
  const url = new URL(required(client, 'ENGINE_REST_URL'));
  expect(url.hostname).toBe('engine');
  expect(url.port || '80').toBe(required(engine, 'ENGINE_PORT'));
  expect(url.pathname.replace(/\/$/, '')).toBe('/engine-rest');
  expect(client['ENGINE_REST_USER']).toBe(required(engine, 'ENGINE_ADMIN_USER'));
  expect(client['ENGINE_REST_PASSWORD']).toBe(required(engine, 'ENGINE_ADMIN_PASSWORD'));
}

// ---- config schemas -----------------------------------------------------------------------------

interface ConfigSchema {
  properties: Record<string, object>;
  required: readonly string[];
}

function requiredWithoutDefault(schema: ConfigSchema): string[] {
  return schema.required.filter((name) => !('default' in (schema.properties[name] ?? {})));
}

function namesNotIn(known: string[], names: string[]): string[] {
  return names.filter((name) => !known.includes(name));
}

function required(environment: Record<string, string | undefined>, name: string): string {
  const value = environment[name];
  if (value === undefined || value === '') throw new Error(`${name} is not set.`);
  return value;
}

// ---- Dockerfiles --------------------------------------------------------------------------------

interface DockerfileStage {
  name?: string;
  base: string;
  instructions: Array<{ keyword: string; argument: string }>;
}

/** Stages with their instructions; line continuations joined, comments dropped, as Docker does. */
function parseDockerfile(text: string): DockerfileStage[] {
  const stages: DockerfileStage[] = [];
  let pending = '';
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line.startsWith('#') || (line === '' && pending !== '')) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    const instruction = `${pending}${line}`.trim();
    pending = '';
    const [, keyword = '', argument = ''] = /^(\S+)\s*(.*)$/.exec(instruction) ?? [];
    if (keyword.toUpperCase() === 'FROM') {
      const [, base = '', name] = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?$/i.exec(argument) ?? [];
      stages.push({ base: base.toLowerCase(), ...(name ? { name: name.toLowerCase() } : {}), instructions: [] });
    } else if (keyword) {
      stages.at(-1)?.instructions.push({ keyword: keyword.toUpperCase(), argument });
    }
  }
  return stages;
}

/** The instructions that shape a target, latest first: the target's own, then its base stages'. */
function stageChain(stages: DockerfileStage[], target: string | undefined): DockerfileStage['instructions'] {
  const instructions: DockerfileStage['instructions'] = [];
  let index = target === undefined ? stages.length - 1 : stages.findIndex((stage) => stage.name === target.toLowerCase());
  while (index >= 0) {
    const stage = stages[index]!;
    instructions.push(...[...stage.instructions].reverse());
    index = stages.slice(0, index).findIndex((earlier) => earlier.name === stage.base);
  }
  return instructions;
}

/** The build-context sources of the COPY instructions (not those `--from` another stage). */
function copiedSources(instructions: DockerfileStage['instructions']): string[] {
  return instructions
    .filter(({ keyword, argument }) => keyword === 'COPY' && !/--from=/.test(argument))
    .flatMap(({ argument }) => argument.split(/\s+/).filter((token) => !token.startsWith('--')).slice(0, -1));
}

/** The ENV a service's image sets (`ENV NAME=value …` form). */
function imageEnvironmentOf(name: string): Record<string, string> {
  const build = buildOf(name);
  if (!build) return {};
  const environment: Record<string, string> = {};
  const envInstructions = stageChain(parseDockerfile(readRepositoryFile(build.dockerfile)), build.target).filter(({ keyword }) => keyword === 'ENV');
  // Latest first, so the first value seen for a name wins.
  for (const { argument } of envInstructions) {
    for (const [, key, value = ''] of argument.matchAll(/([A-Za-z_]\w*)=("[^"]*"|'[^']*'|\S*)/g)) {
      if (!(key! in environment)) environment[key!] = value.replace(/^(["'])(.*)\1$/, '$2');
    }
  }
  return environment;
}
