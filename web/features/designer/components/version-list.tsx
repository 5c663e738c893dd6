'use client';

import { StatusBadge, type StatusTone } from '../../../shared/components/status-badge';
import { formatDateTime } from '../../../shared/format/format-date-time';
import type { Translate } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';
import type { ProcessModelVersionSummary } from '../api/process-model.shape';

const STATUS_TONE: Readonly<Record<ProcessModelVersionSummary['status'], StatusTone>> = {
  draft: 'warning',
  published: 'good',
  superseded: 'neutral',
};

interface VersionListProps {
  readonly versions: readonly ProcessModelVersionSummary[];
  readonly t: Translate;
  readonly locale: Locale;
  readonly canEdit: boolean;
  readonly busy: boolean;
  onOpen(version: number): void;
  onRollBack(version: number): void;
}

/** Every version, newest first: who, when and why; any earlier one can be opened or rolled back to. */
export function VersionList({ versions, t, locale, canEdit, busy, onOpen, onRollBack }: VersionListProps) {
  if (versions.length === 0) {
    return <p className="designer-side__empty">{t('designer.versions.empty')}</p>;
  }
  return (
    <ol className="version-list" data-testid="designer-version-list">
      {versions.map((version) => {
        const when = version.publishedAt ?? version.createdAt;
        return (
          <li key={version.version} className="version-list__item" data-testid="designer-version" data-version={version.version} data-status={version.status}>
            <div className="version-list__header">
              <span className="version-list__number">
                {version.version === 0 ? t('designer.versions.draftLabel') : t('designer.versions.versionLabel', { version: version.version })}
              </span>
              <StatusBadge tone={STATUS_TONE[version.status]}>{t(`designer.versions.status.${version.status}`)}</StatusBadge>
            </div>
            <p className="version-list__meta">
              {t('designer.versions.by', { who: version.publishedBy ?? version.createdBy, when: formatDateTime(when, locale) })}
            </p>
            {version.reason !== null && <p className="version-list__reason">{version.reason}</p>}
            {version.basedOnVersion !== null && (
              <p className="version-list__meta">{t('designer.versions.basedOn', { version: version.basedOnVersion })}</p>
            )}
            <div className="version-list__actions">
              <button type="button" className="button button--secondary button--small" onClick={() => onOpen(version.version)} disabled={busy}>
                {t('designer.versions.open')}
              </button>
              {canEdit && version.status === 'superseded' && (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => onRollBack(version.version)}
                  disabled={busy}
                  data-testid="designer-rollback"
                >
                  {t('designer.versions.rollback')}
                </button>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
