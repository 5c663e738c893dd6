'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Translate } from '../../../shared/i18n/create-translator';
import type { PublishRequest } from '../api/change-rule-table';

const REASON_MIN_LENGTH = 3;
const REASON_MAX_LENGTH = 2000;

interface PublishDialogProps {
  readonly title: string;
  readonly intro: string;
  readonly confirmLabel: string;
  readonly busy: boolean;
  readonly t: Translate;
  onConfirm(request: PublishRequest): void;
  onCancel(): void;
}

/**
 * Asks why (the audit trail keeps a reason for every publish and rollback). The answer is a
 * request object, so what else publishing comes to ask for (a signature) is one more field here.
 */
export function PublishDialog({ title, intro, confirmLabel, busy, t, onConfirm, onCancel }: PublishDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');

  useEffect(() => {
    const dialog = dialogRef.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);

  const trimmed = reason.trim();
  const complete = trimmed.length >= REASON_MIN_LENGTH;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (complete) {
      onConfirm({ reason: trimmed });
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="reason-dialog"
      aria-labelledby="rule-table-publish-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      data-testid="rule-table-publish-dialog"
    >
      <form method="dialog" onSubmit={onSubmit} className="reason-dialog__form">
        <h2 id="rule-table-publish-title" className="reason-dialog__title">
          {title}
        </h2>
        <p className="reason-dialog__intro">{intro}</p>
        <div className="form-field">
          <label htmlFor="rule-table-publish-reason" className="form-field__label">
            {t('ruleTables.publish.reason')}
          </label>
          <textarea
            id="rule-table-publish-reason"
            className="form-field__input reason-dialog__reason"
            rows={4}
            minLength={REASON_MIN_LENGTH}
            maxLength={REASON_MAX_LENGTH}
            required
            autoFocus
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            data-testid="rule-table-publish-reason"
          />
          <p className="form-field__hint">{t('ruleTables.publish.reasonHint')}</p>
        </div>
        <div className="reason-dialog__actions">
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
            {t('ruleTables.action.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy || !complete} data-testid="rule-table-publish-confirm">
            {busy ? t('ruleTables.action.busy') : confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
