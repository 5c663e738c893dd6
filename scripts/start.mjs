#!/usr/bin/env node
// `npm start`: installs what is missing, builds what is stale, starts engine, api, worker and
// web on the embedded defaults (H2, SQLite under ./data), deploys the processes, and stops
// every child on Ctrl-C. Plain Node: it runs before the dependencies are installed.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { checkNode, ensureDependencies, repositoryDirectory } from './lib/dependencies.mjs';
import { buildWeb, webDirectory, webStartArguments } from './lib/web-build.mjs';
import { buildEngine, startEngine, stopEngine, waitForEngine } from '../engine/scripts/engine.mjs';

const startedAt = Date.now();
const ports = {
  engine: Number(process.env.ENGINE_PORT ?? 8080),
  api: Number(process.env.API_PORT ?? 3001),
  web: Number(process.env.WEB_PORT ?? 3000),
};
const children = [];
let stopping = false;

function say(line) {
  console.log(`\x1b[1m[lotflow]\x1b[0m ${line}`);
}

function portFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Starts a Node child whose output lines are prefixed with its name. */
function startNode(name, args, { cwd = repositoryDirectory, env = {} } = {}) {
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (stream, target) => {
    let rest = '';
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop();
      for (const line of lines) target.write(`[${name}] ${line}\n`);
    });
  };
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  watch(name, child);
  return child;
}

function watch(name, child) {
  children.push({ name, child });
  child.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(`[lotflow] ${name} stopped unexpectedly (${signal ?? `exit ${code}`}); stopping the stack.`);
    shutdown(1);
  });
}

async function waitForHttp(name, url, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) throw new Error('stopped');
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${name} did not answer at ${url} within ${timeoutMs / 1000} s`);
}

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  say('Stopping …');
  for (const { name, child } of [...children].reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    if (name === 'engine') {
      await stopEngine(engine);
    } else {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
  }
  say('Stopped.');
  process.exit(code);
}

process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

let engine;
try {
  checkNode();
  for (const [name, port] of Object.entries(ports)) {
    if (!(await portFree(port))) throw new Error(`Port ${port} for the ${name} is taken. Stop what uses it, or set ${name.toUpperCase()}_PORT.`);
  }
  ensureDependencies(say);
  buildEngine({ log: say });
  buildWeb({ log: say });

  const data = path.join(repositoryDirectory, 'data');
  say(`Starting the engine on port ${ports.engine} (H2 in ${path.join(data, 'engine')}) …`);
  engine = startEngine({ port: ports.engine, dataDirectory: path.join(data, 'engine'), logFile: path.join(data, 'engine.log') });
  watch('engine', engine.child);
  await waitForEngine(engine);

  const engineUrl = engine.url;
  const tsx = ['--import', 'tsx'];
  const demoPassword = process.env.DEMO_PASSWORD ?? 'lotflow-demo';
  startNode('api', [...tsx, 'api/src/main.ts'], {
    env: { API_PORT: String(ports.api), ENGINE_REST_URL: engineUrl, SEED_DEMO_USERS: 'true', DEMO_PASSWORD: demoPassword },
  });
  const apiUrl = `http://127.0.0.1:${ports.api}`;
  await waitForHttp('api', `${apiUrl}/health/live`);
  startNode('worker', [...tsx, 'worker/src/main.ts'], { env: { ENGINE_REST_URL: engineUrl } });

  const login = await fetch(`${apiUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: demoPassword }),
  });
  if (!login.ok) throw new Error(`Signing in as admin failed (${login.status}): was the database created with another DEMO_PASSWORD?`);
  const { token } = await login.json();
  const packLoad = await fetch(`${apiUrl}/dictionary/pack/load`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  const packResult = await packLoad.json();
  if (!packLoad.ok) throw new Error(`Loading the medical-device pack failed: ${packResult.detail ?? packLoad.status}`);
  if (packResult.recordsCreated > 0 || packResult.typesPublished.length > 0) {
    say(`Loaded the medical-device pack: ${packResult.typesPublished.length} dictionary types, ${packResult.recordsCreated} demo records.`);
  }
  // On the first start only (the pack's records were just created): a database in use keeps its own history.
  if (packResult.recordsCreated > 0) {
    const historyLoad = await fetch(`${apiUrl}/demo/history/load`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    const history = await historyLoad.json();
    if (!historyLoad.ok) throw new Error(`Loading the demo history failed: ${history.detail ?? historyLoad.status}`);
    say(`Loaded the demo history ${history.firstDay} … ${history.lastDay}: ${history.created.record} records, ${history.created.posting} inventory postings, ${history.created.signature} signatures in ${(history.milliseconds / 1000).toFixed(1)} s.`);
  }
  const tables = await fetch(`${apiUrl}/rule-tables/bundled/publish`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  const tablesResult = await tables.json();
  if (!tables.ok) throw new Error(`Publishing the rule tables failed: ${tablesResult.detail ?? tables.status}`);
  if (tablesResult.published.length > 0) say(`Published rule tables ${tablesResult.published.map((table) => `${table.key} v${table.version}`).join(', ')}.`);
  const deployed = await fetch(`${apiUrl}/deployments/bundled`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  const deployment = await deployed.json();
  if (!deployed.ok) throw new Error(`Deploying the processes failed: ${deployment.detail ?? deployed.status}`);
  const keys = (deployment.deployment.resources ?? []).flatMap((resource) => resource.processKeys);
  say(deployment.changed ? `Deployed ${keys.join(', ')}.` : 'The processes are deployed and unchanged.');

  startNode('web', webStartArguments(ports.web), { cwd: webDirectory, env: { API_URL: apiUrl, NEXT_TELEMETRY_DISABLED: '1' } });
  const webUrl = `http://127.0.0.1:${ports.web}`;
  await waitForHttp('web', webUrl);

  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  console.log(`
  Web        ${webUrl}
  api        ${apiUrl}   (health: ${apiUrl}/health)
  Engine     ${engineUrl}
  Cockpit    http://127.0.0.1:${ports.engine}/camunda/app/cockpit/   (admin / admin)

  Sign in to the web app as admin, analyst.chen, qa.li, purchasing.wang, mrb.zhao,
  production.liu or operations.sun — password ${demoPassword}
`);
  say(`Lotflow is ready in ${seconds} s. Press Ctrl-C to stop.`);
} catch (error) {
  if (!stopping) {
    console.error(`[lotflow] ${error.message}`);
    await shutdown(1);
  }
}
