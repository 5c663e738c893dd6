import type { Metadata } from 'next';
import Link from 'next/link';
import { getRequestUser } from '../../../features/authentication/api/get-request-user';
import { canOperate } from '../../../features/operations/utils/can-operate';
import { getStartForm } from '../../../features/start/api/process-start-requests';
import { StartFormView } from '../../../features/start/components/start-form';
import { describeStartFailure } from '../../../features/start/utils/describe-start-failure';
import { readApiBaseUrl } from '../../../shared/api/read-api-base-url';
import { Callout } from '../../../shared/components/callout';
import { getRequestTranslator } from '../../../shared/i18n/get-request-locale';
import { isUnauthenticated } from '../../../shared/session/is-unauthenticated';
import { readSessionToken } from '../../../shared/session/read-session-token';
import { redirectToSignIn } from '../../../shared/session/redirect-to-sign-in';

export const dynamic = 'force-dynamic';

const NOT_FOUND = 404;
const FORBIDDEN = 403;

interface StartFormPageProps {
  readonly params: Promise<{ key: string }>;
}

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestTranslator();
  return { title: t('start.title') };
}

export default async function StartFormPage({ params }: StartFormPageProps) {
  const { key } = await params;
  const thisPage = `/start/${encodeURIComponent(key)}`;
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) {
    redirectToSignIn(thisPage);
  }
  const { t, locale } = await getRequestTranslator();
  const [start, user] = await Promise.all([getStartForm({ apiBaseUrl: readApiBaseUrl(), sessionToken }, key, locale), getRequestUser()]);
  if (isUnauthenticated(start)) {
    redirectToSignIn(thisPage);
  }
  if (start.outcome !== 'ok') {
    const refused = start.outcome === 'problem' && (start.status === NOT_FOUND || start.status === FORBIDDEN);
    return (
      <div className="page">
        <Callout tone={refused ? 'neutral' : 'critical'} title={refused ? t('start.form.unavailable') : t('start.error.title')} testId="start-error">
          <p>{describeStartFailure(start, t)}</p>
          <p>
            <Link href="/start">{t('start.done.back')}</Link>
          </p>
        </Callout>
      </div>
    );
  }
  const roles = user?.outcome === 'ok' ? user.data.roles : [];
  return (
    <div className="page">
      <div className="page__header">
        <p className="page__intro">
          <Link href="/start">← {t('start.title')}</Link>
        </p>
        <h1 className="page__title" data-testid="start-title">
          {start.data.name ?? start.data.key}
        </h1>
        {start.data.documentation && <p className="page__intro">{start.data.documentation}</p>}
      </div>
      <StartFormView locale={locale} start={start.data} canOpenInstance={canOperate(roles)} />
    </div>
  );
}
