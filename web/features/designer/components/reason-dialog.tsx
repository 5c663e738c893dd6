'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';

const REASON_MIN_LENGTH = 3;
const REASON_MAX_LENGTH = 2000;

interface ReasonDialogProps {
  readonly title: string;
  readonly intro: string;
  readonly label: string;
  readonly hint: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly busy: boolean;
  onConfirm(reason: string): void;
  onCancel(): void;
}

/** Asks why, as the audit trail needs a reason for every publish and rollback (3 to 2000 characters). */
export function ReasonDialog({ title, intro, label, hint, confirmLabel, cancelLabel, busy, onConfirm, onCancel }: ReasonDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');

  useEffect(() => {
    const dialog = dialogRef.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);

  const trimmed = reason.trim();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (trimmed.length >= REASON_MIN_LENGTH) {
      onConfirm(trimmed);
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="reason-dialog"
      aria-labelledby="reason-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      data-testid="designer-reason-dialog"
    >
      <form method="dialog" onSubmit={onSubmit} className="reason-dialog__form">
        <h2 id="reason-dialog-title" className="reason-dialog__title">
          {title}
        </h2>
        <p className="reason-dialog__intro">{intro}</p>
        <div className="form-field">
          <label htmlFor="reason-dialog-reason" className="form-field__label">
            {label}
          </label>
          <textarea
            id="reason-dialog-reason"
            className="form-field__input reason-dialog__reason"
            rows={4}
            minLength={REASON_MIN_LENGTH}
            maxLength={REASON_MAX_LENGTH}
            required
            autoFocus
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            data-testid="designer-reason-input"
          />
          <p className="form-field__hint">{hint}</p>
        </div>
        <div className="reason-dialog__actions">
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
            {cancelLabel}
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={busy || trimmed.length < REASON_MIN_LENGTH}
            data-testid="designer-reason-confirm"
          >
            {confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
