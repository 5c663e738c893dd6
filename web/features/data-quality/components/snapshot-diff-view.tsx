import Link from 'next/link';
import { formatDateTime } from '../../../shared/format/format-date-time';
import type { Translate } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';
import type { SnapshotDiff } from '../api/data-quality.shape';
import { formatSnapshotValue } from '../utils/format-snapshot-value';
import { labelSnapshotTable } from '../utils/label-snapshot-table';
import { linkSnapshotRow } from '../utils/link-snapshot-row';

interface SnapshotDiffViewProps {
  readonly diff: SnapshotDiff;
  readonly locale: Locale;
  readonly t: Translate;
}

/** The fields that say at a glance which row was added or removed. */
const SUMMARY_FIELDS = ['name', 'status', 'material', 'location', 'onHand'];

function RowKey({ table, rowKey, t }: { table: string; rowKey: string; t: Translate }) {
  const link = linkSnapshotRow(table, rowKey);
  if (!link) return <code>{rowKey}</code>;
  return (
    <Link className="data-table__link" href={link.href} title={link.kind === 'trace' ? t('dataQuality.trace') : undefined} data-testid="snapshot-diff-link">
      {rowKey}
    </Link>
  );
}

/** What changed between two snapshots, table by table: rows added and removed, changed rows field by field. */
export function SnapshotDiffView({ diff, locale, t }: SnapshotDiffViewProps) {
  const summary = (row: Record<string, unknown>) =>
    SUMMARY_FIELDS.filter((field) => row[field] !== undefined)
      .map((field) => formatSnapshotValue(row[field], t))
      .join(' · ');
  return (
    <div className="data-quality__diff" data-testid="snapshot-diff" data-from={diff.from.id} data-to={diff.to.id}>
      <p className="data-quality__rule">{t('dataQuality.diff.summary', { from: formatDateTime(diff.from.takenAt, locale), to: formatDateTime(diff.to.takenAt, locale) })}</p>
      {diff.tables.length === 0 && (
        <p className="data-quality__empty" data-testid="snapshot-diff-none">
          {t('dataQuality.diff.none')}
        </p>
      )}
      {diff.tables.map((table) => (
        <section key={table.table} className="data-quality__diff-table" data-testid="snapshot-diff-table" data-table={table.table} aria-label={labelSnapshotTable(table.table, t)}>
          <h3 className="data-quality__diff-heading">
            {labelSnapshotTable(table.table, t)}{' '}
            <span className="data-quality__diff-counts">{t('dataQuality.diff.counts', { added: table.added.length, removed: table.removed.length, changed: table.changed.length })}</span>
          </h3>
          <div className="table-scroller">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col" />
                  <th scope="col" />
                  <th scope="col">{t('dataQuality.diff.field')}</th>
                  <th scope="col">{t('dataQuality.diff.before')}</th>
                  <th scope="col">{t('dataQuality.diff.after')}</th>
                </tr>
              </thead>
              <tbody>
                {(['added', 'removed'] as const).flatMap((change) =>
                  table[change].map((row) => (
                    <tr key={`${change}:${row.key}`} data-testid="snapshot-diff-row" data-change={change} data-key={row.key}>
                      <td>
                        <span className={`data-quality__change data-quality__change--${change}`}>{t(`dataQuality.diff.${change}`)}</span>
                      </td>
                      <td>
                        <RowKey table={table.table} rowKey={row.key} t={t} />
                      </td>
                      <td colSpan={3}>{summary(row.row)}</td>
                    </tr>
                  )),
                )}
                {table.changed.flatMap((row) =>
                  row.fields.map((field, index) => (
                    <tr key={`changed:${row.key}:${field.field}`} data-testid="snapshot-diff-row" data-change="changed" data-key={row.key} data-field={field.field}>
                      <td>{index === 0 && <span className="data-quality__change data-quality__change--changed">{t('dataQuality.diff.changed')}</span>}</td>
                      <td>{index === 0 && <RowKey table={table.table} rowKey={row.key} t={t} />}</td>
                      <td data-testid="snapshot-diff-field">
                        {field.label ? (
                          <>
                            {field.label[locale]}
                            <span className="data-table__secondary">{field.field}</span>
                          </>
                        ) : (
                          <code>{field.field}</code>
                        )}
                      </td>
                      <td className={field.before === undefined ? 'data-quality__absent' : 'data-quality__before'} data-testid="snapshot-diff-before">
                        {formatSnapshotValue(field.before, t)}
                      </td>
                      <td className={field.after === undefined ? 'data-quality__absent' : 'data-quality__after'} data-testid="snapshot-diff-after">
                        {formatSnapshotValue(field.after, t)}
                      </td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      {diff.onlyInFrom.length + diff.onlyInTo.length > 0 && (
        <p className="data-quality__rule">{t('dataQuality.diff.notCompared', { tables: [...diff.onlyInFrom, ...diff.onlyInTo].map((table) => labelSnapshotTable(table, t)).join(', ') })}</p>
      )}
    </div>
  );
}
