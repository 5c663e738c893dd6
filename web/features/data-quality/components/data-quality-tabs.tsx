import Link from 'next/link';
import type { Translate } from '../../../shared/i18n/create-translator';
import { DATA_QUALITY_TABS, dataQualityHref, type DataQualityTab } from '../utils/read-data-quality-view';

interface DataQualityTabsProps {
  readonly current: DataQualityTab;
  /** What each tab holds, when it could be loaded. */
  readonly counts: Readonly<Partial<Record<DataQualityTab, number>>>;
  readonly t: Translate;
}

/** The four checks as links, so each is a page of its own that works without JavaScript. */
export function DataQualityTabs({ current, counts, t }: DataQualityTabsProps) {
  return (
    <nav className="data-quality-tabs" aria-label={t('dataQuality.tabs.label')}>
      {DATA_QUALITY_TABS.map((tab) => (
        <Link
          key={tab}
          href={dataQualityHref({ tab })}
          className={`data-quality-tabs__tab${tab === current ? ' data-quality-tabs__tab--current' : ''}`}
          aria-current={tab === current ? 'page' : undefined}
          data-testid="data-quality-tab"
          data-tab={tab}
        >
          {t(`dataQuality.tab.${tab}`)}
          {counts[tab] !== undefined && (
            <span className={`data-quality-tabs__count${counts[tab]! > 0 && tab !== 'snapshots' ? ' data-quality-tabs__count--found' : ''}`} data-testid="data-quality-tab-count">
              {counts[tab]}
            </span>
          )}
        </Link>
      ))}
    </nav>
  );
}
