'use server';

import type { ApiResult } from '../../../shared/api/api-client';
import { readApiBaseUrl } from '../../../shared/api/read-api-base-url';
import { readSessionToken } from '../../../shared/session/read-session-token';
import { takeSnapshot } from '../api/data-quality.api';
import type { Snapshot } from '../api/data-quality.shape';

/** The "Take snapshot now" button's call: the browser never talks to the api, so it goes on from here with the session token. */
export async function takeSnapshotAction(): Promise<ApiResult<Snapshot>> {
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) return { outcome: 'problem', status: 401, problem: { title: 'Not signed in' } };
  return takeSnapshot({ apiBaseUrl: readApiBaseUrl(), sessionToken });
}
