'use client';

import './inbox.css';
import type { TypeDefinition } from '@lotflow/dictionary/browser';
import Link from 'next/link';
import { useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { StatusBadge } from '../../../shared/components/status-badge';
import { formatDateTime } from '../../../shared/format/format-date-time';
import { createTranslator, isMessageKey, type Translate } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';
import { RecordForm, type RecordSubmission, type RecordSubmitResult } from '../../../shared/record-form/components/record-form';
import type { RecordValues } from '../../../shared/record-form/utils/form-values';
import { changeTaskAction, completeTaskAction } from '../actions/task.action';
import type { TaskChange } from '../api/task-requests';
import type { Candidate, Completion, Signature, TaskDetail } from '../api/task.shape';
import { describeTaskFailure } from '../utils/describe-task-failure';
import { toDateTimeLocal, fromDateTimeLocal } from '../utils/date-time-local';
import { SignatureDialog, type SignatureOutcome } from './signature-dialog';

export interface TaskDetailViewProps {
  readonly locale: Locale;
  readonly initialTask: TaskDetail;
  readonly candidates: readonly Candidate[];
  /** The signed-in user's printed name, shown in the signature dialog. */
  readonly signerName: string;
  /** The process context (diagram and history), shown under the work. */
  readonly children?: ReactNode;
}

type Message = { readonly tone: 'good' | 'critical'; readonly text: string; readonly sequence: number };
type PendingSignature = { readonly submission: RecordSubmission; readonly resolve: (result: RecordSubmitResult) => void };

export function meaningLabel(meaning: string, t: Translate): string {
  const key = `inbox.meaning.${meaning}`;
  return isMessageKey(key) ? t(key) : meaning;
}

/**
 * One task: who has it, what it is about, its form (generated from the dictionary type it names,
 * checked in the browser as the api checks it), and — when the step is signed — the signature.
 */
export function TaskDetailView({ locale, initialTask, candidates, signerName, children }: TaskDetailViewProps) {
  const t = useMemo(() => createTranslator(locale), [locale]);
  const [task, setTask] = useState(initialTask);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const sequence = useRef(0);
  const [completion, setCompletion] = useState<Completion | null>(null);
  const [pending, setPending] = useState<PendingSignature | null>(null);
  const [assignee, setAssignee] = useState('');
  const [comment, setComment] = useState('');
  const [due, setDue] = useState(toDateTimeLocal(initialTask.due));
  const [followUp, setFollowUp] = useState(toDateTimeLocal(initialTask.followUp));

  const say = (tone: Message['tone'], text: string) => {
    sequence.current += 1;
    setMessage({ tone, text, sequence: sequence.current });
  };

  const change = async (next: TaskChange, success: string) => {
    setBusy(true);
    try {
      const result = await changeTaskAction(task.id, next);
      if (result.outcome === 'ok') {
        setTask(result.data);
        say('good', success);
        return true;
      }
      say('critical', describeTaskFailure(result, t));
      return false;
    } finally {
      setBusy(false);
    }
  };

  /** Completes the task; a signed step waits for the signature dialog first. */
  const submitForm = (submission: RecordSubmission): Promise<RecordSubmitResult> => {
    if (task.signature) {
      return new Promise((resolve) => setPending({ submission, resolve }));
    }
    return complete(submission.values, undefined).then((outcome) => outcome.result);
  };

  const complete = async (
    values: RecordValues,
    signature: { password: string; meaning: string } | undefined,
  ): Promise<{ result: RecordSubmitResult; signatureError?: string }> => {
    const answer = await completeTaskAction(task.id, { values, ...(signature ? { signature } : {}) });
    if (answer.outcome === 'ok') {
      setCompletion(answer.data);
      return { result: { outcome: 'saved' } };
    }
    if (answer.outcome === 'problem' && answer.problem.type?.endsWith('/signature-rejected')) {
      return { result: { outcome: 'rejected', status: answer.status, detail: answer.problem.detail ?? answer.problem.title, errors: [] }, signatureError: answer.problem.detail ?? answer.problem.title };
    }
    const errors = answer.outcome === 'problem' ? (answer.problem.errors ?? []).map((error) => ({ pointer: error.pointer, detail: error.detail })) : [];
    return { result: { outcome: 'rejected', status: answer.outcome === 'problem' ? answer.status : 0, detail: describeTaskFailure(answer, t), errors } };
  };

  const onSign = async (password: string): Promise<SignatureOutcome> => {
    if (!pending || !task.signature) return { outcome: 'closed' };
    const { result, signatureError } = await complete(pending.submission.values, { password, meaning: task.signature.meaning });
    if (signatureError !== undefined) {
      // A wrong password completes nothing: the dialog stays open for another try.
      return { outcome: 'refused', message: signatureError };
    }
    pending.resolve(result);
    setPending(null);
    return { outcome: 'closed' };
  };

  const onCancelSignature = () => {
    pending?.resolve({ outcome: 'rejected', status: 0, detail: t('inbox.signature.cancelled'), errors: [] });
    setPending(null);
  };

  if (completion) {
    return (
      <section className="panel task-done" data-testid="task-completed" aria-live="polite">
        <h2 className="panel__title">{t('inbox.completed.title')}</h2>
        {completion.record && (
          <p>
            {t('inbox.completed.record', { type: completion.record.type, code: completion.record.code })} <code data-testid="task-completed-record">{completion.record.code}</code>
          </p>
        )}
        {completion.signature && (
          <p data-testid="task-completed-signature">
            {t('inbox.signature.manifestation', {
              name: completion.signature.printedName,
              time: formatDateTime(completion.signature.signedAt, locale),
              meaning: meaningLabel(completion.signature.meaning, t),
            })}
          </p>
        )}
        <Link href="/inbox" className="button button--primary" data-testid="task-back-to-inbox">
          {t('inbox.completed.back')}
        </Link>
      </section>
    );
  }

  const form = task.form;
  const formAvailable = form !== null && task.allowed.complete;

  return (
    <div className="task-detail" data-testid="task-detail" data-task-id={task.id} data-assignee={task.assignee ?? ''} data-busy={busy ? 'true' : ''}>
      {message && (
        <p className={`task-detail__message task-detail__message--${message.tone}`} role="status" data-testid="task-message" data-sequence={message.sequence}>
          {message.text}
        </p>
      )}
      <section className="panel" aria-labelledby="task-work-heading">
        <div className="panel__header">
          <h2 id="task-work-heading" className="panel__title">
            {t('inbox.detail.work')}
          </h2>
          {task.assignee ? (
            <StatusBadge tone="good">{t('inbox.detail.assignedTo', { user: task.assignee })}</StatusBadge>
          ) : (
            <StatusBadge tone="warning">{t('inbox.unclaimed')}</StatusBadge>
          )}
        </div>
        <div className="task-actions">
          {task.allowed.claim && (
            <button type="button" className="button button--primary" disabled={busy} data-testid="task-claim" onClick={() => void change({ kind: 'claim' }, t('inbox.message.claimed'))}>
              {t('inbox.action.claim')}
            </button>
          )}
          {task.allowed.unclaim && (
            <button type="button" className="button button--secondary" disabled={busy} data-testid="task-unclaim" onClick={() => void change({ kind: 'unclaim' }, t('inbox.message.unclaimed'))}>
              {t('inbox.action.unclaim')}
            </button>
          )}
          {task.allowed.assign && candidates.length > 0 && (
            <form
              className="task-actions__inline"
              onSubmit={(event: FormEvent) => {
                event.preventDefault();
                if (assignee) void change({ kind: 'assign', username: assignee }, t('inbox.message.assigned', { user: assignee }));
              }}
            >
              <label className="form-field">
                <span className="form-field__label">{t('inbox.action.assignTo')}</span>
                <select className="form-field__input" value={assignee} onChange={(event) => setAssignee(event.target.value)} data-testid="task-assignee">
                  <option value="">{t('inbox.action.choose')}</option>
                  {candidates.map((candidate) => (
                    <option key={candidate.username} value={candidate.username}>
                      {candidate.displayName} ({candidate.username})
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="button button--secondary" disabled={busy || !assignee} data-testid="task-assign">
                {t('inbox.action.assign')}
              </button>
            </form>
          )}
        </div>
        {task.description && <p className="panel__hint">{task.description}</p>}
        {form === null ? (
          <p className="panel__hint" data-testid="task-no-form">
            {t('inbox.detail.noForm')}
          </p>
        ) : (
          <>
            {!formAvailable && (
              <p className="panel__hint" data-testid="task-claim-first">
                {t('inbox.detail.claimFirst')}
              </p>
            )}
            {task.signature && (
              <p className="task-signature-note" data-testid="task-signature-required">
                {t('inbox.signature.required', { meaning: meaningLabel(task.signature.meaning, t) })}
              </p>
            )}
            <div data-testid="task-form">
              <RecordForm
                key={`${task.id}-${task.assignee ?? ''}`}
                type={form.definition as TypeDefinition}
                initialValues={form.initialValues as RecordValues}
                mode="create"
                locale={locale}
                readOnly={!formAvailable}
                submitLabel={task.signature ? t('inbox.action.signAndComplete') : t('inbox.action.complete')}
                onSubmit={submitForm}
              />
            </div>
          </>
        )}
      </section>

      {children}

      <section className="panel" aria-labelledby="task-dates-heading">
        <h2 id="task-dates-heading" className="panel__title">
          {t('inbox.detail.dates')}
        </h2>
        <form
          className="task-actions"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            void change({ kind: 'dates', due: fromDateTimeLocal(due), followUp: fromDateTimeLocal(followUp) }, t('inbox.message.datesSaved'));
          }}
        >
          <label className="form-field">
            <span className="form-field__label">{t('inbox.column.due')}</span>
            <input type="datetime-local" className="form-field__input" value={due} onChange={(event) => setDue(event.target.value)} data-testid="task-due" />
          </label>
          <label className="form-field">
            <span className="form-field__label">{t('inbox.column.followUp')}</span>
            <input type="datetime-local" className="form-field__input" value={followUp} onChange={(event) => setFollowUp(event.target.value)} data-testid="task-follow-up" />
          </label>
          <button type="submit" className="button button--secondary" disabled={busy || !task.allowed.assign} data-testid="task-save-dates">
            {t('inbox.action.saveDates')}
          </button>
        </form>
      </section>

      <section className="panel" aria-labelledby="task-comments-heading">
        <h2 id="task-comments-heading" className="panel__title">
          {t('inbox.detail.comments')}
          {task.comments.length > 0 && <span className="panel__count">{task.comments.length}</span>}
        </h2>
        <ol className="task-comments" data-testid="task-comments">
          {task.comments.map((entry) => (
            <li key={entry.id} className="task-comments__item">
              <span className="task-comments__meta">
                {entry.printedName} · {formatDateTime(entry.createdAt, locale)}
              </span>
              <p>{entry.text}</p>
            </li>
          ))}
        </ol>
        <form
          className="task-actions"
          onSubmit={async (event: FormEvent) => {
            event.preventDefault();
            if (comment.trim() && (await change({ kind: 'comment', text: comment.trim() }, t('inbox.message.commented')))) setComment('');
          }}
        >
          <label className="form-field task-actions__grow">
            <span className="form-field__label">{t('inbox.detail.newComment')}</span>
            <textarea className="form-field__input" rows={2} maxLength={2000} value={comment} onChange={(event) => setComment(event.target.value)} data-testid="task-comment-text" />
          </label>
          <button type="submit" className="button button--secondary" disabled={busy || !comment.trim()} data-testid="task-comment-add">
            {t('inbox.action.comment')}
          </button>
        </form>
      </section>

      <section className="panel" aria-labelledby="task-records-heading">
        <h2 id="task-records-heading" className="panel__title">
          {t('inbox.detail.records')}
        </h2>
        {task.records.length === 0 ? (
          <p className="panel__hint">{t('inbox.detail.noRecords')}</p>
        ) : (
          <ul className="task-records" data-testid="task-records">
            {task.records.map((record) => (
              <li key={record.code} className="task-records__item" data-testid="task-record" data-code={record.code}>
                <span>
                  <code>{record.code}</code> <span className="data-table__secondary">{record.type} · r{record.revision}</span>
                </span>
                <SignatureList signatures={record.signatures} locale={locale} t={t} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {pending && task.signature && (
        <SignatureDialog locale={locale} meaning={meaningLabel(task.signature.meaning, t)} signerName={signerName} onSign={onSign} onCancel={onCancelSignature} />
      )}
    </div>
  );
}

/** Every signature on a record, as Part 11 §11.50 wants it shown: printed name, date-time and meaning. */
export function SignatureList({ signatures, locale, t }: { readonly signatures: readonly Signature[]; readonly locale: Locale; readonly t: Translate }) {
  if (signatures.length === 0) return null;
  return (
    <ul className="signature-list" data-testid="signature-list">
      {signatures.map((signature) => (
        <li key={signature.id} className={`signature-list__item signature-list__item--${signature.state}`} data-testid="signature" data-state={signature.state}>
          {t('inbox.signature.manifestation', { name: signature.printedName, time: formatDateTime(signature.signedAt, locale), meaning: meaningLabel(signature.meaning, t) })}{' '}
          <StatusBadge tone={signature.state === 'valid' ? 'good' : signature.state === 'superseded' ? 'warning' : 'critical'}>{t(`inbox.signature.state.${signature.state}`)}</StatusBadge>
        </li>
      ))}
    </ul>
  );
}

