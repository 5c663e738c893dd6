'use client';

import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { createTranslator } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';

export type SignatureOutcome = { readonly outcome: 'closed' } | { readonly outcome: 'refused'; readonly message: string };

interface SignatureDialogProps {
  readonly locale: Locale;
  /** What signing means, in words (21 CFR 11.50(a)(3)). */
  readonly meaning: string;
  readonly signerName: string;
  onSign(password: string): Promise<SignatureOutcome>;
  onCancel(): void;
}

/**
 * The electronic signature: the signer sees their printed name and what the signature means, and
 * enters their password again (§11.200(a)(1)). A refused password keeps the dialog open.
 */
export function SignatureDialog({ locale, meaning, signerName, onSign, onCancel }: SignatureDialogProps) {
  const t = useMemo(() => createTranslator(locale), [locale]);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    dialogRef.current?.showModal();
    passwordRef.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!password || busy) return;
    setBusy(true);
    setError(null);
    try {
      const outcome = await onSign(password);
      if (outcome.outcome === 'refused') {
        setError(outcome.message);
        setPassword('');
        passwordRef.current?.focus();
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="signature-dialog"
      aria-labelledby="signature-title"
      data-testid="signature-dialog"
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <form onSubmit={submit} className="signature-dialog__form">
        <h2 id="signature-title" className="panel__title">
          {t('inbox.signature.title')}
        </h2>
        <dl className="signature-dialog__facts">
          <dt>{t('inbox.signature.signer')}</dt>
          <dd data-testid="signature-signer">{signerName}</dd>
          <dt>{t('inbox.signature.meaning')}</dt>
          <dd data-testid="signature-meaning">{meaning}</dd>
        </dl>
        <p className="panel__hint">{t('inbox.signature.statement')}</p>
        <label className="form-field">
          <span className="form-field__label">{t('inbox.signature.password')}</span>
          <input
            ref={passwordRef}
            type="password"
            autoComplete="current-password"
            className="form-field__input"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'signature-error' : undefined}
            data-testid="signature-password"
          />
        </label>
        {error && (
          <p id="signature-error" className="form-field__error" role="alert" data-testid="signature-error">
            {error}
          </p>
        )}
        <div className="signature-dialog__actions">
          <button type="button" className="button button--ghost" disabled={busy} onClick={onCancel} data-testid="signature-cancel">
            {t('inbox.signature.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy || !password} data-testid="signature-sign">
            {busy ? t('inbox.signature.signing') : t('inbox.signature.sign')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
