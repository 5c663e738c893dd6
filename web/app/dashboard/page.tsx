import type { Metadata } from 'next';
import Link from 'next/link';
import { getKpis, type KpiBucket } from '../../features/dashboard/api/kpi.api';
import { KpiDashboard } from '../../features/dashboard/components/kpi-dashboard';
import '../../features/dashboard/components/dashboard.css';
import { describeApiFailure } from '../../features/dashboard/utils/describe-api-failure';
import { formatPeriod } from '../../features/dashboard/utils/format-period';
import { planDashboardRange } from '../../features/dashboard/utils/plan-dashboard-range';
import { Callout } from '../../shared/components/callout';
import { readApiBaseUrl } from '../../shared/api/read-api-base-url';
import { PLANT_TIME_ZONE } from '../../shared/format/format-date-time';
import { getRequestTranslator } from '../../shared/i18n/get-request-locale';
import { isUnauthenticated } from '../../shared/session/is-unauthenticated';
import { readSessionToken } from '../../shared/session/read-session-token';
import { redirectToSignIn } from '../../shared/session/redirect-to-sign-in';

export const dynamic = 'force-dynamic';

interface DashboardPageProps {
  readonly searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestTranslator();
  return { title: t('dashboard.title') };
}

export default async function DashboardPage({ searchParams }: DashboardPageProps) {
  const params = await searchParams;
  const bucket: KpiBucket = params.bucket === 'month' ? 'month' : 'week';
  const thisPage = bucket === 'month' ? '/dashboard?bucket=month' : '/dashboard';
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) redirectToSignIn(thisPage);
  const { locale, t } = await getRequestTranslator();
  const range = planDashboardRange(bucket, PLANT_TIME_ZONE);
  const result = await getKpis({ apiBaseUrl: readApiBaseUrl(), sessionToken }, { ...range, bucket });
  if (isUnauthenticated(result)) redirectToSignIn(thisPage);
  const day = (isoDate: string) => formatPeriod({ key: isoDate, bucket: 'week', start: isoDate }, locale);

  return (
    <div className="page">
      <div className="page__header">
        <h1 className="page__title">{t('dashboard.title')}</h1>
        <p className="page__intro">{t('dashboard.intro')}</p>
        <div className="kpi-toolbar">
          <span className="kpi-toolbar__range">{t('dashboard.range', { from: day(range.from), to: day(range.to), timeZone: PLANT_TIME_ZONE })}</span>
          <nav className="kpi-toolbar__buckets" aria-label={t('dashboard.bucket.label')} data-testid="dashboard-bucket">
            {(['week', 'month'] as const).map((option) => (
              <Link
                key={option}
                href={option === 'month' ? '/dashboard?bucket=month' : '/dashboard'}
                className={`kpi-toolbar__bucket${option === bucket ? ' kpi-toolbar__bucket--current' : ''}`}
                aria-current={option === bucket ? 'page' : undefined}
                data-testid={`dashboard-bucket-${option}`}
              >
                {t(`dashboard.bucket.${option}`)}
              </Link>
            ))}
          </nav>
        </div>
      </div>
      {result.outcome === 'ok' ? (
        <KpiDashboard dashboard={result.data} locale={locale} />
      ) : (
        <Callout tone="critical" title={t('dashboard.unavailable')} testId="dashboard-unavailable">
          <p className="callout__lead">{describeApiFailure(result, t)}</p>
        </Callout>
      )}
    </div>
  );
}
