'use client';

import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import './process-diagram.css';

import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatDateTime } from '../format/format-date-time';
import { createTranslator, isMessageKey, type Translate } from '../i18n/create-translator';
import type { Locale } from '../i18n/locales';
import { computeDiagramMarkers } from './compute-diagram-markers';
import type { ProcessHistoryEntry } from './process-context.shape';

export interface ProcessDiagramProps {
  readonly locale: Locale;
  readonly bpmnXml: string;
  readonly activeActivityIds: readonly string[];
  readonly incidentActivityIds: readonly string[];
  /** Shown as the tooltip of a failed step's badge. */
  readonly incidents?: readonly { readonly activityId: string; readonly message: string | null }[];
  readonly history: readonly ProcessHistoryEntry[];
}

/** The viewer services the component uses; bpmn-js types them as `unknown`. */
interface ViewerServices {
  readonly canvas: { zoom(level: 'fit-viewport', center?: 'auto'): void; addMarker(element: string, marker: string): void };
  readonly elementRegistry: { get(id: string): object | undefined };
  readonly overlays: { add(element: string, overlay: { position: { top?: number; right?: number }; html: HTMLElement }): string };
}

type LoadState = { readonly kind: 'loading' } | { readonly kind: 'ready' } | { readonly kind: 'failed'; readonly reason: string };

/**
 * A read-only BPMN diagram of one process instance: the steps its tokens are in, the steps that
 * failed and those it passed through are marked, and its history is listed under it.
 */
const NO_INCIDENTS: NonNullable<ProcessDiagramProps['incidents']> = [];

export function ProcessDiagram({ locale, bpmnXml, activeActivityIds, incidentActivityIds, incidents = NO_INCIDENTS, history }: ProcessDiagramProps) {
  const t = useMemo(() => createTranslator(locale), [locale]);
  const canvasRef = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  const markers = useMemo(
    () => computeDiagramMarkers({ activeActivityIds, incidentActivityIds, history }),
    [activeActivityIds, incidentActivityIds, history],
  );

  useEffect(() => {
    const container = canvasRef.current;
    if (container === null) {
      return;
    }
    const viewer = new NavigatedViewer({ container });
    const get = <Name extends keyof ViewerServices>(name: Name) => viewer.get<ViewerServices[Name]>(name);
    let cancelled = false;
    setState({ kind: 'loading' });
    viewer
      .importXML(bpmnXml)
      .then(() => {
        if (cancelled) {
          return;
        }
        const canvas = get('canvas');
        const elementRegistry = get('elementRegistry');
        for (const [elementId, marker] of markers) {
          // History can name activities the diagram does not draw, such as a multi-instance body.
          if (elementRegistry.get(elementId) !== undefined) {
            canvas.addMarker(elementId, marker);
          }
        }
        for (const elementId of new Set(incidentActivityIds)) {
          if (elementRegistry.get(elementId) !== undefined) {
            get('overlays').add(elementId, { position: { top: -10, right: 10 }, html: incidentBadge(elementId, incidents, t) });
          }
        }
        canvas.zoom('fit-viewport', 'auto');
        setState({ kind: 'ready' });
      })
      .catch((error: unknown) => {
        if (!cancelled) {
          setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
        }
      });
    return () => {
      cancelled = true;
      viewer.destroy();
    };
  }, [bpmnXml, markers, incidentActivityIds, incidents, t]);

  return (
    <div className="process-diagram" data-testid="process-diagram" data-ready={state.kind === 'ready'}>
      <div className="process-diagram__frame">
        <div ref={canvasRef} className="process-diagram__canvas" data-testid="process-diagram-canvas" />
        <ul className="process-diagram__legend" aria-label={t('processDiagram.legend.label')}>
          <li className="process-diagram__legend-item process-diagram__legend-item--active">{t('processDiagram.legend.active')}</li>
          <li className="process-diagram__legend-item process-diagram__legend-item--incident">{t('processDiagram.legend.incident')}</li>
          <li className="process-diagram__legend-item process-diagram__legend-item--visited">{t('processDiagram.legend.visited')}</li>
        </ul>
      </div>
      {state.kind === 'failed' && (
        <p className="process-diagram__error" role="alert" data-testid="process-diagram-error">
          {t('processDiagram.loadFailed', { reason: state.reason })}
        </p>
      )}
      <HistoryList locale={locale} t={t} history={history} incidentActivityIds={incidentActivityIds} />
    </div>
  );
}

function HistoryList({
  locale,
  t,
  history,
  incidentActivityIds,
}: {
  readonly locale: Locale;
  readonly t: Translate;
  readonly history: readonly ProcessHistoryEntry[];
  readonly incidentActivityIds: readonly string[];
}) {
  return (
    <section className="process-diagram__history" aria-labelledby="process-diagram-history-title">
      <h3 id="process-diagram-history-title" className="process-diagram__history-title">
        {t('processDiagram.history.heading')}
      </h3>
      {history.length === 0 ? (
        <p className="muted">{t('processDiagram.history.empty')}</p>
      ) : (
        <div className="table-scroller">
          <table className="data-table" data-testid="process-diagram-history">
            <caption className="visually-hidden">{t('processDiagram.history.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('processDiagram.history.column.step')}</th>
                <th scope="col">{t('processDiagram.history.column.type')}</th>
                <th scope="col">{t('processDiagram.history.column.started')}</th>
                <th scope="col">{t('processDiagram.history.column.ended')}</th>
                <th scope="col">{t('processDiagram.history.column.assignee')}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((entry) => {
                const entryState = entry.endedAt === null ? (incidentActivityIds.includes(entry.activityId) ? 'failed' : 'running') : entry.canceled ? 'canceled' : 'done';
                return (
                  <tr key={entry.id} data-testid="process-diagram-history-entry" data-activity-id={entry.activityId} data-state={entryState}>
                    <th scope="row" className="data-table__name">
                      {entry.activityName ?? entry.activityId}
                      <span className="data-table__secondary">{entry.activityId}</span>
                    </th>
                    <td>{describeActivityType(entry.activityType, t)}</td>
                    <td>
                      <time dateTime={entry.startedAt}>{formatDateTime(entry.startedAt, locale)}</time>
                    </td>
                    <td>
                      {entry.endedAt === null ? (
                        <span className={`process-diagram__state process-diagram__state--${entryState}`}>{t(`processDiagram.history.state.${entryState}`)}</span>
                      ) : (
                        <>
                          <time dateTime={entry.endedAt}>{formatDateTime(entry.endedAt, locale)}</time>
                          {entry.canceled && <span className="process-diagram__state process-diagram__state--canceled">{t('processDiagram.history.state.canceled')}</span>}
                        </>
                      )}
                    </td>
                    <td>{entry.assignee ?? '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function describeActivityType(activityType: string, t: Translate): string {
  const key = `processDiagram.activityType.${activityType}`;
  return isMessageKey(key) ? t(key) : activityType;
}

/** A red "!" on a failed step; the tooltip carries the error, so the diagram alone says what went wrong. */
function incidentBadge(elementId: string, incidents: readonly { readonly activityId: string; readonly message: string | null }[], t: Translate): HTMLElement {
  const badge = document.createElement('span');
  badge.className = 'process-diagram__incident-badge';
  badge.textContent = '!';
  const messages = incidents.filter((incident) => incident.activityId === elementId).map((incident) => incident.message ?? '');
  badge.title = [t('processDiagram.legend.incident'), ...messages].filter(Boolean).join('\n');
  badge.setAttribute('data-testid', 'process-diagram-incident-badge');
  return badge;
}
