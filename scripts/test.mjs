#!/usr/bin/env node
// `npm test`: type-checks every workspace, then runs the unit tests and the integration tests
// (which start a real engine themselves), and ends with one line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkNode, ensureDependencies, repositoryDirectory } from './lib/dependencies.mjs';

checkNode();
ensureDependencies();

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const typecheck = spawnSync(npm, ['run', '--silent', 'typecheck'], { cwd: repositoryDirectory, stdio: 'inherit' });
if (typecheck.status !== 0) {
  console.error('Type errors: fix them before the tests run.');
  process.exit(1);
}

const reportDirectory = mkdtempSync(path.join(tmpdir(), 'lotflow-vitest-'));
const report = path.join(reportDirectory, 'report.json');
const vitest = path.join(repositoryDirectory, 'node_modules', 'vitest', 'vitest.mjs');
const run = spawnSync(
  process.execPath,
  [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { cwd: repositoryDirectory, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } },
);

let summary;
try {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  summary = {
    passed: results.numPassedTests,
    // A file that fails to load fails no test but must still count.
    failed: results.numFailedTests || (run.status !== 0 ? Math.max(1, results.numFailedTestSuites ?? 0) : 0),
    skipped: results.numPendingTests + results.numTodoTests,
  };
} catch {
  summary = null;
}
rmSync(reportDirectory, { recursive: true, force: true });
const failed = run.status !== 0 || !summary || summary.failed > 0 || summary.passed === 0;
if (summary) {
  console.log(`\n${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`);
} else {
  console.log('\n0 passed, 1 failed (vitest wrote no report)');
}
process.exit(failed ? 1 : 0);
