import type { ApiResult } from '../../../shared/api/api-client';
import { Callout } from '../../../shared/components/callout';
import { formatDateTime } from '../../../shared/format/format-date-time';
import type { Translate } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';
import type { Snapshot, SnapshotDiff, SnapshotPage } from '../api/data-quality.shape';
import { describeApiFailure } from '../utils/describe-api-failure';
import { labelSnapshotTable } from '../utils/label-snapshot-table';
import { DataQualityPanel } from './data-quality-panel';
import { SnapshotDiffView } from './snapshot-diff-view';
import { TakeSnapshotButton } from './take-snapshot-button';

interface SnapshotPanelProps {
  readonly snapshots: SnapshotPage;
  /** The two compared, and what the api said; absent while there are fewer than two. */
  readonly comparison?: { readonly from: string; readonly to: string; readonly diff: ApiResult<SnapshotDiff> };
  readonly mayTake: boolean;
  readonly locale: Locale;
  readonly t: Translate;
}

/** Snapshots: take one now, the latest ones, and the difference between two of them chosen in a plain form. */
export function SnapshotPanel({ snapshots, comparison, mayTake, locale, t }: SnapshotPanelProps) {
  const takenBy = (snapshot: Snapshot) => (snapshot.trigger === 'scheduled' ? t('dataQuality.snapshots.scheduler') : snapshot.takenBy);
  const option = (snapshot: Snapshot) => `${formatDateTime(snapshot.takenAt, locale)} · ${takenBy(snapshot)}`;
  return (
    <>
      <DataQualityPanel
        id="snapshots-heading"
        title={t('dataQuality.snapshots.heading')}
        action={mayTake && <TakeSnapshotButton locale={locale} />}
        notes={
          <>
            <p className="data-quality__rule">{t('dataQuality.snapshots.rule')}</p>
            {snapshots.total > snapshots.items.length && <p className="data-quality__rule">{t('dataQuality.snapshots.more', { shown: snapshots.items.length, total: snapshots.total })}</p>}
          </>
        }
        empty={snapshots.items.length === 0 && { text: t('dataQuality.snapshots.empty'), testId: 'snapshots-empty' }}
      >
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('dataQuality.snapshots.column.takenAt')}</th>
              <th scope="col">{t('dataQuality.snapshots.column.takenBy')}</th>
              <th scope="col">{t('dataQuality.snapshots.column.rows')}</th>
            </tr>
          </thead>
          <tbody>
            {snapshots.items.map((snapshot) => (
              <tr key={snapshot.id} data-testid="snapshot-row" data-id={snapshot.id} data-trigger={snapshot.trigger}>
                <td>{formatDateTime(snapshot.takenAt, locale)}</td>
                <td>
                  {takenBy(snapshot)}
                  <span className="data-table__secondary">{t(`dataQuality.snapshots.trigger.${snapshot.trigger}`)}</span>
                </td>
                <td>
                  {Object.entries(snapshot.rowCounts)
                    .map(([table, rows]) => `${labelSnapshotTable(table, t)} ${rows}`)
                    .join(' · ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </DataQualityPanel>
      <section className="panel" aria-labelledby="diff-heading">
        <div className="panel__header">
          <h2 id="diff-heading" className="panel__title">
            {t('dataQuality.diff.heading')}
          </h2>
        </div>
        {comparison === undefined ? (
          <p className="data-quality__empty">{t('dataQuality.diff.needTwo')}</p>
        ) : (
          <>
            <form className="data-quality__chooser" method="get" action="/data-quality" data-testid="snapshot-diff-form">
              <input type="hidden" name="tab" value="snapshots" />
              {(['from', 'to'] as const).map((side) => (
                <label key={side} className="form-field">
                  <span className="form-field__label">{t(`dataQuality.diff.${side}`)}</span>
                  <select className="form-field__input" name={side} defaultValue={comparison[side]} data-testid={`snapshot-diff-${side}`}>
                    {snapshots.items.map((snapshot) => (
                      <option key={snapshot.id} value={snapshot.id}>
                        {option(snapshot)}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
              <button type="submit" className="button button--secondary" data-testid="snapshot-diff-submit">
                {t('dataQuality.diff.compare')}
              </button>
            </form>
            {comparison.diff.outcome === 'ok' ? (
              <SnapshotDiffView diff={comparison.diff.data} locale={locale} t={t} />
            ) : (
              <Callout tone="critical" title={t('dataQuality.unavailable')} testId="snapshot-diff-error">
                <p className="callout__lead">{describeApiFailure(comparison.diff, t)}</p>
              </Callout>
            )}
          </>
        )}
      </section>
    </>
  );
}
