import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getRequestUser } from '../../../../../features/authentication/api/get-request-user';
import { getPublishedType } from '../../../../../features/dictionary/api/get-published-type';
import { loadDictionaryPage } from '../../../../../features/dictionary/api/load-dictionary-page';
import { loadReferenceChoices } from '../../../../../features/dictionary/api/load-reference-choices';
import { getRecord } from '../../../../../features/dictionary/api/records.api';
import { RecordEditor } from '../../../../../features/dictionary/components/record-editor';
import { TypeHeader } from '../../../../../features/dictionary/components/type-header';
import { canWriteRecords } from '../../../../../features/dictionary/utils/dictionary-roles';
import { describeApiFailure } from '../../../../../features/dictionary/utils/describe-api-failure';
import { isTypeKey } from '../../../../../features/dictionary/utils/is-type-key';
import { Callout } from '../../../../../shared/components/callout';
import { formatDateTime } from '../../../../../shared/format/format-date-time';
import { isUnauthenticated } from '../../../../../shared/session/is-unauthenticated';
import { redirectToSignIn } from '../../../../../shared/session/redirect-to-sign-in';

export const dynamic = 'force-dynamic';

interface RecordPageProps {
  readonly params: Promise<{ type: string; code: string }>;
  readonly searchParams: Promise<{ created?: string }>;
}

export async function generateMetadata({ params }: RecordPageProps): Promise<Metadata> {
  return { title: decodeURIComponent((await params).code) };
}

export default async function RecordPage({ params, searchParams }: RecordPageProps) {
  const [{ type: key, code: encodedCode }, { created }] = await Promise.all([params, searchParams]);
  if (!isTypeKey(key)) notFound();
  const code = decodeURIComponent(encodedCode);
  const thisPage = `/dictionary/${key}/records/${encodeURIComponent(code)}`;
  const { caller, locale, t } = await loadDictionaryPage(thisPage);
  const [currentUser, published, record] = await Promise.all([getRequestUser(), getPublishedType(caller, key), getRecord(caller, key, code, locale)]);
  if ((currentUser !== undefined && isUnauthenticated(currentUser)) || isUnauthenticated(record)) redirectToSignIn(thisPage);
  if (published.outcome !== 'ok' || record.outcome !== 'ok') {
    const failure = published.outcome !== 'ok' ? published : record;
    return (
      <div className="page">
        <h1 className="page__title">{code}</h1>
        <Callout tone="critical" title={t('dictionary.record.error')} testId="dictionary-record-error">
          <p>{failure.outcome === 'ok' ? '' : describeApiFailure(failure, t)}</p>
        </Callout>
      </div>
    );
  }
  const canWrite = canWriteRecords(currentUser?.outcome === 'ok' ? currentUser.data.roles : []);
  const referenceChoices = await loadReferenceChoices(caller, published.data.type, locale);
  const stored = record.data;
  return (
    <div className="page">
      <TypeHeader type={published.data.type} version={published.data.version} title={stored.code} t={t} locale={locale} />
      {created === '1' && <Callout tone="neutral" title={t('dictionary.record.created', { code: stored.code })} testId="dictionary-record-created" />}
      <section className="panel">
        <p className="panel__meta dictionary-record-meta" data-testid="dictionary-record-meta">
          {t('dictionary.record.meta', {
            revision: stored.revision,
            who: stored.updatedBy,
            when: formatDateTime(stored.updatedAt, locale),
            version: stored.typeVersion,
          })}
        </p>
        {stored.issues.length > 0 && (
          <Callout tone="critical" title={t('dictionary.record.storedIssues', { version: stored.typeVersion })} testId="dictionary-record-stored-issues">
            <ul>
              {stored.issues.map((issue, index) => (
                <li key={index}>{issue.message}</li>
              ))}
            </ul>
          </Callout>
        )}
        {!canWrite && <Callout tone="neutral" title={t('dictionary.record.readOnly')} testId="dictionary-record-read-only" />}
        <RecordEditor
          typeKey={key}
          type={published.data.type}
          locale={locale}
          canWrite={canWrite}
          referenceChoices={referenceChoices}
          record={{ code: stored.code, revision: stored.revision, values: stored.values }}
        />
      </section>
    </div>
  );
}
