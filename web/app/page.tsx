import type { Metadata } from 'next';
import { getProcesses } from '../features/processes/api/get-processes';
import { ProcessOverview } from '../features/processes/components/process-overview';
import { getHealth } from '../features/stack-status/api/get-health';
import { StackHealthPanel } from '../features/stack-status/components/stack-health-panel';
import { readApiBaseUrl } from '../shared/api/read-api-base-url';
import { getRequestTranslator } from '../shared/i18n/get-request-locale';

// The page is a live view of the stack: never prerender it, render it for every request.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestTranslator();
  // The layout's title template only reaches child segments, and this page shares the root segment.
  return { title: { absolute: `${t('stackStatus.title')} · Lotflow` } };
}

export default async function StackStatusPage() {
  const apiBaseUrl = readApiBaseUrl();
  const [{ t }, health, processes] = await Promise.all([
    getRequestTranslator(),
    getHealth(apiBaseUrl),
    getProcesses(apiBaseUrl),
  ]);
  return (
    <div className="page">
      <div className="page__header">
        <h1 className="page__title">{t('stackStatus.title')}</h1>
        <p className="page__intro">{t('stackStatus.intro')}</p>
      </div>
      <StackHealthPanel result={health} apiBaseUrl={apiBaseUrl} />
      <ProcessOverview result={processes} apiBaseUrl={apiBaseUrl} />
    </div>
  );
}
