'use client';

import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';
import 'bpmn-js-token-simulation/assets/css/bpmn-js-token-simulation.css';
import 'bpmn-js-element-templates/dist/assets/element-templates.css';
import './step-chooser.css';

import type BpmnModeler from 'bpmn-js/lib/Modeler';
import Link from 'next/link';
import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import type { ApiResult } from '../../../shared/api/api-client';
import { StatusBadge } from '../../../shared/components/status-badge';
import { createTranslator } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';
import { signInPathFor } from '../../../shared/session/sign-in-path';
import {
  deployLatestAction,
  listVersionsAction,
  loadVersionAction,
  publishAction,
  rollBackAction,
  saveDraftAction,
} from '../actions/process-model.action';
import { loadStepCatalogAction } from '../actions/step-catalog.action';
import type { ElementTemplate } from '../api/element-template.shape';
import type { ProcessModelVersionSummary } from '../api/process-model.shape';
import { createLinterConfig } from '../modeler/create-linter-config';
import { createProcessModeler, getService, type CanvasElement } from '../modeler/create-process-modeler';
import { createLintMessageTranslator } from '../utils/create-lint-message-translator';
import { describeApiFailure } from '../utils/describe-api-failure';
import { fromDraftIssues, fromProblemEntries, type DesignerIssue } from '../utils/designer-issue';
import { diffBpmnDefinitions, type ElementChange } from '../utils/diff-bpmn-definitions';
import { localizeElementTemplates } from '../utils/localize-element-templates';
import { DiffPanel, type DiffSide } from './diff-panel';
import { IssueList } from './issue-list';
import { ReasonDialog } from './reason-dialog';
import { StepChooser } from './step-chooser';
import { VersionList } from './version-list';

export interface ProcessDesignerProps {
  readonly processKey: string;
  readonly locale: Locale;
  readonly canEdit: boolean;
  /** What the canvas shows first: the draft, else the version in force, else a blank diagram. */
  readonly initial: { readonly bpmnXml: string; readonly source: 'draft' | 'published' | 'new'; readonly version: number | null };
  readonly initialVersions: readonly ProcessModelVersionSummary[];
}

type Tab = 'properties' | 'issues' | 'versions';
type Message = { readonly tone: 'good' | 'critical' | 'neutral'; readonly text: string };
/** What the canvas holds, relative to the api: a never-saved model, the draft, or a version opened. */
type Baseline = { readonly kind: 'new' } | { readonly kind: 'draft' } | { readonly kind: 'version'; readonly version: number };
type Dialog = { readonly kind: 'publish' } | { readonly kind: 'rollback'; readonly version: number } | null;

const DIFF_MARKERS: Readonly<Record<ElementChange['kind'], string>> = {
  added: 'lotflow-diff-added',
  changed: 'lotflow-diff-changed',
  removed: 'lotflow-diff-removed',
};

const UNAUTHORIZED = 400 + 1;
// A regulated plant's largest flows are well under this; a bigger file is most likely not BPMN.
const IMPORT_LIMIT_MEGABYTES = 4;

export function ProcessDesigner({ processKey, locale, canEdit, initial, initialVersions }: ProcessDesignerProps) {
  const t = useMemo(() => createTranslator(locale), [locale]);
  const translateLintMessage = useMemo(() => createLintMessageTranslator(locale), [locale]);
  const canvasRef = useRef<HTMLDivElement>(null);
  const propertiesRef = useRef<HTMLDivElement>(null);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const [modeler, setModeler] = useState<BpmnModeler | null>(null);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setShownMessage] = useState<(Message & { readonly sequence: number }) | null>(null);
  const messageSequence = useRef(0);
  // Numbered, so a browser test can tell a new message from an old one with the same words.
  const setMessage = useCallback((next: Message) => {
    messageSequence.current += 1;
    setShownMessage({ ...next, sequence: messageSequence.current });
  }, []);
  const [issues, setIssues] = useState<readonly DesignerIssue[]>([]);
  const [tab, setTab] = useState<Tab>('properties');
  const [versions, setVersions] = useState<readonly ProcessModelVersionSummary[]>(initialVersions);
  const [baseline, setBaseline] = useState<Baseline>(
    initial.source === 'new' ? { kind: 'new' } : initial.source === 'draft' ? { kind: 'draft' } : { kind: 'version', version: initial.version ?? 0 },
  );
  const [dialog, setDialog] = useState<Dialog>(null);
  const [simulating, setSimulating] = useState(false);
  const [changes, setChanges] = useState<readonly ElementChange[] | null>(null);
  const markedRef = useRef<readonly ElementChange[]>([]);
  // False until the api has answered with the steps and the context Lotflow's lint rules check against.
  const [stepsLoaded, setStepsLoaded] = useState(false);
  const [chooser, setChooser] = useState<{ readonly element: CanvasElement; readonly templates: readonly ElementTemplate[] } | null>(null);
  const openChooserRef = useRef<(element: CanvasElement | undefined) => void>(() => undefined);

  const hasDraft = versions.some((version) => version.version === 0);
  const latestVersion = versions.find((version) => version.status === 'published')?.version ?? null;

  useEffect(() => {
    const canvas = canvasRef.current;
    const propertiesPanel = propertiesRef.current;
    if (canvas === null || propertiesPanel === null) {
      return;
    }
    const created = createProcessModeler({ canvas, propertiesPanel, locale });
    const eventBus = getService(created, 'eventBus');
    eventBus.on('commandStack.changed', () => setDirty(true));
    eventBus.on('tokenSimulation.toggleMode', (event) => setSimulating(event.active === true));
    // The properties panel's "Select" / "Change" of a template opens Lotflow's step chooser.
    eventBus.on('elementTemplates.select', (event) => openChooserRef.current(event.element));
    let cancelled = false;
    created
      .importXML(initial.bpmnXml)
      .then(() => {
        if (!cancelled) {
          getService(created, 'canvas').zoom('fit-viewport', 'auto');
          setModeler(created);
        }
      })
      .catch((error: unknown) => {
        if (!cancelled) {
          setMessage({ tone: 'critical', text: t('designer.message.loadFailed', { reason: error instanceof Error ? error.message : String(error) }) });
        }
      });
    return () => {
      cancelled = true;
      created.destroy();
    };
    // The modeler is built once per page; later content arrives through importXML.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The steps and the lint context come from the api once the canvas is ready.
  useEffect(() => {
    if (modeler === null) {
      return;
    }
    let cancelled = false;
    void loadStepCatalogAction().then((result) => {
      if (cancelled) {
        return;
      }
      if (result.outcome !== 'ok') {
        reportFailureRef.current(result, 'steps');
        return;
      }
      getService(modeler, 'elementTemplatesLoader').setTemplates(localizeElementTemplates(result.data.templates, locale));
      getService(modeler, 'linting').setLinterConfig(createLinterConfig(result.data.lintContext, locale));
      setStepsLoaded(true);
    });
    return () => {
      cancelled = true;
    };
  }, [modeler, locale]);

  // Leaving with unsaved changes loses them: let the browser ask first.
  useEffect(() => {
    if (!dirty) {
      return;
    }
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  /** Every failed call ends here; a lost session goes back to sign-in and returns to this page. */
  const reportFailure = useCallback(
    (result: Exclude<ApiResult<unknown>, { outcome: 'ok' }>, prefix?: string) => {
      if (result.outcome === 'problem' && result.status === UNAUTHORIZED) {
        window.location.assign(signInPathFor(window.location.pathname));
        return;
      }
      const text = describeApiFailure(result, t);
      setMessage({ tone: 'critical', text: prefix === undefined ? text : `${prefix} ${text}` });
    },
    [t],
  );

  const reportFailureRef = useRef<(result: Exclude<ApiResult<unknown>, { outcome: 'ok' }>, during: 'steps') => void>(() => undefined);
  reportFailureRef.current = (result) => {
    if (result.outcome === 'problem' && result.status === UNAUTHORIZED) {
      reportFailure(result);
      return;
    }
    setMessage({ tone: 'critical', text: t('designer.steps.unavailable', { reason: describeApiFailure(result, t) }) });
  };

  openChooserRef.current = (element) => {
    if (modeler === null || !canEdit) {
      return;
    }
    if (!stepsLoaded) {
      setMessage({ tone: 'neutral', text: t('designer.steps.loading') });
      return;
    }
    const templates = element === undefined ? [] : getService(modeler, 'elementTemplates').getLatest(element);
    if (element === undefined || templates.length === 0) {
      setMessage({ tone: 'neutral', text: t('designer.steps.selectTask') });
      return;
    }
    setChooser({ element, templates });
  };

  const onChooseStep = (template: ElementTemplate) => {
    if (modeler === null || chooser === null) {
      return;
    }
    const stepName = template.metadata?.lotflow?.name[locale] ?? template.name;
    const applied = getService(modeler, 'elementTemplates').applyTemplate(chooser.element, template);
    // A task still without a name takes the step's: bpmnlint asks every task for a label.
    if (!applied.businessObject?.name) {
      getService(modeler, 'modeling').updateLabel(applied, stepName);
    }
    getService(modeler, 'selection').select(applied);
    setChooser(null);
    setTab('properties');
    setMessage({ tone: 'good', text: t('designer.steps.applied', { element: applied.businessObject?.name ?? applied.id, step: stepName }) });
  };

  const onOpenSteps = () => {
    if (modeler !== null) {
      openChooserRef.current(getService(modeler, 'selection').get()[0]);
    }
  };

  const refreshVersions = useCallback(async () => {
    const result = await listVersionsAction(processKey);
    if (result.outcome === 'ok') {
      setVersions(result.data);
    }
  }, [processKey]);

  const clearDiff = useCallback(() => {
    if (modeler !== null) {
      const canvas = getService(modeler, 'canvas');
      for (const change of markedRef.current) {
        canvas.removeMarker(change.id, DIFF_MARKERS[change.kind]);
      }
    }
    markedRef.current = [];
    setChanges(null);
  }, [modeler]);

  const showOnCanvas = useCallback(
    async (bpmnXml: string, nextBaseline: Baseline) => {
      if (modeler === null) {
        return false;
      }
      clearDiff();
      try {
        await modeler.importXML(bpmnXml);
        getService(modeler, 'canvas').zoom('fit-viewport', 'auto');
      } catch (error) {
        setMessage({ tone: 'critical', text: t('designer.message.loadFailed', { reason: error instanceof Error ? error.message : String(error) }) });
        return false;
      }
      setBaseline(nextBaseline);
      setDirty(false);
      return true;
    },
    [modeler, clearDiff, t],
  );

  const selectElement = useCallback(
    (elementId: string) => {
      if (modeler === null) {
        return;
      }
      const element = getService(modeler, 'elementRegistry').get(elementId);
      if (element !== undefined) {
        getService(modeler, 'selection').select(element);
        getService(modeler, 'canvas').scrollToElement(element);
      }
    },
    [modeler],
  );

  const run = useCallback(async (label: string, work: () => Promise<void>) => {
    setBusy(label);
    try {
      await work();
    } finally {
      setBusy(null);
    }
  }, []);

  /** Saves the canvas as the draft; true when it saved (issues or not). */
  const saveDraft = useCallback(async (): Promise<{ saved: boolean; issueCount: number }> => {
    if (modeler === null) {
      return { saved: false, issueCount: 0 };
    }
    const { xml } = await modeler.saveXML({ format: true });
    const result = await saveDraftAction(processKey, xml ?? '');
    if (result.outcome !== 'ok') {
      reportFailure(result);
      return { saved: false, issueCount: 0 };
    }
    const found = fromDraftIssues(result.data.issues);
    setIssues(found);
    setDirty(false);
    setBaseline({ kind: 'draft' });
    setMessage(
      found.length === 0
        ? { tone: 'good', text: t('designer.message.saved') }
        : { tone: 'critical', text: t('designer.message.savedWithIssues', { count: found.length }) },
    );
    if (found.length > 0) {
      setTab('issues');
    }
    await refreshVersions();
    return { saved: true, issueCount: found.length };
  }, [modeler, processKey, reportFailure, refreshVersions, t]);

  const onSave = () => run('save', async () => void (await saveDraft()));

  const onPublish = (reason: string) =>
    run('publish', async () => {
      // What is published is the draft at the api: bring it up to the canvas first.
      if (dirty || !hasDraft) {
        const { saved, issueCount } = await saveDraft();
        if (!saved || issueCount > 0) {
          setDialog(null);
          return;
        }
      }
      const result = await publishAction(processKey, reason);
      setDialog(null);
      if (result.outcome !== 'ok') {
        if (result.outcome === 'problem' && result.problem.errors !== undefined && result.problem.errors.length > 0) {
          setIssues(fromProblemEntries('publish', result.problem.errors));
          setTab('issues');
          setMessage({ tone: 'critical', text: t('designer.message.publishRefused') });
          return;
        }
        reportFailure(result);
        return;
      }
      setIssues([]);
      setBaseline({ kind: 'version', version: result.data.version });
      setMessage({ tone: 'good', text: t('designer.message.published', { version: result.data.version }) });
      setTab('versions');
      await refreshVersions();
    });

  const onRollBack = (version: number, reason: string) =>
    run('rollback', async () => {
      const result = await rollBackAction(processKey, version, reason);
      setDialog(null);
      if (result.outcome !== 'ok') {
        reportFailure(result);
        return;
      }
      await refreshVersions();
      if (!dirty || window.confirm(t('designer.confirm.discard'))) {
        await showOnCanvas(result.data.content.bpmnXml, { kind: 'version', version: result.data.version });
      }
      setMessage({ tone: 'good', text: t('designer.message.rolledBack', { version: result.data.version, basedOn: version }) });
    });

  const onDeploy = () =>
    run('deploy', async () => {
      const result = await deployLatestAction(processKey);
      if (result.outcome !== 'ok') {
        if (result.outcome === 'problem' && result.problem.errors !== undefined && result.problem.errors.length > 0) {
          setIssues(fromProblemEntries('deploy', result.problem.errors));
          setTab('issues');
          setMessage({ tone: 'critical', text: t('designer.message.deployRefused', { detail: result.problem.detail ?? result.problem.title }) });
          return;
        }
        reportFailure(result);
        return;
      }
      const { version, changed } = result.data;
      setMessage({ tone: 'good', text: changed ? t('designer.message.deployed', { version }) : t('designer.message.deployUnchanged', { version }) });
    });

  const onOpenVersion = (version: number) =>
    run('open', async () => {
      if (dirty && !window.confirm(t('designer.confirm.discard'))) {
        return;
      }
      const result = await loadVersionAction(processKey, version);
      if (result.outcome !== 'ok') {
        reportFailure(result);
        return;
      }
      const opened = await showOnCanvas(result.data.content.bpmnXml, version === 0 ? { kind: 'draft' } : { kind: 'version', version });
      if (opened && version !== 0) {
        setMessage({ tone: 'neutral', text: t('designer.message.opened', { version }) });
      }
    });

  const onCompare = (from: number, to: DiffSide) =>
    run('diff', async () => {
      if (modeler === null) {
        return;
      }
      const before = await loadVersionAction(processKey, from);
      if (before.outcome !== 'ok') {
        reportFailure(before);
        return;
      }
      let afterXml: string;
      if (to === 'canvas') {
        afterXml = (await modeler.saveXML()).xml ?? '';
        clearDiff();
      } else {
        // Only what is on the canvas can be marked: the newer side is shown there.
        if (dirty && !window.confirm(t('designer.confirm.discard'))) {
          return;
        }
        const after = await loadVersionAction(processKey, to);
        if (after.outcome !== 'ok') {
          reportFailure(after);
          return;
        }
        afterXml = after.data.content.bpmnXml;
        if (!(await showOnCanvas(afterXml, to === 0 ? { kind: 'draft' } : { kind: 'version', version: to }))) {
          return;
        }
      }
      const moddle = getService(modeler, 'moddle');
      const [parsedBefore, parsedAfter] = await Promise.all([
        moddle.fromXML(before.data.content.bpmnXml, 'bpmn:Definitions'),
        moddle.fromXML(afterXml, 'bpmn:Definitions'),
      ]);
      const found = diffBpmnDefinitions(parsedBefore.rootElement, parsedAfter.rootElement);
      const canvas = getService(modeler, 'canvas');
      const registry = getService(modeler, 'elementRegistry');
      const marked = found.filter((change) => change.kind !== 'removed' && registry.get(change.id) !== undefined);
      for (const change of marked) {
        canvas.addMarker(change.id, DIFF_MARKERS[change.kind]);
      }
      markedRef.current = marked;
      setChanges(found);
    });

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined || modeler === null) {
      return;
    }
    if (file.size > IMPORT_LIMIT_MEGABYTES * 1024 * 1024) {
      setMessage({ tone: 'critical', text: t('designer.message.importTooLarge', { file: file.name, megabytes: IMPORT_LIMIT_MEGABYTES }) });
      return;
    }
    if (dirty && !window.confirm(t('designer.confirm.discard'))) {
      return;
    }
    await run('import', async () => {
      clearDiff();
      try {
        const { warnings } = await modeler.importXML(await file.text());
        getService(modeler, 'canvas').zoom('fit-viewport', 'auto');
        setDirty(true);
        const first = warnings[0];
        setMessage(
          first === undefined
            ? { tone: 'neutral', text: t('designer.message.imported', { file: file.name }) }
            : { tone: 'critical', text: t('designer.message.importWarnings', { file: file.name, count: warnings.length, first: describeWarning(first) }) },
        );
      } catch (error) {
        setMessage({ tone: 'critical', text: t('designer.message.importFailed', { file: file.name, reason: error instanceof Error ? error.message : String(error) }) });
      }
    });
  };

  const onExport = async () => {
    if (modeler === null) {
      return;
    }
    const { xml } = await modeler.saveXML({ format: true });
    const url = URL.createObjectURL(new Blob([xml ?? ''], { type: 'application/xml' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${processKey}.bpmn`;
    link.click();
    URL.revokeObjectURL(url);
  };

  const onToggleSimulation = () => {
    if (modeler !== null) {
      getService(modeler, 'toggleMode').toggleMode();
    }
  };

  const ready = modeler !== null && busy === null;
  const stateLabel =
    baseline.kind === 'new'
      ? t('designer.state.new')
      : baseline.kind === 'draft'
        ? t('designer.state.draft')
        : t('designer.state.version', { version: baseline.version });

  return (
    <div className="designer" data-testid="designer" data-ready={modeler !== null} data-steps-ready={stepsLoaded} data-dirty={dirty} data-busy={busy ?? ''}>
      <div className="designer__bar">
        <div className="designer__identity">
          <Link href="/designer" className="designer__back">
            ← {t('designer.back')}
          </Link>
          <h1 className="designer__title">
            <code data-testid="designer-key">{processKey}</code>
          </h1>
          <div className="designer__states">
            <StatusBadge tone={baseline.kind === 'new' ? 'neutral' : baseline.kind === 'draft' ? 'warning' : 'good'}>
              <span data-testid="designer-state">{stateLabel}</span>
            </StatusBadge>
            {dirty && <StatusBadge tone="critical">{t('designer.state.unsaved')}</StatusBadge>}
            <span className="designer__latest" data-testid="designer-latest-version" data-version={latestVersion ?? ''}>
              {latestVersion === null ? t('designer.state.noneLatest') : t('designer.state.latest', { version: latestVersion })}
            </span>
          </div>
        </div>
        <div className="designer__toolbar" role="toolbar" aria-label={t('designer.title')}>
          <label className={`button button--secondary${ready ? '' : ' button--disabled'}`}>
            {t('designer.action.import')}
            <input
              ref={fileInputRef}
              type="file"
              accept=".bpmn,.xml,application/xml,text/xml"
              className="visually-hidden"
              onChange={onImport}
              disabled={!ready}
              data-testid="designer-import"
            />
          </label>
          <button type="button" className="button button--secondary" onClick={onExport} disabled={modeler === null} data-testid="designer-export">
            {t('designer.action.export')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            aria-pressed={simulating}
            onClick={onToggleSimulation}
            disabled={modeler === null}
            data-testid="designer-simulation-toggle"
          >
            <span className="toggle-dot" aria-hidden="true" />
            {t('designer.action.simulation')}
          </button>
          {canEdit && (
            <>
              <span className="designer__separator" aria-hidden="true" />
              <button type="button" className="button button--secondary" onClick={onOpenSteps} disabled={!ready || simulating} data-testid="designer-steps">
                {t('designer.action.steps')}
              </button>
              <button type="button" className="button button--secondary" onClick={onSave} disabled={!ready || simulating} data-testid="designer-save">
                {busy === 'save' ? t('designer.action.busy') : t('designer.action.save')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setDialog({ kind: 'publish' })}
                disabled={!ready || simulating || !(dirty || hasDraft)}
                data-testid="designer-publish"
              >
                {busy === 'publish' ? t('designer.action.busy') : t('designer.action.publish')}
              </button>
              <button
                type="button"
                className="button button--primary"
                onClick={onDeploy}
                disabled={!ready || latestVersion === null}
                data-testid="designer-deploy"
              >
                {busy === 'deploy' ? t('designer.action.busy') : t('designer.action.deploy')}
              </button>
            </>
          )}
        </div>
      </div>

      {message !== null && (
        <div className={`designer__message designer__message--${message.tone}`} role="status" data-testid="designer-message" data-tone={message.tone} data-sequence={message.sequence}>
          {message.text}
        </div>
      )}
      {!canEdit && <div className="designer__message designer__message--neutral">{t('designer.readOnly')}</div>}

      <div className="designer__body">
        <div className="designer__canvas" ref={canvasRef} data-testid="designer-canvas" />
        <aside className="designer-side">
          <div className="designer-side__tabs" role="tablist">
            {(['properties', 'issues', 'versions'] as const).map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                id={`designer-tab-${name}`}
                aria-selected={tab === name}
                aria-controls={`designer-panel-${name}`}
                className="designer-side__tab"
                onClick={() => setTab(name)}
                data-testid={`designer-tab-${name}`}
              >
                {t(`designer.tab.${name}`)}
                {name === 'issues' && issues.length > 0 && <span className="designer-side__count">{issues.length}</span>}
              </button>
            ))}
          </div>
          <div
            id="designer-panel-properties"
            role="tabpanel"
            aria-labelledby="designer-tab-properties"
            hidden={tab !== 'properties'}
            className="designer-side__panel designer-side__panel--properties"
            ref={propertiesRef}
            data-testid="designer-properties"
          />
          <div id="designer-panel-issues" role="tabpanel" aria-labelledby="designer-tab-issues" hidden={tab !== 'issues'} className="designer-side__panel" data-testid="designer-issues">
            <IssueList issues={issues} t={t} translateLintMessage={translateLintMessage} onSelectElement={selectElement} />
          </div>
          <div
            id="designer-panel-versions"
            role="tabpanel"
            aria-labelledby="designer-tab-versions"
            hidden={tab !== 'versions'}
            className="designer-side__panel"
            data-testid="designer-versions"
          >
            <DiffPanel versions={versions} changes={changes} t={t} busy={!ready} onCompare={onCompare} onClear={clearDiff} onSelectElement={selectElement} />
            <h3 className="designer-side__heading">{t('designer.tab.versions')}</h3>
            <VersionList
              versions={versions}
              t={t}
              locale={locale}
              canEdit={canEdit}
              busy={!ready}
              onOpen={onOpenVersion}
              onRollBack={(version) => setDialog({ kind: 'rollback', version })}
            />
          </div>
        </aside>
      </div>

      {chooser !== null && (
        <StepChooser
          elementLabel={chooser.element.businessObject?.name || chooser.element.id}
          templates={chooser.templates}
          currentTemplateId={modeler === null ? null : (getService(modeler, 'elementTemplates').get(chooser.element)?.id ?? null)}
          locale={locale}
          t={t}
          onChoose={onChooseStep}
          onCancel={() => setChooser(null)}
        />
      )}
      {dialog?.kind === 'publish' && (
        <ReasonDialog
          title={t('designer.publish.title', { key: processKey })}
          intro={t('designer.publish.intro')}
          label={t('designer.reason.label')}
          hint={t('designer.reason.hint')}
          confirmLabel={t('designer.reason.publish')}
          cancelLabel={t('designer.reason.cancel')}
          busy={busy !== null}
          onConfirm={onPublish}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'rollback' && (
        <ReasonDialog
          title={t('designer.rollback.title', { version: dialog.version })}
          intro={t('designer.rollback.intro', { version: dialog.version })}
          label={t('designer.reason.label')}
          hint={t('designer.reason.hint')}
          confirmLabel={t('designer.reason.rollback')}
          cancelLabel={t('designer.reason.cancel')}
          busy={busy !== null}
          onConfirm={(reason) => onRollBack(dialog.version, reason)}
          onCancel={() => setDialog(null)}
        />
      )}
    </div>
  );
}

/** bpmn-js types import warnings as strings; at run time they are errors. */
function describeWarning(warning: unknown): string {
  return warning instanceof Error ? warning.message : String(warning);
}
