import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import { noContent } from '../../../shared/api/shape';

/** Ends the session at the api, so the token is worthless even if a copy of the cookie survives. */
export function endSession(apiBaseUrl: string, sessionToken: string): Promise<ApiResult<undefined>> {
  return fetchApiJson({
    baseUrl: apiBaseUrl,
    path: 'auth/logout',
    method: 'POST',
    sessionToken,
    shape: noContent(),
    acceptedStatuses: [204],
  });
}
