import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import { kpiDashboardShape, kpiPeriodRecordsShape, type KpiDashboard, type KpiPeriodRecords } from './kpi.shape';

export interface Caller {
  readonly apiBaseUrl: string;
  readonly sessionToken: string;
}

export type KpiBucket = 'week' | 'month';

/** Every KPI per period from `from` to `to` (plant days). */
export function getKpis({ apiBaseUrl, sessionToken }: Caller, range: { from: string; to: string; bucket: KpiBucket }): Promise<ApiResult<KpiDashboard>> {
  return fetchApiJson({ baseUrl: apiBaseUrl, path: `kpis?${new URLSearchParams(range).toString()}`, sessionToken, shape: kpiDashboardShape, timeoutMs: 15_000 });
}

/** The records behind one period's figure of a KPI. */
export function getKpiRecords({ apiBaseUrl, sessionToken }: Caller, kpi: string, period: string): Promise<ApiResult<KpiPeriodRecords>> {
  return fetchApiJson({ baseUrl: apiBaseUrl, path: `kpis/${encodeURIComponent(kpi)}/records?${new URLSearchParams({ period }).toString()}`, sessionToken, shape: kpiPeriodRecordsShape, timeoutMs: 15_000 });
}
