import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import type { InstanceFilters } from '../utils/read-instance-filters';
import { runningInstancePageShape, type RunningInstancePage } from './operations.shape';

/** Running instances for admins and operations staff; anyone else gets 403. */
export function getRunningInstances(apiBaseUrl: string, sessionToken: string, filters: InstanceFilters): Promise<ApiResult<RunningInstancePage>> {
  const query = new URLSearchParams({ offset: String(filters.offset), limit: String(filters.limit) });
  if (filters.processKey) query.set('processKey', filters.processKey);
  if (filters.businessKey) query.set('businessKey', filters.businessKey);
  return fetchApiJson({ baseUrl: apiBaseUrl, path: `operations/instances?${query.toString()}`, sessionToken, shape: runningInstancePageShape, timeoutMs: 15_000 });
}
