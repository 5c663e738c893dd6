import type { Metadata } from 'next';
import { getStartableProcesses } from '../../features/start/api/process-start-requests';
import { StartList } from '../../features/start/components/start-list';
import { describeStartFailure } from '../../features/start/utils/describe-start-failure';
import { readApiBaseUrl } from '../../shared/api/read-api-base-url';
import { Callout } from '../../shared/components/callout';
import { getRequestTranslator } from '../../shared/i18n/get-request-locale';
import { isUnauthenticated } from '../../shared/session/is-unauthenticated';
import { readSessionToken } from '../../shared/session/read-session-token';
import { redirectToSignIn } from '../../shared/session/redirect-to-sign-in';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestTranslator();
  return { title: t('start.title') };
}

export default async function StartPage() {
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) {
    redirectToSignIn('/start');
  }
  const { t, locale } = await getRequestTranslator();
  const processes = await getStartableProcesses({ apiBaseUrl: readApiBaseUrl(), sessionToken }, locale);
  if (isUnauthenticated(processes)) {
    redirectToSignIn('/start');
  }
  return (
    <div className="page" data-testid="start">
      <div className="page__header">
        <h1 className="page__title">{t('start.title')}</h1>
        <p className="page__intro">{t('start.intro')}</p>
      </div>
      {processes.outcome === 'ok' ? (
        <StartList processes={processes.data} t={t} />
      ) : (
        <Callout tone="critical" title={t('start.error.title')} testId="start-error">
          <p>{describeStartFailure(processes, t)}</p>
        </Callout>
      )}
    </div>
  );
}
