'use client';

import './record-form.css';

import { createRecordValidator, type Locale, type RecordValidator, type TypeDefinition } from '@lotflow/dictionary/browser';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { createTranslator } from '../../i18n/create-translator';
import { assignsCode, checkRecord, listRegulatedChanges, type FormMode } from '../utils/check-record';
import { groupProblemsByField, placeApiErrors, type ApiErrorEntry, type RecordProblem } from '../utils/field-errors';
import { listFormPointers, setFormValue } from '../utils/form-pointers';
import { formValuesToRecord, recordToFormValues, type FormRow, type FormValue, type RecordValues } from '../utils/form-values';
import { FieldInput, type ReferenceChoice } from './field-input';

export type { ReferenceChoice } from './field-input';

export interface RecordSubmission {
  readonly values: RecordValues;
  /** Why: given when a regulated field changes. */
  readonly reason?: string;
}

/** What became of a submission: saved, or the api's problem+json (its `errors` are mapped to the fields). */
export type RecordSubmitResult =
  | { readonly outcome: 'saved' }
  | { readonly outcome: 'rejected'; readonly status: number; readonly detail: string; readonly errors: readonly ApiErrorEntry[] };

export interface RecordFormProps {
  /** The published type version the record is written against. */
  readonly type: TypeDefinition;
  /** The type compiled once by the caller; compiled here from `type` when absent. */
  readonly validator?: RecordValidator<RecordValues>;
  /** The stored record when editing; absent for a new record, which starts from the fields' defaults. */
  readonly initialValues?: RecordValues;
  readonly mode: FormMode;
  readonly locale: Locale;
  readonly readOnly?: boolean;
  /** Records a reference may point to, by target type; a reference without choices is typed in. */
  readonly referenceChoices?: Readonly<Record<string, readonly ReferenceChoice[]>>;
  readonly submitLabel?: string;
  onSubmit(submission: RecordSubmission): Promise<RecordSubmitResult>;
}

const REASON_MIN_LENGTH = 3;
const REASON_MAX_LENGTH = 2000;
const CONFLICT = 409;

/**
 * A record of any dictionary type as a form, generated from the type's fields. The record is
 * checked in the browser with the api's own compiled schema before anything is sent, and the api's
 * answers are put on the same fields; a regulated change asks for a reason, a stale revision is
 * explained.
 */
export function RecordForm({ type, validator, initialValues, mode, locale, readOnly = false, referenceChoices = {}, submitLabel, onSubmit }: RecordFormProps) {
  const t = useMemo(() => createTranslator(locale), [locale]);
  const compiled = useMemo(() => validator ?? createRecordValidator<RecordValues>(type), [validator, type]);
  const initialRecord = useMemo(() => (initialValues === undefined ? {} : formValuesToRecord(type, recordToFormValues(type, initialValues))), [type, initialValues]);
  const [values, setValues] = useState<FormRow>(() => recordToFormValues(type, initialValues));
  const [checked, setChecked] = useState(false);
  const [apiProblems, setApiProblems] = useState<readonly RecordProblem[]>([]);
  const [reason, setReason] = useState('');
  const [reasonErrors, setReasonErrors] = useState<readonly string[]>([]);
  const [failure, setFailure] = useState<{ readonly conflict: boolean; readonly messages: readonly string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const record = useMemo(() => formValuesToRecord(type, values), [type, values]);
  const browserProblems = useMemo(() => (checked ? checkRecord(compiled, record, locale, mode) : []), [checked, compiled, record, locale, mode]);
  const problems = browserProblems.length > 0 ? browserProblems : apiProblems;
  const fieldErrors = useMemo(() => groupProblemsByField(type, problems, locale), [type, problems, locale]);
  const shownPointers = useMemo(() => listFormPointers(type, values), [type, values]);
  const unplaced = problems.filter((problem) => !shownPointers.has(problem.pointer));
  const regulatedChanges = mode === 'edit' ? listRegulatedChanges(type, initialRecord, record) : [];
  const codeAssigned = mode === 'create' && assignsCode(type);

  const onChange = (pointer: string, next: FormValue) => {
    setValues((current) => setFormValue(current, pointer, next));
    setApiProblems((current) => current.filter((problem) => problem.pointer !== pointer));
    setSaved(false);
  };

  const focusFirstProblem = () => {
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (readOnly || busy) return;
    setChecked(true);
    setFailure(null);
    setSaved(false);
    const found = checkRecord(compiled, record, locale, mode);
    const reasonProblem = regulatedChanges.length > 0 && reason.trim().length < REASON_MIN_LENGTH ? [t('recordForm.reason.required')] : [];
    setReasonErrors(reasonProblem);
    if (found.length > 0 || reasonProblem.length > 0) {
      focusFirstProblem();
      return;
    }
    setBusy(true);
    try {
      const result = await onSubmit({ values: record, ...(regulatedChanges.length > 0 ? { reason: reason.trim() } : {}) });
      if (result.outcome === 'saved') {
        setApiProblems([]);
        setSaved(true);
        setReason('');
        return;
      }
      const placed = placeApiErrors(result.errors);
      setApiProblems(placed.values);
      setReasonErrors(placed.reason);
      const conflict = result.status === CONFLICT && result.errors.some((error) => error.pointer.endsWith('/revision'));
      const placedAnywhere = placed.values.length + placed.reason.length + placed.other.length > 0;
      setFailure({ conflict, messages: placedAnywhere ? placed.other : [result.detail] });
      focusFirstProblem();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      ref={formRef}
      className="record-form"
      onSubmit={submit}
      noValidate
      data-testid="record-form"
      data-type={type.key}
      data-mode={mode}
      data-busy={busy ? 'true' : ''}
    >
      {problems.length > 0 && (
        <div className="record-form__summary" role="alert" data-testid="record-form-summary" data-source={browserProblems.length > 0 ? 'browser' : 'api'}>
          <p className="record-form__summary-title">{t('recordForm.problems', { count: problems.length })}</p>
          {unplaced.length > 0 && (
            <ul className="record-form__summary-list">
              {unplaced.map((problem, index) => (
                <li key={`${problem.pointer}-${index}`}>{problem.message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {failure !== null && (failure.conflict || failure.messages.length > 0) && (
        <div className="record-form__summary" role="alert" data-testid={failure.conflict ? 'record-form-conflict' : 'record-form-failure'}>
          {failure.conflict && <p className="record-form__summary-title">{t('recordForm.conflict')}</p>}
          {failure.messages.map((message, index) => (
            <p key={index}>{message}</p>
          ))}
        </div>
      )}
      <div className="record-form__fields">
        {type.fields.map((field) => (
          <FieldInput
            key={field.name}
            definition={field}
            name={field.name}
            pointer={`/${field.name}`}
            value={values[field.name]}
            errors={fieldErrors}
            locale={locale}
            t={t}
            disabled={readOnly || busy}
            codeState={field.name === type.codeField ? (codeAssigned ? 'assigned' : mode === 'edit' ? 'permanent' : 'typed') : undefined}
            referenceChoices={referenceChoices}
            onChange={onChange}
          />
        ))}
      </div>
      {regulatedChanges.length > 0 && (
        <div className="form-field record-form__reason">
          <label htmlFor="record-form-reason" className="form-field__label">
            {t('recordForm.reason.label')}
          </label>
          <textarea
            id="record-form-reason"
            className="form-field__input"
            rows={3}
            maxLength={REASON_MAX_LENGTH}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              setReasonErrors([]);
            }}
            aria-invalid={reasonErrors.length > 0}
            data-testid="record-form-reason"
          />
          <p className="form-field__hint">
            {t('recordForm.reason.hint', {
              fields: regulatedChanges.map((name) => type.fields.find((field) => field.name === name)?.label[locale] ?? name).join(locale === 'en' ? ', ' : '、'),
            })}
          </p>
          {reasonErrors.map((message, index) => (
            <p key={index} className="form-field__error" data-testid="record-form-reason-error">
              {message}
            </p>
          ))}
        </div>
      )}
      {!readOnly && (
        <div className="record-form__actions">
          <button type="submit" className="button button--primary" disabled={busy} data-testid="record-form-submit">
            {busy ? t('recordForm.saving') : (submitLabel ?? t('recordForm.save'))}
          </button>
          {saved && (
            <span className="record-form__saved" role="status" data-testid="record-form-saved">
              {t('recordForm.saved')}
            </span>
          )}
        </div>
      )}
    </form>
  );
}
