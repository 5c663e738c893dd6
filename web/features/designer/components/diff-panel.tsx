'use client';

import { useState } from 'react';
import type { Translate } from '../../../shared/i18n/create-translator';
import type { ProcessModelVersionSummary } from '../api/process-model.shape';
import type { ElementChange } from '../utils/diff-bpmn-definitions';

/** A version number (0 = the draft), or what is on the canvas now. */
export type DiffSide = number | 'canvas';

interface DiffPanelProps {
  readonly versions: readonly ProcessModelVersionSummary[];
  readonly changes: readonly ElementChange[] | null;
  readonly t: Translate;
  readonly busy: boolean;
  onCompare(from: number, to: DiffSide): void;
  onClear(): void;
  onSelectElement(elementId: string): void;
}

/** Compares two versions element by element; the result is marked on the canvas. */
export function DiffPanel({ versions, changes, t, busy, onCompare, onClear, onSelectElement }: DiffPanelProps) {
  const [from, setFrom] = useState<number | undefined>(undefined);
  const [to, setTo] = useState<DiffSide>('canvas');
  const label = (version: number) => (version === 0 ? t('designer.versions.draftLabel') : t('designer.versions.versionLabel', { version }));
  const selectedFrom = from ?? versions.find((version) => version.version !== 0)?.version ?? versions[0]?.version;

  if (versions.length === 0) {
    return null;
  }
  const counts = { added: 0, changed: 0, removed: 0 };
  for (const change of changes ?? []) {
    counts[change.kind] += 1;
  }

  return (
    <section className="diff-panel" aria-labelledby="diff-heading" data-testid="designer-diff">
      <h3 id="diff-heading" className="designer-side__heading">
        {t('designer.diff.heading')}
      </h3>
      <div className="diff-panel__controls">
        <label className="diff-panel__field">
          <span>{t('designer.diff.from')}</span>
          <select
            className="form-field__input"
            value={selectedFrom}
            onChange={(event) => setFrom(Number(event.target.value))}
            data-testid="designer-diff-from"
          >
            {versions.map((version) => (
              <option key={version.version} value={version.version}>
                {label(version.version)}
              </option>
            ))}
          </select>
        </label>
        <label className="diff-panel__field">
          <span>{t('designer.diff.to')}</span>
          <select
            className="form-field__input"
            value={String(to)}
            onChange={(event) => setTo(event.target.value === 'canvas' ? 'canvas' : Number(event.target.value))}
            data-testid="designer-diff-to"
          >
            <option value="canvas">{t('designer.diff.canvas')}</option>
            {versions.map((version) => (
              <option key={version.version} value={version.version}>
                {label(version.version)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="diff-panel__buttons">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={busy || selectedFrom === undefined}
          onClick={() => selectedFrom !== undefined && onCompare(selectedFrom, to)}
          data-testid="designer-diff-compare"
        >
          {t('designer.diff.compare')}
        </button>
        {changes !== null && (
          <button type="button" className="button button--ghost button--small" onClick={onClear}>
            {t('designer.diff.clear')}
          </button>
        )}
      </div>
      {changes !== null && (
        <div className="diff-panel__result" data-testid="designer-diff-result">
          {changes.length === 0 ? (
            <p className="designer-side__empty">{t('designer.diff.none')}</p>
          ) : (
            <>
              <p className="diff-panel__summary">{t('designer.diff.summary', counts)}</p>
              <ul className="diff-list">
                {changes.map((change) => (
                  <li key={`${change.kind}-${change.id}`}>
                    <button
                      type="button"
                      className={`diff-list__item diff-list__item--${change.kind}`}
                      disabled={change.kind === 'removed'}
                      onClick={() => onSelectElement(change.id)}
                      data-testid="designer-diff-change"
                      data-kind={change.kind}
                      data-element-id={change.id}
                    >
                      <span className="diff-list__kind">{t(`designer.diff.kind.${change.kind}`)}</span>
                      <span className="diff-list__name">{change.name ?? change.id}</span>
                      <code className="diff-list__type">
                        {change.type.replace(/^bpmn:/, '')} · {change.id}
                      </code>
                      {change.changedProperties.length > 0 && (
                        <span className="diff-list__properties">
                          {t('designer.diff.changedProperties', { properties: change.changedProperties.join(', ') })}
                        </span>
                      )}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="designer-side__hint">{t('designer.diff.hint')}</p>
        </div>
      )}
    </section>
  );
}
