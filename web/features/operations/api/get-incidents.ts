import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import { incidentPageShape, type IncidentPage } from './operations.shape';

export const INCIDENT_PAGE_SIZE = 50;

/** Open incidents, newest first: all of them, or those of one process instance. */
export function getIncidents(apiBaseUrl: string, sessionToken: string, filter: { readonly processInstanceId?: string } = {}): Promise<ApiResult<IncidentPage>> {
  const query = new URLSearchParams({ limit: String(INCIDENT_PAGE_SIZE) });
  if (filter.processInstanceId) query.set('processInstanceId', filter.processInstanceId);
  return fetchApiJson({ baseUrl: apiBaseUrl, path: `operations/incidents?${query.toString()}`, sessionToken, shape: incidentPageShape, timeoutMs: 15_000 });
}
