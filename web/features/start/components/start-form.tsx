'use client';

import './start.css';

import type { TypeDefinition } from '@lotflow/dictionary/browser';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { createTranslator } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';
import { RecordForm, type RecordSubmission, type RecordSubmitResult } from '../../../shared/record-form/components/record-form';
import type { RecordValues } from '../../../shared/record-form/utils/form-values';
import { startProcessAction } from '../actions/start-process.action';
import type { StartForm, StartResult } from '../api/process-start.shape';
import { describeStartFailure } from '../utils/describe-start-failure';

interface StartFormViewProps {
  readonly locale: Locale;
  readonly start: StartForm;
  /** Whether the person may open the instance in the operations view. */
  readonly canOpenInstance: boolean;
}

/**
 * The start form generated from the process's dictionary type. The request id is made once per
 * form: sending it again after a lost answer gives the instance already started, never a second one.
 */
export function StartFormView({ locale, start, canOpenInstance }: StartFormViewProps) {
  const t = useMemo(() => createTranslator(locale), [locale]);
  const [requestId] = useState(() => crypto.randomUUID());
  const [started, setStarted] = useState<StartResult | null>(null);

  const submit = async (submission: RecordSubmission): Promise<RecordSubmitResult> => {
    const answer = await startProcessAction(start.key, { requestId, values: submission.values });
    if (answer.outcome === 'ok') {
      setStarted(answer.data);
      return { outcome: 'saved' };
    }
    const errors = answer.outcome === 'problem' ? (answer.problem.errors ?? []).map((error) => ({ pointer: error.pointer, detail: error.detail })) : [];
    return { outcome: 'rejected', status: answer.outcome === 'problem' ? answer.status : 0, detail: describeStartFailure(answer, t), errors };
  };

  if (started) {
    return (
      <section className="panel start-done" data-testid="start-done" aria-live="polite">
        <h2 className="panel__title">{t('start.done.title', { process: start.name ?? start.key })}</h2>
        <p>
          {t('start.done.record', { form: start.form.label })} <code data-testid="start-done-record">{started.record.code}</code>
        </p>
        <p>
          {t('start.done.instance')} <code data-testid="start-done-instance">{started.instance.id}</code>
        </p>
        <div className="start-done__links">
          {canOpenInstance && (
            <Link href={`/operations/instances/${encodeURIComponent(started.instance.id)}`} className="button button--secondary" data-testid="start-done-open-instance">
              {t('start.done.openInstance')}
            </Link>
          )}
          <Link href="/inbox" className="button button--secondary" data-testid="start-done-inbox">
            {t('start.done.inbox')}
          </Link>
          <Link href="/start" className="button button--ghost">
            {t('start.done.back')}
          </Link>
        </div>
      </section>
    );
  }

  return (
    <section className="panel" aria-labelledby="start-form-heading">
      <h2 id="start-form-heading" className="panel__title">
        {start.form.label}
      </h2>
      <div data-testid="start-form">
        <RecordForm
          type={start.form.definition as TypeDefinition}
          initialValues={start.form.initialValues as RecordValues}
          mode="create"
          locale={locale}
          submitLabel={t('start.form.submit')}
          onSubmit={submit}
        />
      </div>
    </section>
  );
}
