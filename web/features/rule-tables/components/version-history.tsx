'use client';

import { useState } from 'react';
import { StatusBadge, type StatusTone } from '../../../shared/components/status-badge';
import { formatDateTime } from '../../../shared/format/format-date-time';
import type { MessageKey, Translate } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';
import type { RuleTableDocument, RuleTableVersionSummary, VersionDiff } from '../api/rule-table.shape';
import { describeChangePath, type ChangePlace } from '../utils/describe-change-path';
import styles from './rule-table-editor.module.css';

const STATUS_TONE: Readonly<Record<RuleTableVersionSummary['status'], StatusTone>> = {
  draft: 'warning',
  published: 'good',
  superseded: 'neutral',
};

/** A diff with both sides' tables, so each change can be named by row and column. */
export interface ShownDiff {
  readonly diff: VersionDiff;
  readonly before: RuleTableDocument | undefined;
  readonly after: RuleTableDocument | undefined;
}

interface VersionHistoryProps {
  readonly versions: readonly RuleTableVersionSummary[];
  readonly shownDiff: ShownDiff | null;
  readonly locale: Locale;
  readonly t: Translate;
  readonly canEdit: boolean;
  readonly busy: boolean;
  onOpen(version: number): void;
  onRollBack(version: number): void;
  onCompare(from: number, to: number): void;
}

/** Table-level properties a diff can name, by their path in the table. */
const TABLE_PROPERTIES: Readonly<Record<string, MessageKey | undefined>> = {
  'name/en': 'ruleTables.settings.nameEn',
  'name/zh-CN': 'ruleTables.settings.nameZh',
  hitPolicy: 'ruleTables.settings.hitPolicy',
  aggregation: 'ruleTables.settings.aggregation',
};

const show = (value: unknown) => (value === undefined ? '∅' : typeof value === 'string' ? value : JSON.stringify(value));

function describePlace(place: ChangePlace, t: Translate): string {
  switch (place.kind) {
    case 'cell':
    case 'output':
      return t('ruleTables.diff.cell', { number: place.rowNumber, id: place.rowId, column: place.column });
    case 'row':
      return t('ruleTables.diff.row', { number: place.rowNumber, id: place.rowId });
    case 'input':
    case 'output-column':
      return t('ruleTables.diff.column', { column: place.column });
    case 'table':
      return t('ruleTables.diff.table', { property: TABLE_PROPERTIES[place.property] === undefined ? place.property : t(TABLE_PROPERTIES[place.property]!) });
  }
}

/** Every version, newest first, with who published it, when and why; compare two; roll back to an earlier one. */
export function VersionHistory({ versions, shownDiff, locale, t, canEdit, busy, onOpen, onRollBack, onCompare }: VersionHistoryProps) {
  const numbers = versions.map((version) => version.version);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const chosenFrom = from ?? numbers[1] ?? numbers[0] ?? null;
  const chosenTo = to ?? numbers[0] ?? null;
  const label = (version: number) => (version === 0 ? t('ruleTables.versions.draft') : t('ruleTables.versions.version', { version }));

  return (
    <div className={styles.history}>
      {numbers.length >= 2 && (
        <div className={styles.diffControls} data-testid="rule-diff-controls">
          <label>
            {t('ruleTables.diff.from')}
            <select value={chosenFrom ?? ''} onChange={(event) => setFrom(Number(event.target.value))} data-testid="rule-diff-from">
              {numbers.map((number) => (
                <option key={number} value={number}>
                  {label(number)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('ruleTables.diff.to')}
            <select value={chosenTo ?? ''} onChange={(event) => setTo(Number(event.target.value))} data-testid="rule-diff-to">
              {numbers.map((number) => (
                <option key={number} value={number}>
                  {label(number)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={busy || chosenFrom === null || chosenTo === null || chosenFrom === chosenTo}
            onClick={() => chosenFrom !== null && chosenTo !== null && onCompare(chosenFrom, chosenTo)}
            data-testid="rule-diff-compare"
          >
            {t('ruleTables.diff.compare')}
          </button>
        </div>
      )}
      {shownDiff !== null && (
        <div className={styles.diffResult} data-testid="rule-diff">
          <p className={styles.diffSummary}>
            {t('ruleTables.diff.summary', { from: label(shownDiff.diff.from), to: label(shownDiff.diff.to), count: shownDiff.diff.changes.length })}
          </p>
          <ul className={styles.diffList}>
            {shownDiff.diff.changes.map((change, index) => (
              <li key={index} className={`${styles.diffItem} ${styles[`diff-${change.op}`]}`} data-testid="rule-diff-change" data-op={change.op} data-path={change.path}>
                <span className={styles.diffPlace}>{describePlace(describeChangePath(change.path, shownDiff.after, shownDiff.before, locale), t)}</span>
                <span className={styles.diffValues}>
                  {change.op !== 'add' && <del>{show(change.before)}</del>}
                  {change.op !== 'remove' && <ins>{show(change.after)}</ins>}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {versions.length === 0 ? (
        <p className={styles.sideEmpty}>{t('ruleTables.versions.empty')}</p>
      ) : (
        <ol className="version-list" data-testid="rule-versions">
          {versions.map((version) => (
            <li key={version.version} className="version-list__item" data-testid="rule-version" data-version={version.version} data-status={version.status}>
              <div className="version-list__header">
                <span className="version-list__number">{label(version.version)}</span>
                <StatusBadge tone={STATUS_TONE[version.status]}>{t(`ruleTables.versions.status.${version.status}`)}</StatusBadge>
              </div>
              <p className="version-list__meta">
                {t('ruleTables.versions.by', { who: version.publishedBy ?? version.createdBy, when: formatDateTime(version.publishedAt ?? version.createdAt, locale) })}
              </p>
              {version.reason !== null && <p className="version-list__reason">{version.reason}</p>}
              {(version.signatures ?? []).map((signature) => (
                <p key={signature.signedAt} className="version-list__meta" data-testid="rule-version-signature" data-state={signature.state}>
                  {t('ruleTables.versions.signed', { name: signature.printedName, when: formatDateTime(signature.signedAt, locale) })}
                </p>
              ))}
              {version.basedOnVersion !== null && <p className="version-list__meta">{t('ruleTables.versions.basedOn', { version: version.basedOnVersion })}</p>}
              <div className="version-list__actions">
                <button type="button" className="button button--secondary button--small" onClick={() => onOpen(version.version)} disabled={busy} data-testid="rule-version-open">
                  {t('ruleTables.versions.open')}
                </button>
                {canEdit && version.status === 'superseded' && (
                  <button type="button" className="button button--secondary button--small" onClick={() => onRollBack(version.version)} disabled={busy} data-testid="rule-version-rollback">
                    {t('ruleTables.versions.rollback')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
