'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';

export interface NewKeyFormLabels {
  readonly key: string;
  readonly keyHint: string;
  readonly keyInvalid: string;
  readonly keyTaken: string;
  readonly submit: string;
}

export interface NewKeyFormProps {
  readonly existingKeys: readonly string[];
  readonly labels: NewKeyFormLabels;
  /** The api's own rule for a key of this kind. */
  isValidKey(key: string): boolean;
  readonly maxLength: number;
  readonly placeholder: string;
  /** Where the new artifact is edited; it exists at the api once its first draft is saved. */
  hrefFor(key: string): string;
  /** Prefix of the ids and test ids: `<prefix>-form`, `<prefix>-key`, `<prefix>-submit`, `<prefix>-error`. */
  readonly name: string;
  readonly className?: string;
}

/**
 * Starts a new artifact (process model, rule table, dictionary type) under a key: checked here
 * with the api's rule and against the keys in use, then the editor opens on a blank start.
 */
export function NewKeyForm({ existingKeys, labels, isValidKey, maxLength, placeholder, hrefFor, name, className = 'new-process' }: NewKeyFormProps) {
  const router = useRouter();
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const hintId = `${name}-key-hint`;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const candidate = key.trim();
    if (!isValidKey(candidate)) return setError(labels.keyInvalid);
    if (existingKeys.includes(candidate)) return setError(labels.keyTaken);
    router.push(hrefFor(candidate));
  };

  return (
    <form className={className} onSubmit={onSubmit} noValidate data-testid={`${name}-form`}>
      <div className="form-field">
        <label htmlFor={`${name}-key`} className="form-field__label">
          {labels.key}
        </label>
        <div className="new-process__row">
          <input
            id={`${name}-key`}
            className="form-field__input new-process__input"
            name="key"
            value={key}
            onChange={(event) => {
              setKey(event.target.value);
              setError(null);
            }}
            maxLength={maxLength}
            autoCapitalize="none"
            autoComplete="off"
            spellCheck={false}
            placeholder={placeholder}
            aria-invalid={error !== null}
            aria-describedby={hintId}
            data-testid={`${name}-key`}
          />
          <button type="submit" className="button button--primary" data-testid={`${name}-submit`}>
            {labels.submit}
          </button>
        </div>
        {error === null ? (
          <p id={hintId} className="form-field__hint">
            {labels.keyHint}
          </p>
        ) : (
          <p id={hintId} className="form-field__error" role="alert" data-testid={`${name}-error`}>
            {error}
          </p>
        )}
      </div>
    </form>
  );
}
