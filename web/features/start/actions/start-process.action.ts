'use server';

import type { ApiResult } from '../../../shared/api/api-client';
import { readApiBaseUrl } from '../../../shared/api/read-api-base-url';
import { getRequestLocale } from '../../../shared/i18n/get-request-locale';
import { readSessionToken } from '../../../shared/session/read-session-token';
import { startProcess } from '../api/process-start-requests';
import type { StartResult } from '../api/process-start.shape';

/*
 * The start form runs in the browser, which never talks to the api: the values come here and go
 * on with the session token from this site's httpOnly cookie. The api decides who may start what.
 */
export async function startProcessAction(key: string, input: { requestId: string; values: unknown }): Promise<ApiResult<StartResult>> {
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) {
    return { outcome: 'problem', status: 401, problem: { title: 'Not signed in' } };
  }
  return startProcess({ apiBaseUrl: readApiBaseUrl(), sessionToken }, key, input, await getRequestLocale());
}
