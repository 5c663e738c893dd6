'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { isRuleTableKey, RULE_TABLE_KEY_MAX_LENGTH } from '../utils/is-rule-table-key';

export interface NewRuleTableFormLabels {
  readonly key: string;
  readonly keyHint: string;
  readonly keyInvalid: string;
  readonly keyTaken: string;
  readonly submit: string;
}

interface NewRuleTableFormProps {
  readonly existingKeys: readonly string[];
  readonly labels: NewRuleTableFormLabels;
}

/** A new table exists at the api once its first draft is saved; the key is checked here with the api's own rule. */
export function NewRuleTableForm({ existingKeys, labels }: NewRuleTableFormProps) {
  const router = useRouter();
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const candidate = key.trim();
    if (!isRuleTableKey(candidate)) {
      setError(labels.keyInvalid);
      return;
    }
    if (existingKeys.includes(candidate)) {
      setError(labels.keyTaken);
      return;
    }
    router.push(`/rule-tables/${candidate}`);
  };

  return (
    <form className="new-process" onSubmit={onSubmit} noValidate data-testid="rule-tables-new-form">
      <div className="form-field">
        <label htmlFor="new-rule-table-key" className="form-field__label">
          {labels.key}
        </label>
        <div className="new-process__row">
          <input
            id="new-rule-table-key"
            className="form-field__input new-process__input"
            value={key}
            onChange={(event) => {
              setKey(event.target.value);
              setError(null);
            }}
            maxLength={RULE_TABLE_KEY_MAX_LENGTH}
            autoCapitalize="none"
            autoComplete="off"
            spellCheck={false}
            placeholder="final-release-disposition"
            aria-invalid={error !== null}
            aria-describedby="new-rule-table-key-hint"
            data-testid="rule-tables-new-key"
          />
          <button type="submit" className="button button--primary" data-testid="rule-tables-new-submit">
            {labels.submit}
          </button>
        </div>
        {error === null ? (
          <p id="new-rule-table-key-hint" className="form-field__hint">
            {labels.keyHint}
          </p>
        ) : (
          <p id="new-rule-table-key-hint" className="form-field__error" role="alert" data-testid="rule-tables-new-error">
            {error}
          </p>
        )}
      </div>
    </form>
  );
}
