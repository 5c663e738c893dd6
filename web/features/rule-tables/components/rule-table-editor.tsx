'use client';

import Link from 'next/link';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { ApiResult } from '../../../shared/api/api-client';
import { StatusBadge } from '../../../shared/components/status-badge';
import { createTranslator } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';
import { signInPathFor } from '../../../shared/session/sign-in-path';
import {
  analyseAction,
  diffAction,
  evaluateAction,
  listVersionsAction,
  loadVersionAction,
  publishAction,
  rollBackAction,
  saveDraftAction,
} from '../actions/rule-table.action';
import type { PublishRequest } from '../api/change-rule-table';
import {
  AGGREGATIONS,
  HIT_POLICIES,
  type Aggregation,
  type DictionaryType,
  type Evaluation,
  type HitPolicy,
  type RuleTableDocument,
  type RuleTableIssue,
  type RuleTableVersionSummary,
} from '../api/rule-table.shape';
import { describeApiFailure } from '../utils/describe-api-failure';
import { listDictionaryFields, typesReadByInputs } from '../utils/list-dictionary-fields';
import { issueIdentity, mapIssuesToCells } from '../utils/map-issues-to-cells';
import type { GridPosition } from '../utils/move-grid-cursor';
import { createEditorState, ruleTableEditorReducer } from '../utils/rule-table-editor.reducer';
import { ColumnDialog, type ColumnDraft } from './column-dialog';
import { FileTransfer, type TransferOutcome } from './file-transfer';
import { IssueList } from './issue-list';
import { PublishDialog } from './publish-dialog';
import { RowDialog } from './row-dialog';
import styles from './rule-table-editor.module.css';
import { RuleTableGrid, type BenchMarks, type ColumnRef } from './rule-table-grid';
import { TestBench } from './test-bench';
import { VersionHistory, type ShownDiff } from './version-history';

export interface RuleTableEditorProps {
  readonly tableKey: string;
  readonly locale: Locale;
  readonly canEdit: boolean;
  /** What the grid shows first: the draft, else the version in force, else a blank table. */
  readonly initial: { readonly document: RuleTableDocument; readonly source: 'draft' | 'published' | 'new'; readonly version: number | null };
  readonly initialVersions: readonly RuleTableVersionSummary[];
  readonly dictionaryTypes: readonly DictionaryType[];
}

type Tab = 'issues' | 'bench' | 'versions';
type Message = { readonly tone: 'good' | 'critical' | 'neutral'; readonly text: string };
/** What the grid holds, relative to the api: a never-saved table, the draft, or a version opened. */
type Baseline = { readonly kind: 'new' } | { readonly kind: 'draft' } | { readonly kind: 'version'; readonly version: number };
type Dialog =
  | { readonly kind: 'publish' }
  | { readonly kind: 'rollback'; readonly version: number }
  | { readonly kind: 'column'; readonly draft: ColumnDraft; readonly index: number; readonly isNew: boolean }
  | { readonly kind: 'row'; readonly rowIndex: number }
  | null;

const UNAUTHORIZED = 401;
// Long enough that a word typed in a cell is not analysed letter by letter.
const ANALYSIS_DELAY_MS = 400;

/** The api refused the password given as the signature: the dialog stays open. */
function isSignatureRefused(result: ApiResult<unknown>): boolean {
  return result.outcome === 'problem' && (result.problem.type?.endsWith('/signature-rejected') ?? false);
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function RuleTableEditor({ tableKey, locale, canEdit, initial, initialVersions, dictionaryTypes }: RuleTableEditorProps) {
  const t = useMemo(() => createTranslator(locale), [locale]);
  const [state, dispatch] = useReducer(ruleTableEditorReducer, initial.document, createEditorState);
  const { document } = state;
  const [saved, setSaved] = useState<RuleTableDocument | null>(initial.source === 'new' ? null : initial.document);
  const [baseline, setBaseline] = useState<Baseline>(
    initial.source === 'new' ? { kind: 'new' } : initial.source === 'draft' ? { kind: 'draft' } : { kind: 'version', version: initial.version ?? 0 },
  );
  const [versions, setVersions] = useState<readonly RuleTableVersionSummary[]>(initialVersions);
  const [issues, setIssues] = useState<readonly RuleTableIssue[]>([]);
  const [analysedDocument, setAnalysedDocument] = useState<RuleTableDocument | null>(null);
  // What the table had when it was opened: notes found later are the analyst's doing and shown at once.
  const [knownIssues, setKnownIssues] = useState<ReadonlySet<string> | null>(initial.source === 'new' ? new Set() : null);
  const knownIssuesPending = useRef(initial.source !== 'new');
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setShownMessage] = useState<(Message & { readonly sequence: number }) | null>(null);
  const messageSequence = useRef(0);
  const [dialog, setShownDialog] = useState<Dialog>(null);
  const [signatureError, setSignatureError] = useState<string | null>(null);
  // A dialog opens without the refusal of an earlier signature.
  const setDialog = useCallback((next: Dialog) => {
    setSignatureError(null);
    setShownDialog(next);
  }, []);
  const [tab, setTab] = useState<Tab>('issues');
  const [cursor, setCursor] = useState<GridPosition>({ row: 0, column: 0 });
  const [bench, setBench] = useState<Evaluation | null>(null);
  const [benchPrefill, setBenchPrefill] = useState<Record<string, unknown> | null>(null);
  const [shownDiff, setShownDiff] = useState<ShownDiff | null>(null);

  const dirty = document !== saved;
  const analysing = analysedDocument !== document;
  const hasDraft = versions.some((version) => version.version === 0);
  const latestVersion = versions.find((version) => version.status === 'published')?.version ?? null;
  const dictionary = useMemo(() => listDictionaryFields(dictionaryTypes), [dictionaryTypes]);
  const expressions = document.inputs.map((input) => input.expression).join('\n');
  const recordTypes = useMemo(() => typesReadByInputs(expressions.split('\n'), dictionaryTypes), [expressions, dictionaryTypes]);
  const placement = useMemo(() => mapIssuesToCells(document, issues), [document, issues]);
  const isOutstanding = useCallback(
    (issue: RuleTableIssue) => issue.severity !== 'info' || (knownIssues !== null && !knownIssues.has(issueIdentity(issue))),
    [knownIssues],
  );

  // Numbered, so a browser test can tell a new message from an old one with the same words.
  const setMessage = useCallback((next: Message) => {
    messageSequence.current += 1;
    setShownMessage({ ...next, sequence: messageSequence.current });
  }, []);

  /** Every failed call ends here; a lost session goes back to sign-in and returns to this page. */
  const reportFailure = useCallback(
    (result: Exclude<ApiResult<unknown>, { outcome: 'ok' }>) => {
      if (result.outcome === 'problem' && result.status === UNAUTHORIZED) {
        window.location.assign(signInPathFor(window.location.pathname));
        return;
      }
      setMessage({ tone: 'critical', text: describeApiFailure(result, t) });
    },
    [setMessage, t],
  );

  // The analysis follows the analyst's typing, a moment after it stops; a late answer for an older table is dropped.
  const latestDocument = useRef(document);
  latestDocument.current = document;
  useEffect(() => {
    const timer = window.setTimeout(() => {
      void analyseAction(document).then((result) => {
        if (latestDocument.current !== document) {
          return;
        }
        if (result.outcome === 'ok') {
          setIssues(result.data.issues);
          if (knownIssuesPending.current) {
            knownIssuesPending.current = false;
            setKnownIssues(new Set(result.data.issues.map(issueIdentity)));
          }
        } else if (result.outcome === 'problem' && result.status === UNAUTHORIZED) {
          reportFailure(result);
        }
        setAnalysedDocument(document);
      });
    }, ANALYSIS_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [document, reportFailure]);

  // Leaving with unsaved changes loses them: let the browser ask first.
  useEffect(() => {
    if (!dirty || !canEdit) {
      return;
    }
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty, canEdit]);

  // Ctrl+Z / Ctrl+Y anywhere but in a field, which keeps its own undo.
  useEffect(() => {
    if (!canEdit) {
      return;
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target) || !(event.ctrlKey || event.metaKey) || event.altKey) {
        return;
      }
      const key = event.key.toLowerCase();
      if (key === 'z' || key === 'y') {
        event.preventDefault();
        dispatch({ type: key === 'y' || event.shiftKey ? 'redo' : 'undo' });
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [canEdit]);

  // A bench result is about the table as it was; an edit makes it stale.
  useEffect(() => setBench(null), [document]);

  const refreshVersions = useCallback(async () => {
    const result = await listVersionsAction(tableKey);
    if (result.outcome === 'ok') {
      setVersions(result.data);
    }
  }, [tableKey]);

  const run = useCallback(async (label: string, work: () => Promise<void>) => {
    setBusy(label);
    try {
      await work();
    } finally {
      setBusy(null);
    }
  }, []);

  const show = useCallback((next: RuleTableDocument, nextBaseline: Baseline) => {
    knownIssuesPending.current = true;
    dispatch({ type: 'load', document: next });
    setSaved(next);
    setBaseline(nextBaseline);
    setShownDiff(null);
  }, []);

  /** Saves the grid as the draft; the count of what blocks publishing, or null when it did not save. */
  const saveDraft = useCallback(async (): Promise<number | null> => {
    const content = document;
    const result = await saveDraftAction(tableKey, content);
    if (result.outcome !== 'ok') {
      reportFailure(result);
      return null;
    }
    const blocking = result.data.issues.filter((issue) => issue.severity === undefined || issue.severity === 'error').length;
    setSaved(content);
    setBaseline({ kind: 'draft' });
    setMessage(blocking === 0 ? { tone: 'good', text: t('ruleTables.message.saved') } : { tone: 'critical', text: t('ruleTables.message.savedWithErrors', { count: blocking }) });
    await refreshVersions();
    return blocking;
  }, [document, tableKey, reportFailure, setMessage, refreshVersions, t]);

  const confirmDiscard = () => !dirty || !canEdit || window.confirm(t('ruleTables.confirm.discard'));

  const onSave = () => run('save', async () => void (await saveDraft()));

  const onPublish = (request: PublishRequest) =>
    run('publish', async () => {
      // What is published is the draft at the api: bring it up to the grid first.
      if (dirty || !hasDraft || baseline.kind !== 'draft') {
        const blocking = await saveDraft();
        if (blocking === null || blocking > 0) {
          setDialog(null);
          setTab('issues');
          return;
        }
      }
      const result = await publishAction(tableKey, request);
      if (isSignatureRefused(result)) {
        setSignatureError(t('ruleTables.publish.signatureRejected'));
        return;
      }
      setDialog(null);
      if (result.outcome !== 'ok') {
        if (result.outcome === 'problem' && result.status === 400 && (result.problem.errors?.length ?? 0) > 0) {
          setMessage({ tone: 'critical', text: t('ruleTables.message.publishRefused', { detail: result.problem.detail ?? result.problem.title }) });
          setTab('issues');
          return;
        }
        reportFailure(result);
        return;
      }
      setSaved(document);
      setBaseline({ kind: 'version', version: result.data.version });
      setMessage({ tone: 'good', text: t('ruleTables.message.published', { version: result.data.version }) });
      setTab('versions');
      await refreshVersions();
    });

  const onRollBack = (version: number, request: PublishRequest) =>
    run('rollback', async () => {
      const result = await rollBackAction(tableKey, version, request);
      if (isSignatureRefused(result)) {
        setSignatureError(t('ruleTables.publish.signatureRejected'));
        return;
      }
      setDialog(null);
      if (result.outcome !== 'ok') {
        reportFailure(result);
        return;
      }
      await refreshVersions();
      if (confirmDiscard()) {
        show(result.data.content, { kind: 'version', version: result.data.version });
      }
      setMessage({ tone: 'good', text: t('ruleTables.message.rolledBack', { version: result.data.version, basedOn: version }) });
    });

  const onOpenVersion = (version: number) =>
    run('open', async () => {
      if (!confirmDiscard()) {
        return;
      }
      const result = await loadVersionAction(tableKey, version);
      if (result.outcome !== 'ok') {
        reportFailure(result);
        return;
      }
      show(result.data.content, version === 0 ? { kind: 'draft' } : { kind: 'version', version });
      setMessage({ tone: 'neutral', text: version === 0 ? t('ruleTables.message.openedDraft') : t('ruleTables.message.opened', { version }) });
    });

  const onCompare = (from: number, to: number) =>
    run('diff', async () => {
      const [diff, before, after] = await Promise.all([diffAction(tableKey, from, to), loadVersionAction(tableKey, from), loadVersionAction(tableKey, to)]);
      if (diff.outcome !== 'ok') {
        reportFailure(diff);
        return;
      }
      setShownDiff({
        diff: diff.data,
        before: before.outcome === 'ok' ? before.data.content : undefined,
        after: after.outcome === 'ok' ? after.data.content : undefined,
      });
    });

  const onRunBench = (facts: Record<string, unknown>) =>
    run('bench', async () => {
      // An analyst tests what the grid shows, which is the draft once saved; a reader tests the version shown.
      let version: number | 'draft' | 'latest' = baseline.kind === 'version' ? baseline.version : baseline.kind === 'draft' ? 'draft' : 'latest';
      if (canEdit && (dirty || baseline.kind === 'new')) {
        if ((await saveDraft()) === null) {
          return;
        }
        version = 'draft';
      }
      const result = await evaluateAction(tableKey, version, facts);
      if (result.outcome !== 'ok') {
        reportFailure(result);
        return;
      }
      setBench(result.data);
      setMessage({ tone: 'neutral', text: result.data.decision.matched ? t('ruleTables.message.benchMatched') : t('ruleTables.message.benchNoMatch') });
    });

  const onTransfer = (outcome: TransferOutcome) => {
    switch (outcome.kind) {
      case 'exported':
        setMessage({ tone: 'good', text: t('ruleTables.message.exported', { file: outcome.file }) });
        return;
      case 'imported':
        void run('import', async () => {
          const draft = await loadVersionAction(tableKey, 'draft');
          if (draft.outcome !== 'ok') {
            reportFailure(draft);
            return;
          }
          show(draft.data.content, { kind: 'draft' });
          await refreshVersions();
          setMessage({ tone: 'good', text: t('ruleTables.message.imported', { file: outcome.file }) });
        });
        return;
      case 'failed': {
        const body = outcome.body as { detail?: string; errors?: Array<{ detail?: string }> } | null;
        const details = [body?.detail, ...(body?.errors ?? []).slice(0, 5).map((error) => error.detail)].filter(Boolean).join(' · ');
        setMessage({ tone: 'critical', text: t('ruleTables.message.transferFailed', { file: outcome.file, status: outcome.status, detail: details || String(outcome.body ?? '') }) });
        return;
      }
    }
  };

  const onShowIssue = (issue: RuleTableIssue) => {
    const rowIndex = document.rows.findIndex((row) => row.id === issue.rowIds[0]);
    const columnIndex = document.inputs.findIndex((input) => input.id === issue.columnIds[0]);
    setCursor({ row: Math.max(0, rowIndex === -1 ? cursor.row : rowIndex), column: Math.max(0, columnIndex === -1 ? cursor.column : columnIndex) });
  };

  const onTryWitness = (issue: RuleTableIssue) => {
    if (issue.witness !== undefined) {
      setBenchPrefill({ ...issue.witness.facts });
      setTab('bench');
    }
  };

  const onEditColumn = ({ kind, index }: ColumnRef) => {
    if (kind === 'input') {
      const input = document.inputs[index];
      if (input !== undefined) setDialog({ kind: 'column', draft: { kind: 'input', column: input }, index, isNew: false });
    } else {
      const output = document.outputs[index];
      if (output !== undefined) setDialog({ kind: 'column', draft: { kind: 'output', column: output }, index, isNew: false });
    }
  };

  const newColumnName = (prefix: string, taken: readonly string[]) => {
    let number = taken.length + 1;
    while (taken.includes(`${prefix}${number}`)) number += 1;
    return `${prefix}${number}`;
  };

  const onAddColumn = (kind: 'input' | 'output') => {
    if (kind === 'input') {
      const id = newColumnName('input', document.inputs.map((input) => input.id));
      setDialog({ kind: 'column', isNew: true, index: document.inputs.length, draft: { kind: 'input', column: { id, label: { en: '', 'zh-CN': '' }, expression: '', type: 'string' } } });
    } else {
      const name = newColumnName('output', document.outputs.map((output) => output.name));
      setDialog({ kind: 'column', isNew: true, index: document.outputs.length, draft: { kind: 'output', column: { name, label: { en: '', 'zh-CN': '' }, type: 'string' } } });
    }
  };

  const benchMarks = useMemo((): BenchMarks | null => {
    if (bench === null) return null;
    const explanation = bench.decision.explanation ?? [];
    return {
      matchedRowIds: new Set(bench.decision.matchedRowIds),
      decidingRowIds: new Set(bench.decision.kind === 'single' && bench.decision.rowId !== undefined ? [bench.decision.rowId] : bench.decision.matchedRowIds),
      failedCells: new Map(explanation.flatMap((step) => (step.failedCell === undefined ? [] : [[step.rowId, { columnIndex: step.failedCell.columnIndex, factValue: step.failedCell.factValue }]]))),
    };
  }, [bench]);

  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  const ready = busy === null;
  const stateLabel =
    baseline.kind === 'new' ? t('ruleTables.state.new') : baseline.kind === 'draft' ? t('ruleTables.state.draft') : t('ruleTables.state.version', { version: baseline.version });
  const shownVersion = baseline.kind === 'version' ? String(baseline.version) : baseline.kind === 'draft' ? 'draft' : 'latest';
  const benchVersionLabel =
    canEdit && (dirty || baseline.kind !== 'version') ? t('ruleTables.versions.draft') : baseline.kind === 'version' ? t('ruleTables.versions.version', { version: baseline.version }) : t('ruleTables.versions.latest');

  return (
    <div className={styles.editorHost}>
      <div
        className={styles.editor}
        data-testid="rule-table-editor"
        data-ready="true"
        data-dirty={dirty}
        data-busy={busy ?? ''}
        data-analysing={analysing}
        data-can-edit={canEdit}
      >
        <div className={styles.bar}>
          <div className={styles.identity}>
            <Link href="/rule-tables" className={styles.back}>
              ← {t('ruleTables.back')}
            </Link>
            <h1 className={styles.title}>
              {document.name[locale]} <code data-testid="rule-table-key">{tableKey}</code>
            </h1>
            <div className={styles.states}>
              <StatusBadge tone={baseline.kind === 'new' ? 'neutral' : baseline.kind === 'draft' ? 'warning' : 'good'}>
                <span data-testid="rule-table-state">{stateLabel}</span>
              </StatusBadge>
              {dirty && canEdit && <StatusBadge tone="critical">{t('ruleTables.state.unsaved')}</StatusBadge>}
              <span className={styles.latest} data-testid="rule-table-latest-version" data-version={latestVersion ?? ''}>
                {latestVersion === null ? t('ruleTables.state.noneLatest') : t('ruleTables.state.latest', { version: latestVersion })}
              </span>
            </div>
          </div>
          <div className={styles.toolbar} role="toolbar" aria-label={t('ruleTables.toolbar')}>
            {canEdit && (
              <>
                <button type="button" className="button button--secondary button--small" onClick={() => dispatch({ type: 'undo' })} disabled={state.past.length === 0} title="Ctrl+Z" data-testid="rule-undo">
                  ↶ {t('ruleTables.action.undo')}
                </button>
                <button type="button" className="button button--secondary button--small" onClick={() => dispatch({ type: 'redo' })} disabled={state.future.length === 0} title="Ctrl+Y" data-testid="rule-redo">
                  ↷ {t('ruleTables.action.redo')}
                </button>
                <span className={styles.separator} aria-hidden="true" />
              </>
            )}
            <FileTransfer
              tableKey={tableKey}
              exportVersion={shownVersion}
              canImport={canEdit}
              disabled={!ready || baseline.kind === 'new'}
              t={t}
              onOutcome={onTransfer}
              confirmImport={() => window.confirm(t(hasDraft || dirty ? 'ruleTables.confirm.importReplaces' : 'ruleTables.confirm.import'))}
            />
            {canEdit && (
              <>
                <span className={styles.separator} aria-hidden="true" />
                <button type="button" className="button button--secondary" onClick={onSave} disabled={!ready} data-testid="rule-save">
                  {busy === 'save' ? t('ruleTables.action.busy') : t('ruleTables.action.save')}
                </button>
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => setDialog({ kind: 'publish' })}
                  disabled={!ready || !(dirty || hasDraft) || counts.error > 0}
                  title={counts.error > 0 ? t('ruleTables.publish.blocked', { count: counts.error }) : undefined}
                  data-testid="rule-publish"
                >
                  {busy === 'publish' ? t('ruleTables.action.busy') : t('ruleTables.action.publish')}
                </button>
              </>
            )}
          </div>
        </div>

        {message !== null && (
          <div className={`${styles.message} ${styles[`message-${message.tone}`]}`} role="status" data-testid="rule-table-message" data-tone={message.tone} data-sequence={message.sequence}>
            {message.text}
          </div>
        )}
        {!canEdit && (
          <div className={`${styles.message} ${styles['message-neutral']}`} data-testid="rule-table-read-only">
            {t('ruleTables.readOnly')}
          </div>
        )}

        <div className={styles.settings}>
          <label className={styles.setting}>
            <span>{t('ruleTables.settings.nameEn')}</span>
            <input
              key={`en-${document.name.en}`}
              defaultValue={document.name.en}
              readOnly={!canEdit}
              onBlur={(event) => dispatch({ type: 'set-name', name: { ...document.name, en: event.target.value.trim() || document.name.en } })}
              data-testid="rule-table-name-en"
            />
          </label>
          <label className={styles.setting}>
            <span>{t('ruleTables.settings.nameZh')}</span>
            <input
              key={`zh-${document.name['zh-CN']}`}
              lang="zh-CN"
              defaultValue={document.name['zh-CN']}
              readOnly={!canEdit}
              onBlur={(event) => dispatch({ type: 'set-name', name: { ...document.name, 'zh-CN': event.target.value.trim() || document.name['zh-CN'] } })}
              data-testid="rule-table-name-zh"
            />
          </label>
          <label className={styles.setting}>
            <span>{t('ruleTables.settings.hitPolicy')}</span>
            <select
              value={document.hitPolicy}
              disabled={!canEdit}
              onChange={(event) => dispatch({ type: 'set-hit-policy', hitPolicy: event.target.value as HitPolicy, aggregation: document.aggregation })}
              title={t(`ruleTables.hitPolicy.${document.hitPolicy}`)}
              data-testid="rule-table-hit-policy"
            >
              {HIT_POLICIES.map((policy) => (
                <option key={policy} value={policy}>
                  {policy}
                </option>
              ))}
            </select>
          </label>
          {document.hitPolicy === 'COLLECT' && (
            <label className={styles.setting}>
              <span>{t('ruleTables.settings.aggregation')}</span>
              <select
                value={document.aggregation ?? ''}
                disabled={!canEdit}
                onChange={(event) => dispatch({ type: 'set-hit-policy', hitPolicy: 'COLLECT', aggregation: (event.target.value || undefined) as Aggregation | undefined })}
                data-testid="rule-table-aggregation"
              >
                <option value="">{t('ruleTables.settings.noAggregation')}</option>
                {AGGREGATIONS.map((aggregation) => (
                  <option key={aggregation} value={aggregation}>
                    {aggregation}
                  </option>
                ))}
              </select>
            </label>
          )}
          <p className={styles.hitPolicyHint}>{t(`ruleTables.hitPolicy.${document.hitPolicy}`)}</p>
          <p className={styles.analysis} data-testid="rule-table-analysis" data-errors={counts.error} data-warnings={counts.warning} data-infos={counts.info} aria-live="polite">
            {analysing
              ? t('ruleTables.analysis.running')
              : issues.length === 0
                ? t('ruleTables.analysis.clean')
                : t('ruleTables.analysis.counts', { errors: counts.error, warnings: counts.warning, infos: counts.info })}
          </p>
        </div>

        <div className={styles.body}>
          <div className={styles.main}>
            <RuleTableGrid
              document={document}
              locale={locale}
              t={t}
              canEdit={canEdit}
              placement={placement}
              isOutstanding={isOutstanding}
              bench={benchMarks}
              cursor={cursor}
              onCursor={setCursor}
              dispatch={dispatch}
              onEditColumn={onEditColumn}
              onEditRow={(rowIndex) => setDialog({ kind: 'row', rowIndex })}
            />
            {canEdit && (
              <div className={styles.gridActions}>
                <button type="button" className="button button--secondary button--small" onClick={() => dispatch({ type: 'add-row', at: document.rows.length })} data-testid="rule-add-row">
                  + {t('ruleTables.action.addRow')}
                </button>
                <button type="button" className="button button--secondary button--small" onClick={() => onAddColumn('input')} data-testid="rule-add-input">
                  + {t('ruleTables.action.addInput')}
                </button>
                <button type="button" className="button button--secondary button--small" onClick={() => onAddColumn('output')} data-testid="rule-add-output">
                  + {t('ruleTables.action.addOutput')}
                </button>
                <span className={styles.keysHint}>{t('ruleTables.grid.keys')}</span>
              </div>
            )}
          </div>
          <aside className={styles.side}>
            <div className={styles.tabs} role="tablist">
              {(['issues', 'bench', 'versions'] as const).map((name) => (
                <button
                  key={name}
                  type="button"
                  role="tab"
                  id={`rule-tab-${name}`}
                  aria-selected={tab === name}
                  aria-controls={`rule-panel-${name}`}
                  className={styles.tab}
                  onClick={() => setTab(name)}
                  data-testid={`rule-tab-${name}`}
                >
                  {t(`ruleTables.tab.${name}`)}
                  {name === 'issues' && issues.length > 0 && <span className={styles.tabCount}>{issues.length}</span>}
                </button>
              ))}
            </div>
            <div id="rule-panel-issues" role="tabpanel" aria-labelledby="rule-tab-issues" hidden={tab !== 'issues'} className={styles.panel}>
              <IssueList issues={issues} document={document} locale={locale} t={t} onShow={onShowIssue} onTry={onTryWitness} />
            </div>
            <div id="rule-panel-bench" role="tabpanel" aria-labelledby="rule-tab-bench" hidden={tab !== 'bench'} className={styles.panel}>
              <TestBench
                document={document}
                locale={locale}
                t={t}
                recordTypes={recordTypes}
                prefill={benchPrefill}
                result={bench}
                versionLabel={benchVersionLabel}
                busy={!ready}
                onRun={onRunBench}
              />
            </div>
            <div id="rule-panel-versions" role="tabpanel" aria-labelledby="rule-tab-versions" hidden={tab !== 'versions'} className={styles.panel}>
              <VersionHistory
                versions={versions}
                shownDiff={shownDiff}
                locale={locale}
                t={t}
                canEdit={canEdit}
                busy={!ready}
                onOpen={onOpenVersion}
                onRollBack={(version) => setDialog({ kind: 'rollback', version })}
                onCompare={onCompare}
              />
            </div>
          </aside>
        </div>

        {dialog?.kind === 'publish' && (
          <PublishDialog
            title={t('ruleTables.publish.title', { key: tableKey })}
            intro={t('ruleTables.publish.intro', { version: (versions.find((version) => version.version > 0)?.version ?? 0) + 1 })}
            confirmLabel={t('ruleTables.action.publish')}
            busy={busy !== null}
            signatureError={signatureError}
            t={t}
            onConfirm={onPublish}
            onCancel={() => setDialog(null)}
          />
        )}
        {dialog?.kind === 'rollback' && (
          <PublishDialog
            title={t('ruleTables.rollback.title', { version: dialog.version })}
            intro={t('ruleTables.rollback.intro', { version: dialog.version })}
            confirmLabel={t('ruleTables.versions.rollback')}
            busy={busy !== null}
            t={t}
            signatureError={signatureError}
            onConfirm={(request) => onRollBack(dialog.version, request)}
            onCancel={() => setDialog(null)}
          />
        )}
        {dialog?.kind === 'column' && (
          <ColumnDialog
            draft={dialog.draft}
            isNew={dialog.isNew}
            takenNames={
              dialog.draft.kind === 'input'
                ? document.inputs.filter((_, index) => dialog.isNew || index !== dialog.index).map((input) => input.id)
                : document.outputs.filter((_, index) => dialog.isNew || index !== dialog.index).map((output) => output.name)
            }
            dictionary={dictionary}
            locale={locale}
            t={t}
            onCancel={() => setDialog(null)}
            onConfirm={(next) => {
              if (next.kind === 'input') {
                dispatch(dialog.isNew ? { type: 'add-input', at: dialog.index, input: next.column } : { type: 'update-input', columnIndex: dialog.index, input: next.column });
              } else {
                dispatch(dialog.isNew ? { type: 'add-output', at: dialog.index, output: next.column } : { type: 'update-output', index: dialog.index, output: next.column });
              }
              setDialog(null);
            }}
          />
        )}
        {dialog?.kind === 'row' && document.rows[dialog.rowIndex] !== undefined && (
          <RowDialog
            rowNumber={dialog.rowIndex + 1}
            id={document.rows[dialog.rowIndex]!.id}
            description={document.rows[dialog.rowIndex]!.description ?? ''}
            takenIds={document.rows.filter((_, index) => index !== dialog.rowIndex).map((row) => row.id)}
            t={t}
            onCancel={() => setDialog(null)}
            onConfirm={(row) => {
              dispatch({ type: 'edit-row', rowIndex: dialog.rowIndex, id: row.id, description: row.description });
              setDialog(null);
            }}
          />
        )}
      </div>
    </div>
  );
}
