import type { ReactNode } from 'react';
import { StatusBadge } from '../../../shared/components/status-badge';
import { getRequestTranslator } from '../../../shared/i18n/get-request-locale';
import type { ComponentStatus } from '../api/health-report.shape';

interface ComponentCardProps {
  readonly testId: string;
  readonly title: string;
  readonly status: ComponentStatus;
  /** `<dt>`/`<dd>` pairs describing the component. */
  readonly children: ReactNode;
}

export async function ComponentCard({ testId, title, status, children }: ComponentCardProps) {
  const { t } = await getRequestTranslator();
  return (
    <li className={`component-card component-card--${status}`} data-testid={testId} data-status={status}>
      <div className="component-card__header">
        <h3 className="component-card__title">{title}</h3>
        <StatusBadge tone={status === 'up' ? 'good' : 'critical'}>{t(`component.status.${status}`)}</StatusBadge>
      </div>
      <dl className="component-card__facts">{children}</dl>
    </li>
  );
}
