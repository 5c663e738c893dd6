import type { Metadata } from 'next';
import Link from 'next/link';
import { getRecallDrill } from '../../../features/traceability/api/get-recall-drill';
import { getTypeDefinition } from '../../../features/traceability/api/trace.api';
import { RecallDrillTables } from '../../../features/traceability/components/recall-drill-tables';
import '../../../features/traceability/components/traceability.css';
import { describeApiFailure } from '../../../features/traceability/utils/describe-api-failure';
import { isTraceCode, isTraceType, recallHref, traceHref } from '../../../features/traceability/utils/trace-node-types';
import { Callout } from '../../../shared/components/callout';
import { readApiBaseUrl } from '../../../shared/api/read-api-base-url';
import { isMessageKey } from '../../../shared/i18n/create-translator';
import { getRequestTranslator } from '../../../shared/i18n/get-request-locale';
import { isUnauthenticated } from '../../../shared/session/is-unauthenticated';
import { readSessionToken } from '../../../shared/session/read-session-token';
import { redirectToSignIn } from '../../../shared/session/redirect-to-sign-in';

export const dynamic = 'force-dynamic';

interface RecallPageProps {
  readonly searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? '';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestTranslator();
  return { title: t('trace.recall.title') };
}

export default async function RecallPage({ searchParams }: RecallPageProps) {
  const params = await searchParams;
  const type = first(params.type);
  const code = first(params.code);
  const thisPage = recallHref(type, code);
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) redirectToSignIn(thisPage);
  const { locale, t } = await getRequestTranslator();
  const typeKey = `trace.type.${type}`;
  const typeLabel = isMessageKey(typeKey) ? t(typeKey) : type;
  const header = (
    <div className="page__header">
      <p className="trace-back">
        <Link href={isTraceType(type) && isTraceCode(code) ? traceHref(type, code) : '/trace'}>← {t('trace.recall.back')}</Link>
      </p>
      <h1 className="page__title">{t('trace.recall.title')}</h1>
      <p className="page__intro">{t('trace.recall.intro')}</p>
    </div>
  );
  if (!isTraceType(type) || !isTraceCode(code)) {
    return (
      <div className="page">
        {header}
        <Callout tone="neutral" title={t('trace.recall.missingStart')} />
      </div>
    );
  }
  const caller = { apiBaseUrl: readApiBaseUrl(), sessionToken };
  const [drill, lotType] = await Promise.all([getRecallDrill(caller, type, code), getTypeDefinition(caller, 'lot')]);
  const statusField = lotType?.fields.find((field) => field.name === lotType.statusField);
  const statusLabels = Object.fromEntries(statusField?.kind === 'enum' ? statusField.values.map((option) => [option.value, option.label[locale]]) : []);
  if (isUnauthenticated(drill)) redirectToSignIn(thisPage);
  if (drill.outcome !== 'ok') {
    return (
      <div className="page">
        {header}
        <Callout tone="critical" title={t('trace.notFound.title', { type: typeLabel, code })} testId="trace-not-found">
          <p className="callout__lead">{describeApiFailure(drill, t)}</p>
        </Callout>
      </div>
    );
  }
  const start = new URLSearchParams({ type, code }).toString();
  return (
    <div className="page trace-recall" data-testid="trace-recall-drill" data-start={`${type}:${code}`}>
      {header}
      <div className="trace-summary">
        <p className="trace-summary__text" data-testid="recall-summary">
          {t('trace.recall.summary', {
            type: typeLabel,
            code,
            received: drill.data.receivedLots.length,
            workOrders: drill.data.workOrders.length,
            lots: drill.data.affectedLots.length,
            shipments: new Set(drill.data.lines.map((line) => line.shipment)).size,
            consignees: drill.data.consignees.length,
          })}
        </p>
        <div className="trace-summary__actions">
          <a className="button button--primary" href={`/trace/recall/export?${start}`} download data-testid="trace-recall-download">
            {t('trace.recall.download')}
          </a>
          <a className="button button--secondary" href={`/trace/recall/pdf?${start}`} download data-testid="trace-recall-download-pdf">
            {t('trace.recall.downloadPdf')}
          </a>
        </div>
      </div>
      <RecallDrillTables drill={drill.data} statusLabels={statusLabels} />
    </div>
  );
}
