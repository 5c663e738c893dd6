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
  /** Set when the api refused the signature: the dialog stays open for another try. */
  readonly signatureError: string | null;
  readonly t: Translate;
  onConfirm(request: PublishRequest): void;
  onCancel(): void;
}

/**
 * Asks why (the audit trail keeps a reason for every publish and rollback) and for the analyst's
 * electronic signature: the table goes into use on their password, with the meaning shown.
 */
export function PublishDialog({ title, intro, confirmLabel, busy, signatureError, t, onConfirm, onCancel }: PublishDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [reason, setReason] = useState('');
  const [password, setPassword] = useState('');

  useEffect(() => {
    if (signatureError !== null) {
      setPassword('');
      passwordRef.current?.focus();
    }
  }, [signatureError]);

  useEffect(() => {
    const dialog = dialogRef.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);

  const trimmed = reason.trim();
  const complete = trimmed.length >= REASON_MIN_LENGTH && password.length > 0;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (complete) {
      onConfirm({ reason: trimmed, signature: { password, meaning: 'rule-publication' } });
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
        <div className="form-field">
          <p className="form-field__hint" data-testid="rule-table-publish-meaning">
            {t('ruleTables.publish.signatureStatement')}
          </p>
          <label htmlFor="rule-table-publish-password" className="form-field__label">
            {t('ruleTables.publish.password')}
          </label>
          <input
            id="rule-table-publish-password"
            ref={passwordRef}
            type="password"
            autoComplete="current-password"
            className="form-field__input"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={signatureError ? 'true' : undefined}
            data-testid="rule-table-publish-password"
          />
          {signatureError && (
            <p className="form-field__error" role="alert" data-testid="rule-table-publish-signature-error">
              {signatureError}
            </p>
          )}
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
