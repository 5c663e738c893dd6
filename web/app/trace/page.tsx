import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { buildTraceView } from '../../features/traceability/api/build-trace-view';
import { findTraceStart } from '../../features/traceability/api/find-trace-start';
import { createTypeLookup } from '../../features/traceability/api/get-trace-node-detail';
import { getTrace } from '../../features/traceability/api/trace.api';
import { TraceExplorer } from '../../features/traceability/components/trace-explorer';
import { TraceSearch } from '../../features/traceability/components/trace-search';
import '../../features/traceability/components/traceability.css';
import { describeApiFailure } from '../../features/traceability/utils/describe-api-failure';
import { isTraceCode, isTraceType, recallHref, traceHref } from '../../features/traceability/utils/trace-node-types';
import { Callout } from '../../shared/components/callout';
import { readApiBaseUrl } from '../../shared/api/read-api-base-url';
import { isMessageKey } from '../../shared/i18n/create-translator';
import { getRequestTranslator } from '../../shared/i18n/get-request-locale';
import { isUnauthenticated } from '../../shared/session/is-unauthenticated';
import { readSessionToken } from '../../shared/session/read-session-token';
import { redirectToSignIn } from '../../shared/session/redirect-to-sign-in';

export const dynamic = 'force-dynamic';

const TRACE_DEPTH = 5;
const NOT_FOUND = 404;

interface TracePageProps {
  readonly searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? '';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestTranslator();
  return { title: t('trace.title') };
}

export default async function TracePage({ searchParams }: TracePageProps) {
  const params = await searchParams;
  const query = first(params.q);
  const type = first(params.type);
  const code = first(params.code);
  const thisPage = query ? `/trace?${new URLSearchParams({ q: query }).toString()}` : type && code ? traceHref(type, code) : '/trace';
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) redirectToSignIn(thisPage);
  const { locale, t } = await getRequestTranslator();
  const caller = { apiBaseUrl: readApiBaseUrl(), sessionToken };

  const header = (
    <div className="page__header">
      <h1 className="page__title">{t('trace.title')}</h1>
      <p className="page__intro">{t('trace.intro')}</p>
    </div>
  );

  if (query) {
    const found = await findTraceStart(caller, query);
    if (found.outcome === 'found') redirect(traceHref(found.type, found.code));
    return (
      <div className="page trace-explorer">
        {header}
        <TraceSearch query={query} />
        <Callout tone="neutral" title={t('trace.search.notFound', { query })} testId="trace-not-found">
          {found.suggestions.length > 0 ? (
            <>
              <p className="callout__lead">{t('trace.search.suggestions')}</p>
              <ul className="trace-suggestions">
                {found.suggestions.map((suggestion) => (
                  <li key={`${suggestion.type}:${suggestion.code}`}>
                    <Link className="data-table__link" href={traceHref(suggestion.type, suggestion.code)} data-testid="trace-suggestion">
                      {suggestion.code}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="callout__lead">{t('trace.search.hint')}</p>
          )}
        </Callout>
      </div>
    );
  }

  if (!isTraceType(type) || !isTraceCode(code)) {
    return (
      <div className="page trace-explorer">
        {header}
        <TraceSearch query="" />
      </div>
    );
  }

  const trace = await getTrace(caller, type, code, 'both', TRACE_DEPTH);
  if (isUnauthenticated(trace)) redirectToSignIn(thisPage);
  const typeKey = `trace.type.${type}`;
  const typeLabel = isMessageKey(typeKey) ? t(typeKey) : type;
  if (trace.outcome !== 'ok') {
    return (
      <div className="page trace-explorer">
        {header}
        <TraceSearch query={code} />
        <Callout tone={trace.outcome === 'problem' && trace.status === NOT_FOUND ? 'neutral' : 'critical'} title={t('trace.notFound.title', { type: typeLabel, code })} testId="trace-not-found">
          <p className="callout__lead">{trace.outcome === 'problem' && trace.status === NOT_FOUND ? t('trace.search.hint') : describeApiFailure(trace, t)}</p>
        </Callout>
      </div>
    );
  }
  const view = await buildTraceView(trace.data, createTypeLookup(caller), locale, t);
  return (
    <div className="page trace-explorer" data-testid="trace-explorer" data-start={trace.data.start}>
      {header}
      <TraceSearch query={code} />
      <div className="trace-summary">
        <p className="trace-summary__text" data-testid="trace-summary">
          {t('trace.summary', { type: typeLabel, code, supplierLots: view.supplierLots, customers: view.customers, depth: TRACE_DEPTH })}
        </p>
        <Link className="button button--primary" href={recallHref(type, code)} data-testid="trace-recall">
          {t('trace.recall.run')}
        </Link>
      </div>
      <TraceExplorer key={trace.data.start} view={view} locale={locale} />
    </div>
  );
}
