import Link from 'next/link';
import type { Translate } from '../../../shared/i18n/create-translator';
import type { StartableProcess } from '../api/process-start.shape';
import './start.css';

interface StartListProps {
  readonly processes: readonly StartableProcess[];
  readonly t: Translate;
}

/** The processes the signed-in person may start, each with what it does and the form it asks for. */
export function StartList({ processes, t }: StartListProps) {
  if (processes.length === 0) {
    return (
      <section className="panel" data-testid="start-empty">
        <h2 className="panel__title">{t('start.empty.title')}</h2>
        <p className="panel__hint">{t('start.empty.hint')}</p>
      </section>
    );
  }
  return (
    <ul className="start-list" data-testid="start-list">
      {processes.map((process) => (
        <li key={process.key} className="panel start-list__item" data-testid="start-process" data-process-key={process.key}>
          <h2 className="panel__title">
            <Link href={`/start/${encodeURIComponent(process.key)}`}>{process.name ?? process.key}</Link>
          </h2>
          <p className="start-list__form">
            {t('start.list.form', { form: process.form.label })}
            {process.form.help && <span className="start-list__form-help"> {process.form.help}</span>}
          </p>
          {process.documentation && <p className="panel__hint start-list__documentation">{process.documentation}</p>}
          <Link href={`/start/${encodeURIComponent(process.key)}`} className="button button--primary" data-testid="start-open">
            {t('start.list.open', { form: process.form.label })}
          </Link>
        </li>
      ))}
    </ul>
  );
}
