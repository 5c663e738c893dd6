'use client';

import Link from 'next/link';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { StatusBadge } from '../../../shared/components/status-badge';
import { createTranslator, isMessageKey, type Translate } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';
import { loadTraceNodeDetailAction, type TraceNodeDetailResult } from '../actions/trace-node-detail.action';
import type { DetailSignature, TraceNodeView, TraceView } from '../api/trace-view.types';
import { recallHref, traceHref } from '../utils/trace-node-types';

interface TraceExplorerProps {
  readonly view: TraceView;
  readonly locale: Locale;
}

const clip = (value: string, length: number) => (value.length > length ? `${value.slice(0, length - 1)}…` : value);

/** The layered graph with a panel for the node clicked: the start is shown first. */
export function TraceExplorer({ view, locale }: TraceExplorerProps) {
  const t = useMemo(() => createTranslator(locale), [locale]);
  const [selected, setSelected] = useState(view.start);
  const [detail, setDetail] = useState<{ id: string; result: TraceNodeDetailResult } | undefined>();
  const nodes = useMemo(() => new Map(view.nodes.map((node) => [node.id, node])), [view.nodes]);
  const scroller = useRef<HTMLDivElement>(null);

  // The graph is often wider and taller than its frame: open it with the start in view and as much
  // of what lies downstream as fits (a recall reads to the right), the start centred vertically.
  useEffect(() => {
    const frame = scroller.current;
    const start = view.nodes.find((node) => node.id === view.start);
    if (!frame || !start) return;
    frame.scrollLeft = Math.max(0, Math.min(start.x - 24, view.width - frame.clientWidth));
    frame.scrollTop = Math.max(0, start.y + view.nodeHeight / 2 - frame.clientHeight / 2);
  }, [view]);

  useEffect(() => {
    let current = true;
    const node = nodes.get(selected);
    if (!node) return;
    void loadTraceNodeDetailAction(node.type, node.code).then((result) => {
      if (current) setDetail({ id: selected, result });
    });
    return () => {
      current = false;
    };
  }, [selected, nodes]);

  const choose = (id: string) => setSelected(id);
  const onKey = (event: KeyboardEvent, id: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(id);
    }
  };
  const selectedNode = nodes.get(selected);
  const links = view.edges.filter((edge) => edge.from === selected || edge.to === selected);

  return (
    <div className="trace-explorer__body">
      <section className="panel trace-graph" aria-label={t('trace.graph.label')}>
        <div className="trace-graph__legend muted">
          <span>← {t('trace.graph.backward')}</span>
          <span>{t('trace.graph.forward')} →</span>
        </div>
        <div className="trace-graph__scroller" ref={scroller}>
          <svg width={view.width} height={view.height} viewBox={`0 0 ${view.width} ${view.height}`} className="trace-graph__svg" data-testid="trace-graph" role="group">
            {view.edges.map((edge) => (
              <path key={`${edge.from}>${edge.to}`} d={edge.path} className={`trace-edge${edge.from === selected || edge.to === selected ? ' trace-edge--active' : ''}`} data-testid="trace-edge" data-from={edge.from} data-to={edge.to}>
                <title>{edge.label}</title>
              </path>
            ))}
            {view.nodes.map((node) => (
              <g
                key={node.id}
                transform={`translate(${node.x} ${node.y})`}
                className={`trace-node trace-node--${node.side}${node.id === selected ? ' trace-node--selected' : ''}`}
                role="button"
                tabIndex={0}
                aria-pressed={node.id === selected}
                aria-label={`${node.typeLabel} ${node.code}`}
                data-testid="trace-node"
                data-node-id={node.id}
                data-type={node.type}
                data-code={node.code}
                data-side={node.side}
                onClick={() => choose(node.id)}
                onKeyDown={(event) => onKey(event, node.id)}
              >
                <title>{[`${node.typeLabel} ${node.code}`, node.subtitle, node.documents].filter(Boolean).join('\n')}</title>
                <rect width={view.nodeWidth} height={view.nodeHeight} rx={7} className="trace-node__box" />
                <rect width={5} height={view.nodeHeight} rx={2} className={`trace-node__stripe trace-node__stripe--${node.type}`} />
                <text x={14} y={17} className="trace-node__type">
                  {node.typeLabel}
                </text>
                {node.status && (
                  <text x={view.nodeWidth - 10} y={17} textAnchor="end" className={`trace-node__status trace-node__status--${node.status.tone}`} data-testid="trace-node-status">
                    {clip(node.status.label, 10)}
                  </text>
                )}
                <text x={14} y={36} className="trace-node__code">
                  {clip(node.title, 22)}
                </text>
                <text x={14} y={52} className="trace-node__subtitle">
                  {clip(node.subtitle, 30)}
                </text>
                {node.documents && (
                  <text x={14} y={66} className="trace-node__documents">
                    {clip(node.documents, 32)}
                  </text>
                )}
              </g>
            ))}
          </svg>
        </div>
      </section>
      <aside className="panel trace-panel" data-testid="trace-node-panel" data-node-id={selected} data-ready={detail?.id === selected ? 'true' : 'false'} aria-live="polite">
        {selectedNode && <NodePanel node={selectedNode} start={view.start} result={detail?.id === selected ? detail.result : undefined} links={links} nodes={nodes} t={t} locale={locale} />}
      </aside>
    </div>
  );
}

interface NodePanelProps {
  readonly node: TraceNodeView;
  readonly start: string;
  readonly result: TraceNodeDetailResult | undefined;
  readonly links: TraceView['edges'];
  readonly nodes: ReadonlyMap<string, TraceNodeView>;
  readonly t: Translate;
  readonly locale: Locale;
}

function NodePanel({ node, start, result, links, nodes, t, locale }: NodePanelProps) {
  const detail = result?.outcome === 'ok' ? result.detail : undefined;
  return (
    <>
      <div className="trace-panel__header">
        <p className="trace-panel__type">{node.typeLabel}</p>
        <h2 className="trace-panel__title" data-testid="trace-node-title">
          {node.code}
        </h2>
        {node.status && <StatusBadge tone={node.status.tone}>{node.status.label}</StatusBadge>}
      </div>
      <div className="trace-panel__actions">
        {detail?.href && (
          <Link className="button button--secondary button--small" href={detail.href} data-testid="trace-node-record-link">
            {t('trace.detail.openRecord')}
          </Link>
        )}
        {node.id !== start && (
          <Link className="button button--ghost button--small" href={traceHref(node.type, node.code)} data-testid="trace-node-trace">
            {t('trace.detail.traceFromHere')}
          </Link>
        )}
        <Link className="button button--primary button--small" href={recallHref(node.type, node.code)} data-testid="trace-node-recall">
          {t('trace.detail.recallFromHere')}
        </Link>
      </div>
      {result === undefined && <p className="muted">{t('trace.detail.loading')}</p>}
      {result?.outcome === 'failed' && <p className="trace-panel__error">{result.message}</p>}
      {detail && (
        <>
          {detail.fields.length > 0 && (
            <dl className="trace-facts" data-testid="trace-node-fields">
              {detail.fields.map((field) => (
                <div key={field.name} className="trace-facts__row">
                  <dt>{field.label}</dt>
                  <dd>{field.value}</dd>
                </div>
              ))}
            </dl>
          )}
          {detail.href !== null && node.type !== 'supplier-lot' && <Signatures signatures={detail.signatures} t={t} locale={locale} />}
          {links.length > 0 && (
            <section className="trace-panel__section">
              <h3 className="trace-panel__heading">{t('trace.detail.links')}</h3>
              <ul className="trace-links">
                {links.map((link) => {
                  const other = nodes.get(link.from === node.id ? link.to : link.from);
                  return (
                    <li key={`${link.from}>${link.to}`}>
                      <span className="muted">{link.from === node.id ? '→' : '←'}</span> {other ? `${other.typeLabel} ${other.code}` : ''} <span className="muted">({link.label})</span>
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
          <section className="trace-panel__section">
            <h3 className="trace-panel__heading">{t('trace.detail.documents')}</h3>
            {detail.documents.length === 0 ? (
              <p className="muted">{t('trace.detail.noDocuments')}</p>
            ) : (
              <ul className="trace-documents">
                {detail.documents.map((document) => (
                  <li key={`${document.type}:${document.code}`} className="trace-document" data-testid="trace-document" data-type={document.type} data-code={document.code}>
                    <div className="trace-document__header">
                      <Link href={document.href} className="data-table__link">
                        {document.typeLabel} {document.code}
                      </Link>
                      {document.status && <StatusBadge tone={document.status.tone}>{document.status.label}</StatusBadge>}
                    </div>
                    {document.fields.length > 0 && <p className="trace-document__facts muted">{document.fields.map((field) => `${field.label}: ${field.value}`).join(' · ')}</p>}
                    {document.results.length > 0 && (
                      <ul className="trace-results">
                        {document.results.map((entry) => (
                          <li key={entry.point}>
                            <span className={`trace-results__result trace-results__result--${entry.tone}`}>{entry.result}</span> {entry.point}
                            {entry.readings && <span className="muted"> {entry.readings}</span>}
                          </li>
                        ))}
                      </ul>
                    )}
                    <Signatures signatures={document.signatures} t={t} locale={locale} compact />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}

function Signatures({ signatures, t, locale, compact = false }: { readonly signatures: readonly DetailSignature[]; readonly t: Translate; readonly locale: Locale; readonly compact?: boolean }) {
  if (signatures.length === 0) return compact ? null : <p className="muted trace-panel__section">{t('trace.detail.noSignatures')}</p>;
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className={compact ? 'trace-signatures trace-signatures--compact' : 'trace-panel__section trace-signatures'}>
      {!compact && <h3 className="trace-panel__heading">{t('trace.detail.signatures')}</h3>}
      <ul>
        {signatures.map((signature) => {
          const meaning = `trace.meaning.${signature.meaning}`;
          const state = `trace.signatureState.${signature.state}`;
          return (
            <li key={signature.id} className="trace-signature" data-testid="trace-signature" data-meaning={signature.meaning} data-state={signature.state}>
              <span className="trace-signature__mark" aria-hidden="true">
                ✍
              </span>
              <span>
                <strong>{signature.printedName}</strong> · {isMessageKey(meaning) ? t(meaning) : signature.meaning} · <time dateTime={signature.signedAt}>{format.format(new Date(signature.signedAt))}</time>
                {signature.state !== 'valid' && <span className="trace-signature__state"> · {isMessageKey(state) ? t(state) : signature.state}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
