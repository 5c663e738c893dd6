'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { isTypeKey, TYPE_KEY_MAX_LENGTH } from '../utils/is-type-key';

interface NewTypeFormProps {
  readonly existingKeys: readonly string[];
  readonly labels: { readonly key: string; readonly keyHint: string; readonly keyInvalid: string; readonly keyTaken: string; readonly submit: string };
}

/** A new type exists at the api once its first draft is saved; the key is checked with the api's rule. */
export function NewTypeForm({ existingKeys, labels }: NewTypeFormProps) {
  const router = useRouter();
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const candidate = key.trim();
    if (!isTypeKey(candidate)) return setError(labels.keyInvalid);
    if (existingKeys.includes(candidate)) return setError(labels.keyTaken);
    router.push(`/dictionary/${candidate}/definition`);
  };

  return (
    <form className="dictionary-inline-form" onSubmit={onSubmit} noValidate data-testid="dictionary-new-type-form">
      <label htmlFor="new-type-key" className="form-field__label">
        {labels.key}
      </label>
      <div className="dictionary-inline-form__row">
        <input
          id="new-type-key"
          className="form-field__input"
          value={key}
          onChange={(event) => {
            setKey(event.target.value);
            setError(null);
          }}
          maxLength={TYPE_KEY_MAX_LENGTH}
          autoCapitalize="none"
          autoComplete="off"
          spellCheck={false}
          placeholder="calibration-certificate"
          aria-invalid={error !== null}
          aria-describedby="new-type-key-hint"
          data-testid="dictionary-new-type-key"
        />
        <button type="submit" className="button button--primary" data-testid="dictionary-new-type-submit">
          {labels.submit}
        </button>
      </div>
      <p id="new-type-key-hint" className={error === null ? 'form-field__hint' : 'form-field__error'} role={error === null ? undefined : 'alert'}>
        {error ?? labels.keyHint}
      </p>
    </form>
  );
}
