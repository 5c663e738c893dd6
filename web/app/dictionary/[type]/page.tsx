import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getRequestUser } from '../../../features/authentication/api/get-request-user';
import { getPublishedType } from '../../../features/dictionary/api/get-published-type';
import { loadDictionaryPage } from '../../../features/dictionary/api/load-dictionary-page';
import { getRecords } from '../../../features/dictionary/api/records.api';
import { RecordList } from '../../../features/dictionary/components/record-list';
import { TypeHeader } from '../../../features/dictionary/components/type-header';
import { canEditTypes, canWriteRecords } from '../../../features/dictionary/utils/dictionary-roles';
import { describeApiFailure } from '../../../features/dictionary/utils/describe-api-failure';
import { isTypeKey } from '../../../features/dictionary/utils/is-type-key';
import { Callout } from '../../../shared/components/callout';
import { isUnauthenticated } from '../../../shared/session/is-unauthenticated';
import { redirectToSignIn } from '../../../shared/session/redirect-to-sign-in';

export const dynamic = 'force-dynamic';

const PAGE_SIZE = 25;
const NOT_FOUND = 404;

interface TypeRecordsPageProps {
  readonly params: Promise<{ type: string }>;
  readonly searchParams: Promise<{ q?: string | string[]; offset?: string | string[] }>;
}

export async function generateMetadata({ params }: TypeRecordsPageProps): Promise<Metadata> {
  return { title: (await params).type };
}

export default async function TypeRecordsPage({ params, searchParams }: TypeRecordsPageProps) {
  const [{ type: key }, query] = await Promise.all([params, searchParams]);
  if (!isTypeKey(key)) notFound();
  const search = typeof query.q === 'string' ? query.q.trim() : '';
  const offset = typeof query.offset === 'string' && /^\d+$/.test(query.offset) ? Number(query.offset) : 0;
  const thisPage = `/dictionary/${key}`;
  const { caller, locale, t } = await loadDictionaryPage(thisPage);
  const [currentUser, published, records] = await Promise.all([
    getRequestUser(),
    getPublishedType(caller, key),
    getRecords(caller, key, { ...(search ? { search } : {}), limit: PAGE_SIZE, offset }),
  ]);
  if ((currentUser !== undefined && isUnauthenticated(currentUser)) || isUnauthenticated(published)) redirectToSignIn(thisPage);
  if (published.outcome === 'problem' && published.status === NOT_FOUND) {
    return (
      <div className="page">
        <h1 className="page__title">{key}</h1>
        <Callout tone="neutral" title={t('dictionary.records.notPublished')} testId="dictionary-not-published">
          <p>
            <Link href={`/dictionary/${key}/definition`}>{t('dictionary.records.openDefinition')}</Link>
          </p>
        </Callout>
      </div>
    );
  }
  if (published.outcome !== 'ok') {
    return (
      <div className="page">
        <h1 className="page__title">{key}</h1>
        <Callout tone="critical" title={t('dictionary.type.error')}>
          <p>{describeApiFailure(published, t)}</p>
        </Callout>
      </div>
    );
  }
  const roles = currentUser?.outcome === 'ok' ? currentUser.data.roles : [];
  return (
    <div className="page">
      <TypeHeader
        type={published.data.type}
        version={published.data.version}
        t={t}
        locale={locale}
        actions={
          <>
            {canWriteRecords(roles) && (
              <Link href={`/dictionary/${key}/new`} className="button button--primary" data-testid="dictionary-new-record">
                {t('dictionary.records.new')}
              </Link>
            )}
            <Link href={`/dictionary/${key}/definition`} className="button button--secondary" data-testid="dictionary-open-definition">
              {canEditTypes(roles) ? t('dictionary.types.edit') : t('dictionary.types.view')}
            </Link>
          </>
        }
      />
      <RecordList type={published.data.type} records={records} search={search} offset={offset} limit={PAGE_SIZE} t={t} locale={locale} />
    </div>
  );
}
