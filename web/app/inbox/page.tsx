import type { Metadata } from 'next';
import { getTaskCounts, getTaskPage } from '../../features/inbox/api/task-requests';
import { TaskList } from '../../features/inbox/components/task-list';
import { readInboxQuery } from '../../features/inbox/utils/inbox-query';
import { readApiBaseUrl } from '../../shared/api/read-api-base-url';
import { getRequestTranslator } from '../../shared/i18n/get-request-locale';
import { isUnauthenticated } from '../../shared/session/is-unauthenticated';
import { readSessionToken } from '../../shared/session/read-session-token';
import { redirectToSignIn } from '../../shared/session/redirect-to-sign-in';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestTranslator();
  return { title: t('inbox.title') };
}

export default async function InboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = readInboxQuery(await searchParams);
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) {
    redirectToSignIn('/inbox');
  }
  const caller = { apiBaseUrl: readApiBaseUrl(), sessionToken };
  const [{ t }, page, counts] = await Promise.all([getRequestTranslator(), getTaskPage(caller, query), getTaskCounts(caller)]);
  if (isUnauthenticated(page)) {
    redirectToSignIn('/inbox');
  }
  return (
    <div className="page" data-testid="inbox">
      <div className="page__header">
        <h1 className="page__title">{t('inbox.title')}</h1>
        <p className="page__intro">{t('inbox.intro')}</p>
      </div>
      <TaskList query={query} page={page} counts={counts} now={Date.now()} />
    </div>
  );
}
