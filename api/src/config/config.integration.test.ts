import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repository = path.resolve(import.meta.dirname, '..', '..', '..');

describe('api start-up with a bad configuration', () => {
  it('lists every bad variable and exits without listening', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
      cwd: repository,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, API_PORT: 'eighty', DATABASE_URL: 'postgres://x/y', ENGINE_REST_URL: 'engine:8080', LOG_LEVEL: 'chatty' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("The api's configuration is invalid");
    for (const name of ['API_PORT', 'DATABASE_URL', 'ENGINE_REST_URL', 'LOG_LEVEL']) expect(result.stderr).toContain(`  - ${name} `);
    expect(result.stdout).not.toContain('api listening');
  });
});
