import type { Metadata } from 'next';
import { getRequestUser } from '../../features/authentication/api/get-request-user';
import { getProcessModels } from '../../features/designer/api/get-process-models';
import { ProcessModelList } from '../../features/designer/components/process-model-list';
import { canEditProcessModels } from '../../features/designer/utils/can-edit-process-models';
import { getProcesses } from '../../features/processes/api/get-processes';
import { readApiBaseUrl } from '../../shared/api/read-api-base-url';
import { getRequestTranslator } from '../../shared/i18n/get-request-locale';
import { isUnauthenticated } from '../../shared/session/is-unauthenticated';
import { readSessionToken } from '../../shared/session/read-session-token';
import { redirectToSignIn } from '../../shared/session/redirect-to-sign-in';

export const dynamic = 'force-dynamic';

const THIS_PAGE = '/designer';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestTranslator();
  return { title: t('designer.title') };
}

export default async function DesignerPage() {
  const apiBaseUrl = readApiBaseUrl();
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) {
    redirectToSignIn(THIS_PAGE);
  }
  const [{ t }, currentUser, models, deployed] = await Promise.all([
    getRequestTranslator(),
    getRequestUser(),
    getProcessModels(apiBaseUrl, sessionToken),
    getProcesses(apiBaseUrl, sessionToken),
  ]);
  if ((currentUser !== undefined && isUnauthenticated(currentUser)) || isUnauthenticated(models)) {
    redirectToSignIn(THIS_PAGE);
  }
  const roles = currentUser?.outcome === 'ok' ? currentUser.data.roles : [];
  return (
    <div className="page">
      <div className="page__header">
        <h1 className="page__title">{t('designer.title')}</h1>
        <p className="page__intro">{t('designer.intro')}</p>
      </div>
      <ProcessModelList models={models} deployed={deployed} canEdit={canEditProcessModels(roles)} />
    </div>
  );
}
