export const DATA_QUALITY_TABS = ['duplicates', 'outliers', 'schema', 'snapshots'] as const;

export type DataQualityTab = (typeof DATA_QUALITY_TABS)[number];

export interface DataQualityView {
  readonly tab: DataQualityTab;
  /** The snapshots to compare, as chosen; the two latest when absent. */
  readonly from?: string;
  readonly to?: string;
}

const SNAPSHOT_ID = /^[0-9a-f-]{36}$/;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The page's query string: which check is shown and which snapshots are compared; anything else is ignored. */
export function readDataQualityView(params: Record<string, string | string[] | undefined>): DataQualityView {
  const tab = first(params.tab);
  const from = first(params.from);
  const to = first(params.to);
  return {
    tab: (DATA_QUALITY_TABS as readonly string[]).includes(tab ?? '') ? (tab as DataQualityTab) : 'duplicates',
    ...(from && SNAPSHOT_ID.test(from) ? { from } : {}),
    ...(to && SNAPSHOT_ID.test(to) ? { to } : {}),
  };
}

/** The page's address for a tab (and, on the snapshots tab, two snapshots). */
export function dataQualityHref(view: DataQualityView): string {
  const query = new URLSearchParams(view.tab === 'duplicates' ? {} : { tab: view.tab });
  if (view.from) query.set('from', view.from);
  if (view.to) query.set('to', view.to);
  const text = query.toString();
  return text ? `/data-quality?${text}` : '/data-quality';
}
