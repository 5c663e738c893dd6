import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getRequestUser } from '../../../features/authentication/api/get-request-user';
import { getDictionaryTypes } from '../../../features/rule-tables/api/get-dictionary-types';
import { getRuleTableVersion } from '../../../features/rule-tables/api/get-rule-table-version';
import { getRuleTableVersions } from '../../../features/rule-tables/api/get-rule-table-versions';
import { RuleTableEditor } from '../../../features/rule-tables/components/rule-table-editor';
import { canEditRuleTables } from '../../../features/rule-tables/utils/can-edit-rule-tables';
import { createBlankRuleTable } from '../../../features/rule-tables/utils/create-blank-rule-table';
import { describeApiFailure } from '../../../features/rule-tables/utils/describe-api-failure';
import { isRuleTableKey } from '../../../features/rule-tables/utils/is-rule-table-key';
import { readApiBaseUrl } from '../../../shared/api/read-api-base-url';
import { Callout } from '../../../shared/components/callout';
import { createTranslator } from '../../../shared/i18n/create-translator';
import { getRequestTranslator } from '../../../shared/i18n/get-request-locale';
import { isUnauthenticated } from '../../../shared/session/is-unauthenticated';
import { readSessionToken } from '../../../shared/session/read-session-token';
import { redirectToSignIn } from '../../../shared/session/redirect-to-sign-in';

export const dynamic = 'force-dynamic';

const NOT_FOUND = 404;

interface RuleTablePageProps {
  readonly params: Promise<{ key: string }>;
}

export async function generateMetadata({ params }: RuleTablePageProps): Promise<Metadata> {
  const [{ key }, { t }] = await Promise.all([params, getRequestTranslator()]);
  return { title: `${key} · ${t('ruleTables.title')}` };
}

export default async function RuleTablePage({ params }: RuleTablePageProps) {
  const { key } = await params;
  if (!isRuleTableKey(key)) {
    notFound();
  }
  const thisPage = `/rule-tables/${key}`;
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) {
    redirectToSignIn(thisPage);
  }
  const caller = { apiBaseUrl: readApiBaseUrl(), sessionToken };
  const [{ t, locale }, currentUser, draft, latest, versions, dictionaryTypes] = await Promise.all([
    getRequestTranslator(),
    getRequestUser(),
    getRuleTableVersion(caller, key, 'draft'),
    getRuleTableVersion(caller, key, 'latest'),
    getRuleTableVersions(caller, key),
    getDictionaryTypes(caller),
  ]);
  if ((currentUser !== undefined && isUnauthenticated(currentUser)) || isUnauthenticated(draft)) {
    redirectToSignIn(thisPage);
  }
  const canEdit = canEditRuleTables(currentUser?.outcome === 'ok' ? currentUser.data.roles : []);

  // The draft is where work continues (for those who may edit); else the version in force; else a new table.
  const failure = [draft, latest].find((result) => result.outcome !== 'ok' && !(result.outcome === 'problem' && result.status === NOT_FOUND));
  if (failure !== undefined && failure.outcome !== 'ok') {
    return (
      <div className="page">
        <h1 className="page__title">{key}</h1>
        <Callout tone="critical" title={t('ruleTables.error.load')} testId="rule-table-load-error">
          <p>{describeApiFailure(failure, t)}</p>
        </Callout>
      </div>
    );
  }
  if (!canEdit && latest.outcome !== 'ok' && draft.outcome !== 'ok') {
    notFound();
  }
  const initial =
    draft.outcome === 'ok' && (canEdit || latest.outcome !== 'ok')
      ? { document: draft.data.content, source: 'draft' as const, version: null }
      : latest.outcome === 'ok'
        ? { document: latest.data.content, source: 'published' as const, version: latest.data.version }
        : {
            // The table keeps its labels in both languages, whatever the page's.
            document: createBlankRuleTable(key, {
              input: { en: createTranslator('en')('ruleTables.blank.input'), 'zh-CN': createTranslator('zh-CN')('ruleTables.blank.input') },
              output: { en: createTranslator('en')('ruleTables.blank.output'), 'zh-CN': createTranslator('zh-CN')('ruleTables.blank.output') },
            }),
            source: 'new' as const,
            version: null,
          };

  return (
    <RuleTableEditor
      tableKey={key}
      locale={locale}
      canEdit={canEdit}
      initial={initial}
      initialVersions={versions.outcome === 'ok' ? versions.data : []}
      dictionaryTypes={dictionaryTypes.outcome === 'ok' ? dictionaryTypes.data : []}
    />
  );
}
