import type { Metadata } from 'next';
import { getRequestUser } from '../../features/authentication/api/get-request-user';
import { getDictionaryTypes, getDictionaryTypeVersion } from '../../features/dictionary/api/dictionary-types.api';
import { loadDictionaryPage } from '../../features/dictionary/api/load-dictionary-page';
import { TypeList, type TypeListEntry } from '../../features/dictionary/components/type-list';
import { canEditTypes } from '../../features/dictionary/utils/dictionary-roles';
import { readTypeDefinition } from '../../features/dictionary/utils/read-type-definition';
import type { ApiResult } from '../../shared/api/api-client';
import { getRequestTranslator } from '../../shared/i18n/get-request-locale';
import { isUnauthenticated } from '../../shared/session/is-unauthenticated';
import { redirectToSignIn } from '../../shared/session/redirect-to-sign-in';

export const dynamic = 'force-dynamic';

const THIS_PAGE = '/dictionary';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestTranslator();
  return { title: t('dictionary.title') };
}

export default async function DictionaryPage() {
  const { caller, locale, t } = await loadDictionaryPage(THIS_PAGE);
  const [currentUser, summaries] = await Promise.all([getRequestUser(), getDictionaryTypes(caller)]);
  if ((currentUser !== undefined && isUnauthenticated(currentUser)) || isUnauthenticated(summaries)) {
    redirectToSignIn(THIS_PAGE);
  }
  let types: ApiResult<readonly TypeListEntry[]>;
  if (summaries.outcome !== 'ok') {
    types = summaries;
  } else {
    const latest = await Promise.all(
      summaries.data.map((summary) => (summary.latestVersion === null ? undefined : getDictionaryTypeVersion(caller, summary.key, 'latest'))),
    );
    const entries = summaries.data.map((summary, index): TypeListEntry => {
      const version = latest[index];
      const type = version?.outcome === 'ok' ? readTypeDefinition(version.data.content) : undefined;
      return type === undefined ? { summary } : { summary, label: type.label[locale], fieldCount: type.fields.length };
    });
    types = { ...summaries, data: entries };
  }
  return (
    <div className="page">
      <div className="page__header">
        <h1 className="page__title">{t('dictionary.title')}</h1>
        <p className="page__intro">{t('dictionary.intro')}</p>
      </div>
      <TypeList types={types} canEdit={canEditTypes(currentUser?.outcome === 'ok' ? currentUser.data.roles : [])} t={t} locale={locale} />
    </div>
  );
}
