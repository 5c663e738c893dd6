import type { Metadata } from 'next';
import Link from 'next/link';
import { getRequestUser } from '../../../features/authentication/api/get-request-user';
import { getTask, getTaskCandidates } from '../../../features/inbox/api/task-requests';
import { TaskDetailView } from '../../../features/inbox/components/task-detail';
import { describeTaskFailure } from '../../../features/inbox/utils/describe-task-failure';
import { readApiBaseUrl } from '../../../shared/api/read-api-base-url';
import { Callout } from '../../../shared/components/callout';
import { formatDateTime } from '../../../shared/format/format-date-time';
import { getRequestTranslator } from '../../../shared/i18n/get-request-locale';
import { getProcessContext } from '../../../shared/process-diagram/get-process-context';
import { ProcessDiagramLoader } from '../../../shared/process-diagram/process-diagram-loader';
import { isUnauthenticated } from '../../../shared/session/is-unauthenticated';
import { readSessionToken } from '../../../shared/session/read-session-token';
import { redirectToSignIn } from '../../../shared/session/redirect-to-sign-in';

export const dynamic = 'force-dynamic';

const NOT_FOUND = 404;

interface TaskPageProps {
  readonly params: Promise<{ id: string }>;
}

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestTranslator();
  return { title: t('inbox.detail.title') };
}

export default async function TaskPage({ params }: TaskPageProps) {
  const { id } = await params;
  const thisPage = `/inbox/${encodeURIComponent(id)}`;
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) {
    redirectToSignIn(thisPage);
  }
  const caller = { apiBaseUrl: readApiBaseUrl(), sessionToken };
  const [{ t, locale }, task, candidates, user] = await Promise.all([getRequestTranslator(), getTask(caller, id), getTaskCandidates(caller, id), getRequestUser()]);
  if (isUnauthenticated(task)) {
    redirectToSignIn(thisPage);
  }
  if (task.outcome !== 'ok') {
    return (
      <div className="page">
        <Callout tone={task.outcome === 'problem' && task.status === NOT_FOUND ? 'neutral' : 'critical'} title={task.outcome === 'problem' && task.status === NOT_FOUND ? t('inbox.detail.gone') : t('inbox.error.title')} testId="task-error">
          <p>{task.outcome === 'problem' && task.status === NOT_FOUND ? t('inbox.detail.goneHint') : describeTaskFailure(task, t)}</p>
          <p>
            <Link href="/inbox">{t('inbox.completed.back')}</Link>
          </p>
        </Callout>
      </div>
    );
  }
  const context = task.data.processInstanceId ? await getProcessContext(caller.apiBaseUrl, sessionToken, task.data.processInstanceId) : null;
  const detail = task.data;
  return (
    <div className="page">
      <div className="page__header">
        <p className="page__intro">
          <Link href="/inbox">← {t('inbox.title')}</Link>
        </p>
        <h1 className="page__title" data-testid="task-title">
          {detail.name ?? detail.taskDefinitionKey ?? detail.id}
        </h1>
        <p className="page__intro" data-testid="task-facts">
          {t('inbox.detail.facts', {
            process: detail.processName ?? detail.processKey ?? '—',
            businessKey: detail.businessKey ?? '—',
            created: formatDateTime(detail.created, locale),
            groups: detail.candidateGroups.join(', ') || '—',
          })}
        </p>
      </div>
      <TaskDetailView
        locale={locale}
        initialTask={detail}
        candidates={candidates.outcome === 'ok' ? candidates.data : []}
        signerName={user?.outcome === 'ok' ? user.data.displayName : ''}
      >
        <section className="panel" aria-labelledby="task-context-heading" data-testid="task-context">
          <h2 id="task-context-heading" className="panel__title">
            {t('inbox.detail.context')}
          </h2>
          {context === null ? (
            <p className="panel__hint">{t('inbox.detail.noContext')}</p>
          ) : context.outcome !== 'ok' ? (
            <Callout tone="critical" title={t('inbox.detail.contextFailed')}>
              <p>{describeTaskFailure(context, t)}</p>
            </Callout>
          ) : (
            <ProcessDiagramLoader
              locale={locale}
              bpmnXml={context.data.bpmnXml}
              activeActivityIds={context.data.activeActivityIds}
              incidentActivityIds={context.data.incidentActivityIds}
              incidents={context.data.incidents}
              history={context.data.history}
            />
          )}
        </section>
      </TaskDetailView>
    </div>
  );
}
