// Installs the npm dependencies when they are missing or older than the lockfile.
// Plain Node with no dependencies, since it runs before they exist.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryDirectory = fileURLToPath(new URL('../..', import.meta.url));

export function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  const ok = (major === 20 && minor >= 19) || (major === 22 && minor >= 13) || major >= 24;
  if (!ok) throw new Error(`Node ${process.versions.node} is too old: Lotflow needs 20.19+, 22.13+ or 24+.`);
}

export function ensureDependencies(log = console.log) {
  const lockfile = path.join(repositoryDirectory, 'package-lock.json');
  const installed = path.join(repositoryDirectory, 'node_modules', '.package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lockfile).mtimeMs) return false;
  log('Installing npm dependencies (npm ci) …');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: repositoryDirectory, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm ci failed (exit ${result.status ?? result.signal}).`);
  return true;
}
