'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Translate } from '../../../shared/i18n/create-translator';

const ROW_ID = /^[a-z0-9][a-z0-9-]*$/;

interface RowDialogProps {
  readonly rowNumber: number;
  readonly id: string;
  readonly description: string;
  readonly takenIds: readonly string[];
  readonly t: Translate;
  onConfirm(row: { id: string; description: string }): void;
  onCancel(): void;
}

/** A rule's id (what the history and the worker name it by) and the note that says why it exists. */
export function RowDialog({ rowNumber, id, description, takenIds, t, onConfirm, onCancel }: RowDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [rowId, setRowId] = useState(id);
  const [note, setNote] = useState(description);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = rowId.trim();
    if (!ROW_ID.test(trimmed)) return setError(t('ruleTables.row.idInvalid'));
    if (takenIds.includes(trimmed)) return setError(t('ruleTables.row.idTaken', { id: trimmed }));
    onConfirm({ id: trimmed, description: note.trim() });
  };

  return (
    <dialog
      ref={dialogRef}
      className="reason-dialog"
      aria-labelledby="rule-row-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      data-testid="rule-row-dialog"
    >
      <form onSubmit={onSubmit} className="reason-dialog__form" noValidate>
        <h2 id="rule-row-dialog-title" className="reason-dialog__title">
          {t('ruleTables.row.title', { number: rowNumber })}
        </h2>
        <div className="form-field">
          <label htmlFor="rule-row-id" className="form-field__label">
            {t('ruleTables.row.id')}
          </label>
          <input id="rule-row-id" className="form-field__input" value={rowId} onChange={(event) => setRowId(event.target.value)} autoFocus spellCheck={false} data-testid="rule-row-id-input" />
        </div>
        <div className="form-field">
          <label htmlFor="rule-row-description" className="form-field__label">
            {t('ruleTables.row.description')}
          </label>
          <textarea id="rule-row-description" className="form-field__input" rows={3} value={note} onChange={(event) => setNote(event.target.value)} />
        </div>
        {error !== null && (
          <p className="form-field__error" role="alert">
            {error}
          </p>
        )}
        <div className="reason-dialog__actions">
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('ruleTables.action.cancel')}
          </button>
          <button type="submit" className="button button--primary" data-testid="rule-row-confirm">
            {t('ruleTables.action.apply')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
