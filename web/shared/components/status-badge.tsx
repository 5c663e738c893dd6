import type { ReactNode } from 'react';

export type StatusTone = 'good' | 'warning' | 'critical' | 'neutral';

interface StatusBadgeProps {
  readonly tone: StatusTone;
  readonly children: ReactNode;
}

/** A colored pill; the color repeats what the text says, it never carries meaning alone. */
export function StatusBadge({ tone, children }: StatusBadgeProps) {
  return (
    <span className={`status-badge status-badge--${tone}`}>
      <span className="status-badge__dot" aria-hidden="true" />
      {children}
    </span>
  );
}
