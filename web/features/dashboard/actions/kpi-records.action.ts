'use server';

import { readApiBaseUrl } from '../../../shared/api/read-api-base-url';
import { getRequestTranslator } from '../../../shared/i18n/get-request-locale';
import { readSessionToken } from '../../../shared/session/read-session-token';
import { getKpiRecords } from '../api/kpi.api';
import { kpiKeys, type KpiPeriodRecords } from '../api/kpi.shape';
import { describeApiFailure } from '../utils/describe-api-failure';

export type KpiRecordsResult = { readonly outcome: 'ok'; readonly records: KpiPeriodRecords } | { readonly outcome: 'failed'; readonly message: string };

const periodKey = /^\d{4}-\d{2}(-\d{2})?$/;

/** The records behind a clicked bar; the browser never talks to the api, so it asks here. */
export async function loadKpiRecordsAction(kpi: string, period: string): Promise<KpiRecordsResult> {
  const { t } = await getRequestTranslator();
  if (!(kpiKeys as readonly string[]).includes(kpi) || !periodKey.test(period)) return { outcome: 'failed', message: t('dashboard.records.invalid') };
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) return { outcome: 'failed', message: t('dashboard.records.signedOut') };
  const result = await getKpiRecords({ apiBaseUrl: readApiBaseUrl(), sessionToken }, kpi, period);
  return result.outcome === 'ok' ? { outcome: 'ok', records: result.data } : { outcome: 'failed', message: describeApiFailure(result, t) };
}
