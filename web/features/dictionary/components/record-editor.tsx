'use client';

import type { TypeDefinition } from '@lotflow/dictionary/browser';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import type { ApiResult } from '../../../shared/api/api-client';
import { createTranslator } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';
import { RecordForm, type RecordSubmission, type RecordSubmitResult, type ReferenceChoice } from '../../../shared/record-form/components/record-form';
import { signInPathFor } from '../../../shared/session/sign-in-path';
import { createRecordAction, updateRecordAction } from '../actions/record.action';
import type { StoredRecord } from '../api/dictionary.shape';
import { describeApiFailure } from '../utils/describe-api-failure';

interface RecordEditorProps {
  readonly typeKey: string;
  readonly type: TypeDefinition;
  readonly locale: Locale;
  readonly canWrite: boolean;
  readonly referenceChoices: Readonly<Record<string, readonly ReferenceChoice[]>>;
  /** The stored record when editing; absent for a new one. */
  readonly record?: { readonly code: string; readonly revision: number; readonly values: Record<string, unknown> };
}

const UNAUTHORIZED = 401;

/** The record form of the dictionary screen: creates or changes a record through the server actions. */
export function RecordEditor({ typeKey, type, locale, canWrite, referenceChoices, record }: RecordEditorProps) {
  const t = useMemo(() => createTranslator(locale), [locale]);
  const router = useRouter();
  // After a save the stored values and revision are the new baseline: the next change compares with them.
  const [baseline, setBaseline] = useState(record);

  const toResult = (result: ApiResult<StoredRecord>): RecordSubmitResult => {
    if (result.outcome === 'ok') return { outcome: 'saved' };
    if (result.outcome === 'problem' && result.status === UNAUTHORIZED) {
      window.location.assign(signInPathFor(window.location.pathname));
    }
    return {
      outcome: 'rejected',
      status: result.outcome === 'problem' || result.outcome === 'invalid-response' ? result.status : 0,
      detail: describeApiFailure(result, t),
      errors: result.outcome === 'problem' ? (result.problem.errors ?? []) : [],
    };
  };

  const onSubmit = async (submission: RecordSubmission): Promise<RecordSubmitResult> => {
    if (baseline === undefined) {
      const result = await createRecordAction(typeKey, submission, locale);
      if (result.outcome === 'ok') router.push(`/dictionary/${typeKey}/records/${encodeURIComponent(result.data.code)}?created=1`);
      return toResult(result);
    }
    const result = await updateRecordAction(typeKey, baseline.code, { ...submission, revision: baseline.revision }, locale);
    if (result.outcome === 'ok') {
      setBaseline({ code: result.data.code, revision: result.data.revision, values: result.data.values });
      router.refresh();
    }
    return toResult(result);
  };

  return (
    <div data-testid="record-editor" data-revision={baseline?.revision ?? ''}>
      <RecordForm
        type={type}
        mode={baseline === undefined ? 'create' : 'edit'}
        {...(baseline === undefined ? {} : { initialValues: baseline.values })}
        locale={locale}
        readOnly={!canWrite}
        referenceChoices={referenceChoices}
        submitLabel={baseline === undefined ? t('dictionary.record.create') : t('dictionary.record.save')}
        onSubmit={onSubmit}
      />
    </div>
  );
}
