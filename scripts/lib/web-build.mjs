// Builds the web app unless its build is current (same sources, same lockfile).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repositoryDirectory } from './dependencies.mjs';

export const webDirectory = path.join(repositoryDirectory, 'web');
const stampFile = path.join(webDirectory, '.next', 'lotflow-sources.sha256');
const ignored = new Set(['.next', 'node_modules', 'next-env.d.ts']);

function hashSources() {
  const hash = createHash('sha256');
  const visit = (file) => {
    if (statSync(file).isDirectory()) {
      for (const name of readdirSync(file).sort()) if (!ignored.has(name) && !name.includes('__tests__')) visit(path.join(file, name));
    } else {
      hash.update(path.relative(repositoryDirectory, file)).update(readFileSync(file));
    }
  };
  visit(webDirectory);
  // The designer bundles the lint rules and topic catalog from processes/.
  visit(path.join(repositoryDirectory, 'processes', 'src'));
  hash.update(readFileSync(path.join(repositoryDirectory, 'package-lock.json')));
  return hash.digest('hex');
}

export function buildWeb({ force = false, log = console.log } = {}) {
  const sources = hashSources();
  if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === sources) return false;
  log('Building the web app (next build) …');
  const next = path.join(repositoryDirectory, 'node_modules', 'next', 'dist', 'bin', 'next');
  const result = spawnSync(process.execPath, [next, 'build'], {
    cwd: webDirectory,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`The web build failed (exit ${result.status ?? result.signal}).`);
  writeFileSync(stampFile, sources);
  return true;
}

/** Arguments for `node` that run the built web app on a port. */
export function webStartArguments(port) {
  return [path.join(repositoryDirectory, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port), '-H', '127.0.0.1'];
}
