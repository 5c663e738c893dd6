import type { ReactNode } from 'react';

interface CalloutProps {
  readonly tone: 'neutral' | 'critical';
  readonly title: string;
  readonly children?: ReactNode;
  readonly testId?: string;
}

export function Callout({ tone, title, children, testId }: CalloutProps) {
  return (
    <div className={`callout callout--${tone}`} data-testid={testId}>
      <p className="callout__title">{title}</p>
      {children}
    </div>
  );
}
