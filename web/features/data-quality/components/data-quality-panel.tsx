import type { ReactNode } from 'react';

interface DataQualityPanelProps {
  readonly id: string;
  readonly title: string;
  /** How the check decides, and what it found, above the list. */
  readonly notes: ReactNode;
  /** A control at the end of the header. */
  readonly action?: ReactNode;
  /** Said instead of the table when there is nothing to list. */
  readonly empty?: { readonly text: string; readonly testId: string } | false;
  /** The table. */
  readonly children?: ReactNode;
}

/** One check of the screen: a heading, how it decides, then its table or the sentence saying it found nothing. */
export function DataQualityPanel({ id, title, notes, action, empty, children }: DataQualityPanelProps) {
  return (
    <section className="panel" aria-labelledby={id}>
      <div className="panel__header">
        <h2 id={id} className="panel__title">
          {title}
        </h2>
        {action}
      </div>
      {notes}
      {empty ? (
        <p className="data-quality__empty" data-testid={empty.testId}>
          {empty.text}
        </p>
      ) : (
        <div className="table-scroller">{children}</div>
      )}
    </section>
  );
}
