import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getRequestUser } from '../../../features/authentication/api/get-request-user';
import { getProcessModelVersion } from '../../../features/designer/api/get-process-model-version';
import { getProcessModelVersions } from '../../../features/designer/api/get-process-model-versions';
import { ProcessDesignerLoader } from '../../../features/designer/components/process-designer-loader';
import { canEditProcessModels } from '../../../features/designer/utils/can-edit-process-models';
import { createBlankDiagram } from '../../../features/designer/utils/create-blank-diagram';
import { describeApiFailure } from '../../../features/designer/utils/describe-api-failure';
import { isProcessModelKey } from '../../../features/designer/utils/is-process-model-key';
import { readApiBaseUrl } from '../../../shared/api/read-api-base-url';
import { Callout } from '../../../shared/components/callout';
import { getRequestTranslator } from '../../../shared/i18n/get-request-locale';
import { isUnauthenticated } from '../../../shared/session/is-unauthenticated';
import { readSessionToken } from '../../../shared/session/read-session-token';
import { redirectToSignIn } from '../../../shared/session/redirect-to-sign-in';

export const dynamic = 'force-dynamic';

const NOT_FOUND = 404;

interface DesignerModelPageProps {
  readonly params: Promise<{ key: string }>;
}

export async function generateMetadata({ params }: DesignerModelPageProps): Promise<Metadata> {
  const [{ key }, { t }] = await Promise.all([params, getRequestTranslator()]);
  return { title: `${key} · ${t('designer.title')}` };
}

export default async function DesignerModelPage({ params }: DesignerModelPageProps) {
  const { key } = await params;
  if (!isProcessModelKey(key)) {
    notFound();
  }
  const thisPage = `/designer/${key}`;
  const apiBaseUrl = readApiBaseUrl();
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) {
    redirectToSignIn(thisPage);
  }
  const [{ t, locale }, currentUser, draft, latest, versions] = await Promise.all([
    getRequestTranslator(),
    getRequestUser(),
    getProcessModelVersion(apiBaseUrl, sessionToken, key, 'draft'),
    getProcessModelVersion(apiBaseUrl, sessionToken, key, 'latest'),
    getProcessModelVersions(apiBaseUrl, sessionToken, key),
  ]);
  if ((currentUser !== undefined && isUnauthenticated(currentUser)) || isUnauthenticated(draft)) {
    redirectToSignIn(thisPage);
  }

  // The draft is where work continues; without one, the version in force; without either, a new model.
  const failure = [draft, latest].find((result) => result.outcome !== 'ok' && !(result.outcome === 'problem' && result.status === NOT_FOUND));
  if (failure !== undefined && failure.outcome !== 'ok') {
    return (
      <div className="page">
        <h1 className="page__title">{key}</h1>
        <Callout tone="critical" title={t('designer.error.title')} testId="designer-load-error">
          <p>{describeApiFailure(failure, t)}</p>
        </Callout>
      </div>
    );
  }
  const initial =
    draft.outcome === 'ok'
      ? { bpmnXml: draft.data.content.bpmnXml, source: 'draft' as const, version: null }
      : latest.outcome === 'ok'
        ? { bpmnXml: latest.data.content.bpmnXml, source: 'published' as const, version: latest.data.version }
        : {
            bpmnXml: createBlankDiagram(key, {
              processName: t('designer.diagram.processName'),
              startEventName: t('designer.diagram.start'),
              endEventName: t('designer.diagram.end'),
            }),
            source: 'new' as const,
            version: null,
          };

  return (
    <ProcessDesignerLoader
      processKey={key}
      locale={locale}
      canEdit={canEditProcessModels(currentUser?.outcome === 'ok' ? currentUser.data.roles : [])}
      initial={initial}
      initialVersions={versions.outcome === 'ok' ? versions.data : []}
      loadingLabel={t('designer.loading')}
    />
  );
}
