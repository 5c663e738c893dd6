import type { Metadata } from 'next';
import { getRequestUser } from '../../features/authentication/api/get-request-user';
import { getRuleTableNames } from '../../features/rule-tables/api/get-rule-table-names';
import { getRuleTables } from '../../features/rule-tables/api/get-rule-tables';
import { RuleTableList } from '../../features/rule-tables/components/rule-table-list';
import { canEditRuleTables } from '../../features/rule-tables/utils/can-edit-rule-tables';
import { readApiBaseUrl } from '../../shared/api/read-api-base-url';
import { getRequestTranslator } from '../../shared/i18n/get-request-locale';
import { isUnauthenticated } from '../../shared/session/is-unauthenticated';
import { readSessionToken } from '../../shared/session/read-session-token';
import { redirectToSignIn } from '../../shared/session/redirect-to-sign-in';

export const dynamic = 'force-dynamic';

const THIS_PAGE = '/rule-tables';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestTranslator();
  return { title: t('ruleTables.title') };
}

export default async function RuleTablesPage() {
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) {
    redirectToSignIn(THIS_PAGE);
  }
  const caller = { apiBaseUrl: readApiBaseUrl(), sessionToken };
  const [{ t }, currentUser, tables] = await Promise.all([getRequestTranslator(), getRequestUser(), getRuleTables(caller)]);
  if ((currentUser !== undefined && isUnauthenticated(currentUser)) || isUnauthenticated(tables)) {
    redirectToSignIn(THIS_PAGE);
  }
  const names = tables.outcome === 'ok' ? await getRuleTableNames(caller, tables.data) : new Map();
  return (
    <div className="page">
      <div className="page__header">
        <h1 className="page__title">{t('ruleTables.title')}</h1>
        <p className="page__intro">{t('ruleTables.intro')}</p>
      </div>
      <RuleTableList tables={tables} names={names} canEdit={canEditRuleTables(currentUser?.outcome === 'ok' ? currentUser.data.roles : [])} />
    </div>
  );
}
