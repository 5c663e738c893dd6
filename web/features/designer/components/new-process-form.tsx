'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { isProcessModelKey, PROCESS_MODEL_KEY_MAX_LENGTH } from '../utils/is-process-model-key';

export interface NewProcessFormLabels {
  readonly heading: string;
  readonly key: string;
  readonly keyHint: string;
  readonly keyInvalid: string;
  readonly keyTaken: string;
  readonly submit: string;
}

interface NewProcessFormProps {
  readonly existingKeys: readonly string[];
  readonly labels: NewProcessFormLabels;
}

/**
 * A new model exists at the api once its first draft is saved; until then the designer shows a
 * blank diagram under the key. The key is checked here with the api's own rule.
 */
export function NewProcessForm({ existingKeys, labels }: NewProcessFormProps) {
  const router = useRouter();
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const candidate = key.trim();
    if (!isProcessModelKey(candidate)) {
      setError(labels.keyInvalid);
      return;
    }
    if (existingKeys.includes(candidate)) {
      setError(labels.keyTaken);
      return;
    }
    router.push(`/designer/${candidate}`);
  };

  return (
    <form className="new-process" onSubmit={onSubmit} noValidate data-testid="designer-new-form">
      <div className="form-field">
        <label htmlFor="new-process-key" className="form-field__label">
          {labels.key}
        </label>
        <div className="new-process__row">
          <input
            id="new-process-key"
            className="form-field__input new-process__input"
            name="key"
            value={key}
            onChange={(event) => {
              setKey(event.target.value);
              setError(null);
            }}
            maxLength={PROCESS_MODEL_KEY_MAX_LENGTH}
            autoCapitalize="none"
            autoComplete="off"
            spellCheck={false}
            placeholder="receiving-inspection"
            aria-invalid={error !== null}
            aria-describedby="new-process-key-hint"
            data-testid="designer-new-key"
          />
          <button type="submit" className="button button--primary" data-testid="designer-new-submit">
            {labels.submit}
          </button>
        </div>
        {error === null ? (
          <p id="new-process-key-hint" className="form-field__hint">
            {labels.keyHint}
          </p>
        ) : (
          <p id="new-process-key-hint" className="form-field__error" role="alert" data-testid="designer-new-error">
            {error}
          </p>
        )}
      </div>
    </form>
  );
}
