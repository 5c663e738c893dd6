'use server';

import type { ApiResult } from '../../../shared/api/api-client';
import { readApiBaseUrl } from '../../../shared/api/read-api-base-url';
import { readSessionToken } from '../../../shared/session/read-session-token';
import type { RetryResult } from '../api/operations.shape';
import { retryIncident } from '../api/retry-incident';
import { isEngineId } from '../utils/is-engine-id';

/** The Retry button's call: the browser never talks to the api, so it goes on from here with the session token. */
export async function retryIncidentAction(incidentId: string): Promise<ApiResult<RetryResult>> {
  if (!isEngineId(incidentId)) {
    return { outcome: 'problem', status: 400, problem: { title: 'The request is invalid', detail: `'${incidentId}' is not an incident id.` } };
  }
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) {
    return { outcome: 'problem', status: 401, problem: { title: 'Not signed in' } };
  }
  return retryIncident(readApiBaseUrl(), sessionToken, incidentId);
}
