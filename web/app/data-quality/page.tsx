import type { Metadata } from 'next';
import { getRequestUser } from '../../features/authentication/api/get-request-user';
import { getDuplicates, getOutliers, getSchemaFailures, getSnapshotDiff, getSnapshots } from '../../features/data-quality/api/data-quality.api';
import '../../features/data-quality/components/data-quality.css';
import { DataQualityForbidden } from '../../features/data-quality/components/data-quality-forbidden';
import { DataQualityTabs } from '../../features/data-quality/components/data-quality-tabs';
import { DuplicatePairTable } from '../../features/data-quality/components/duplicate-pair-table';
import { OutlierTable } from '../../features/data-quality/components/outlier-table';
import { SchemaFailureTable } from '../../features/data-quality/components/schema-failure-table';
import { SnapshotPanel } from '../../features/data-quality/components/snapshot-panel';
import { canReviewDataQuality, canTakeSnapshot } from '../../features/data-quality/utils/can-review-data-quality';
import { describeApiFailure } from '../../features/data-quality/utils/describe-api-failure';
import { dataQualityHref, readDataQualityView } from '../../features/data-quality/utils/read-data-quality-view';
import type { ApiResult } from '../../shared/api/api-client';
import { readApiBaseUrl } from '../../shared/api/read-api-base-url';
import { Callout } from '../../shared/components/callout';
import { getRequestTranslator } from '../../shared/i18n/get-request-locale';
import { isUnauthenticated } from '../../shared/session/is-unauthenticated';
import { readSessionToken } from '../../shared/session/read-session-token';
import { redirectToSignIn } from '../../shared/session/redirect-to-sign-in';

export const dynamic = 'force-dynamic';

const FORBIDDEN = 403;
/** The chooser offers this many of the latest snapshots. */
const SNAPSHOTS_LISTED = 100;

interface DataQualityPageProps {
  readonly searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestTranslator();
  return { title: t('dataQuality.title') };
}

const isForbidden = (result: ApiResult<unknown>) => result.outcome === 'problem' && result.status === FORBIDDEN;

export default async function DataQualityPage({ searchParams }: DataQualityPageProps) {
  const view = readDataQualityView(await searchParams);
  const thisPage = dataQualityHref(view);
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) redirectToSignIn(thisPage);
  const [{ locale, t }, currentUser] = await Promise.all([getRequestTranslator(), getRequestUser()]);
  if (currentUser !== undefined && isUnauthenticated(currentUser)) redirectToSignIn(thisPage);
  const roles = currentUser?.outcome === 'ok' ? currentUser.data.roles : [];
  const header = (
    <div className="page__header">
      <h1 className="page__title">{t('dataQuality.title')}</h1>
      <p className="page__intro">{t('dataQuality.intro')}</p>
    </div>
  );
  const forbidden = (
    <div className="page">
      {header}
      <DataQualityForbidden t={t} />
    </div>
  );
  if (currentUser?.outcome === 'ok' && !canReviewDataQuality(roles)) return forbidden;

  // Every check is read, so each tab can say how much it holds; only the chosen one is drawn.
  const caller = { apiBaseUrl: readApiBaseUrl(), sessionToken };
  const [duplicates, outliers, schemaFailures, snapshots] = await Promise.all([getDuplicates(caller), getOutliers(caller), getSchemaFailures(caller, locale), getSnapshots(caller, SNAPSHOTS_LISTED)]);
  const results = [duplicates, outliers, schemaFailures, snapshots];
  if (results.some(isUnauthenticated)) redirectToSignIn(thisPage);
  if (results.some(isForbidden)) return forbidden;

  const latest = snapshots.outcome === 'ok' ? snapshots.data.items : [];
  const from = view.from ?? latest[1]?.id;
  const to = view.to ?? latest[0]?.id;
  const comparison = view.tab === 'snapshots' && from && to ? { from, to, diff: await getSnapshotDiff(caller, from, to) } : undefined;

  const shown = { duplicates, outliers, schema: schemaFailures, snapshots }[view.tab];
  return (
    <div className="page" data-testid="data-quality" data-tab={view.tab}>
      {header}
      <DataQualityTabs
        current={view.tab}
        t={t}
        counts={{
          ...(duplicates.outcome === 'ok' ? { duplicates: duplicates.data.pairs.length } : {}),
          ...(outliers.outcome === 'ok' ? { outliers: outliers.data.outliers.length } : {}),
          ...(schemaFailures.outcome === 'ok' ? { schema: schemaFailures.data.failures.length } : {}),
          ...(snapshots.outcome === 'ok' ? { snapshots: snapshots.data.total } : {}),
        }}
      />
      {shown.outcome !== 'ok' ? (
        <Callout tone="critical" title={t('dataQuality.unavailable')} testId="data-quality-unavailable">
          <p className="callout__lead">{describeApiFailure(shown, t)}</p>
        </Callout>
      ) : view.tab === 'duplicates' && duplicates.outcome === 'ok' ? (
        <DuplicatePairTable report={duplicates.data} locale={locale} t={t} />
      ) : view.tab === 'outliers' && outliers.outcome === 'ok' ? (
        <OutlierTable report={outliers.data} locale={locale} t={t} />
      ) : view.tab === 'schema' && schemaFailures.outcome === 'ok' ? (
        <SchemaFailureTable report={schemaFailures.data} locale={locale} t={t} />
      ) : snapshots.outcome === 'ok' ? (
        <SnapshotPanel snapshots={snapshots.data} {...(comparison ? { comparison } : {})} mayTake={canTakeSnapshot(roles)} locale={locale} t={t} />
      ) : null}
    </div>
  );
}
