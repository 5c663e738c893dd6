import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getRequestUser } from '../../../../features/authentication/api/get-request-user';
import { getPublishedType } from '../../../../features/dictionary/api/get-published-type';
import { loadDictionaryPage } from '../../../../features/dictionary/api/load-dictionary-page';
import { loadReferenceChoices } from '../../../../features/dictionary/api/load-reference-choices';
import { RecordEditor } from '../../../../features/dictionary/components/record-editor';
import { TypeHeader } from '../../../../features/dictionary/components/type-header';
import { canWriteRecords } from '../../../../features/dictionary/utils/dictionary-roles';
import { describeApiFailure } from '../../../../features/dictionary/utils/describe-api-failure';
import { isTypeKey } from '../../../../features/dictionary/utils/is-type-key';
import { Callout } from '../../../../shared/components/callout';
import { isUnauthenticated } from '../../../../shared/session/is-unauthenticated';
import { redirectToSignIn } from '../../../../shared/session/redirect-to-sign-in';

export const dynamic = 'force-dynamic';

interface NewRecordPageProps {
  readonly params: Promise<{ type: string }>;
}

export async function generateMetadata({ params }: NewRecordPageProps): Promise<Metadata> {
  return { title: (await params).type };
}

export default async function NewRecordPage({ params }: NewRecordPageProps) {
  const { type: key } = await params;
  if (!isTypeKey(key)) notFound();
  const thisPage = `/dictionary/${key}/new`;
  const { caller, locale, t } = await loadDictionaryPage(thisPage);
  const [currentUser, published] = await Promise.all([getRequestUser(), getPublishedType(caller, key)]);
  if ((currentUser !== undefined && isUnauthenticated(currentUser)) || isUnauthenticated(published)) redirectToSignIn(thisPage);
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
  const canWrite = canWriteRecords(currentUser?.outcome === 'ok' ? currentUser.data.roles : []);
  const referenceChoices = await loadReferenceChoices(caller, published.data.type, locale);
  return (
    <div className="page">
      <TypeHeader type={published.data.type} version={published.data.version} title={t('dictionary.record.newTitle', { type: published.data.type.label[locale] })} t={t} locale={locale} />
      <section className="panel">
        {!canWrite && <Callout tone="neutral" title={t('dictionary.record.readOnly')} testId="dictionary-record-read-only" />}
        <RecordEditor typeKey={key} type={published.data.type} locale={locale} canWrite={canWrite} referenceChoices={referenceChoices} />
      </section>
    </div>
  );
}
