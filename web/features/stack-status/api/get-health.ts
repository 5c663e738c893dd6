import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import { healthReportShape, type HealthReport } from './health-report.shape';

export function getHealth(apiBaseUrl: string): Promise<ApiResult<HealthReport>> {
  return fetchApiJson({ baseUrl: apiBaseUrl, path: 'health', shape: healthReportShape, acceptedStatuses: [200, 503] });
}
