import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import { retryResultShape, type RetryResult } from './operations.shape';

/** Gives the failed external task or job one more attempt; the api audits it. */
export function retryIncident(apiBaseUrl: string, sessionToken: string, incidentId: string): Promise<ApiResult<RetryResult>> {
  return fetchApiJson({
    baseUrl: apiBaseUrl,
    path: `operations/incidents/${encodeURIComponent(incidentId)}/retry`,
    method: 'POST',
    body: { retries: 1 },
    sessionToken,
    shape: retryResultShape,
    timeoutMs: 15_000,
  });
}
