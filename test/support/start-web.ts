import { spawn, type ChildProcess } from 'node:child_process';
// @ts-expect-error plain JavaScript shared with `npm start`
import { buildWeb, webDirectory, webStartArguments } from '../../scripts/lib/web-build.mjs';
import { waitFor } from './engine-rest.js';
import { freePort } from './free-port.js';

export interface RunningWeb {
  url: string;
  close(): Promise<void>;
}

/** The built web app (built first if stale) against an api URL, on a free port. */
export async function startTestWeb(apiUrl: string): Promise<RunningWeb> {
  buildWeb({ log: () => undefined });
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, webStartArguments(port), {
    cwd: webDirectory,
    env: { ...process.env, API_URL: apiUrl, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor('the web app', async () => ((await fetch(url)).ok ? true : undefined), 60_000);
  return {
    url,
    async close() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
