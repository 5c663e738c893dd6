#!/usr/bin/env node
// Builds, starts, waits for and stops the Lotflow engine (Camunda 7 on Spring Boot).
// Plain Node with no dependencies: `npm start` runs it before `npm install` has finished.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const engineDirectory = fileURLToPath(new URL('..', import.meta.url));
export const repositoryDirectory = path.dirname(engineDirectory);
export const engineJar = path.join(engineDirectory, 'target', 'lotflow-engine.jar');
const buildStampFile = path.join(engineDirectory, 'target', 'lotflow-engine.sources.sha256');

/** Hash of everything that goes into the jar: a changed source means a rebuild. */
function hashSources() {
  const hash = createHash('sha256');
  const visit = (file) => {
    if (statSync(file).isDirectory()) {
      for (const name of readdirSync(file).sort()) visit(path.join(file, name));
    } else {
      hash.update(path.relative(engineDirectory, file)).update(readFileSync(file));
    }
  };
  visit(path.join(engineDirectory, 'pom.xml'));
  visit(path.join(engineDirectory, 'src'));
  return hash.digest('hex');
}

/** Fails with a sentence a person can act on when no JDK 17+ is on the PATH. */
export function checkJava() {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) throw new Error('Java was not found: install a JDK 17 or newer and put `java` on the PATH.');
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
  if (major < 17) throw new Error(`Java ${major || 'of unknown version'} was found, the engine needs 17 or newer.`);
  return major;
}

function mavenCommand() {
  const onPath = spawnSync('mvn', ['--version'], { stdio: 'ignore' });
  if (!onPath.error && onPath.status === 0) return 'mvn';
  return path.join(engineDirectory, process.platform === 'win32' ? 'mvnw.cmd' : 'mvnw');
}

/** Builds the engine jar unless it is current. Returns true when it built. */
export function buildEngine({ force = false, log = console.log } = {}) {
  checkJava();
  const sources = hashSources();
  if (!force && existsSync(engineJar) && existsSync(buildStampFile) && readFileSync(buildStampFile, 'utf8') === sources) {
    return false;
  }
  const maven = mavenCommand();
  log(`Building the engine with ${path.basename(maven)} (the first build downloads Camunda from Maven Central) …`);
  const args = ['-B', '-q', 'package', '-DskipTests'];
  if (process.env.MAVEN_REPOSITORY) args.push(`-Dmaven.repo.local=${process.env.MAVEN_REPOSITORY}`);
  const result = spawnSync(maven, args, { cwd: engineDirectory, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`The engine build failed (${maven} exited with ${result.status ?? result.signal}).`);
  writeFileSync(buildStampFile, sources);
  return true;
}

/**
 * Starts the engine jar. `environment` holds the ENGINE_* variables of application.yaml;
 * the process's own environment is passed on too. Output goes to `logFile` when given.
 */
export function startEngine({ port = 8080, environment = {}, logFile, dataDirectory } = {}) {
  const dataDir = dataDirectory ?? process.env.ENGINE_DATA_DIR ?? path.join(repositoryDirectory, 'data', 'engine');
  mkdirSync(dataDir, { recursive: true });
  const output = logFile ? openSync(logFile, 'a') : 'inherit';
  const javaOptions = (process.env.ENGINE_JAVA_OPTS ?? '').split(' ').filter(Boolean);
  const child = spawn('java', [...javaOptions, '-jar', engineJar], {
    cwd: engineDirectory,
    env: { ...process.env, ENGINE_PORT: String(port), ENGINE_DATA_DIR: dataDir, ...environment },
    stdio: ['ignore', output, output],
  });
  writeFileSync(path.join(dataDir, 'engine.pid'), String(child.pid));
  return { child, url: `http://127.0.0.1:${port}/engine-rest`, dataDirectory: dataDir, logFile };
}

/** Resolves when /engine-rest/engine answers; rejects if the process dies or time runs out. */
export async function waitForEngine(engine, { timeoutMs = 180_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let exited = null;
  engine.child?.once('exit', (code, signal) => (exited = code ?? signal));
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`The engine stopped while starting (exit ${exited}).${logTail(engine.logFile)}`);
    try {
      const response = await fetch(`${engine.url}/engine`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The engine did not answer at ${engine.url} within ${timeoutMs / 1000} s.${logTail(engine.logFile)}`);
}

function logTail(logFile) {
  if (!logFile || !existsSync(logFile)) return '';
  const lines = readFileSync(logFile, 'utf8').trim().split('\n');
  return `\nLast lines of ${logFile}:\n${lines.slice(-25).join('\n')}`;
}

/** Asks the engine to stop (it finishes running jobs), then forces it after `graceMs`. */
export async function stopEngine(engine, { graceMs = 20_000 } = {}) {
  const { child } = engine;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  rmSync(path.join(engine.dataDirectory, 'engine.pid'), { force: true });
}

async function main(command) {
  const port = Number(process.env.ENGINE_PORT ?? 8080);
  switch (command) {
    case 'build':
      console.log(buildEngine({ force: process.argv.includes('--force') }) ? `Built ${engineJar}` : 'The engine jar is current.');
      return;
    case 'start': {
      buildEngine();
      const engine = startEngine({ port });
      const stop = () => stopEngine(engine).then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await waitForEngine(engine);
      console.log(`Engine ready: ${engine.url} (Cockpit: http://127.0.0.1:${port}/camunda/app/cockpit/)`);
      return;
    }
    case 'wait':
      await waitForEngine({ url: `http://127.0.0.1:${port}/engine-rest` });
      console.log('Engine ready.');
      return;
    case 'stop': {
      const pidFile = path.join(process.env.ENGINE_DATA_DIR ?? path.join(repositoryDirectory, 'data', 'engine'), 'engine.pid');
      if (!existsSync(pidFile)) return console.log('No engine started from this folder is running.');
      try {
        process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGTERM');
      } catch {
        // already gone
      }
      rmSync(pidFile, { force: true });
      console.log('Engine stopped.');
      return;
    }
    default:
      console.error('Usage: node engine/scripts/engine.mjs build [--force] | start | wait | stop');
      process.exitCode = 2;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv[2]).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
