'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Translate } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';
import { COLUMN_TYPES, type ColumnType, type RuleTableInput, type RuleTableOutput, type Scalar } from '../api/rule-table.shape';
import { readListCell, writeListCell } from '../utils/cell-text';
import type { DictionaryField } from '../utils/list-dictionary-fields';
import styles from './rule-table-editor.module.css';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const EXPRESSION = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

export type ColumnDraft = { readonly kind: 'input'; readonly column: RuleTableInput } | { readonly kind: 'output'; readonly column: RuleTableOutput };

interface ColumnDialogProps {
  readonly draft: ColumnDraft;
  readonly isNew: boolean;
  /** Ids (inputs) or names (outputs) other columns already use. */
  readonly takenNames: readonly string[];
  readonly dictionary: readonly DictionaryField[];
  readonly locale: Locale;
  readonly t: Translate;
  onConfirm(draft: ColumnDraft): void;
  onCancel(): void;
}

/**
 * An input or output column: its name, labels in both languages, and its type and allowed values.
 * An input can read a fact the dictionary types: choosing one fills in type, values and labels.
 */
export function ColumnDialog({ draft, isNew, takenNames, dictionary, locale, t, onConfirm, onCancel }: ColumnDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const initialName = draft.kind === 'input' ? draft.column.id : draft.column.name;
  const [name, setName] = useState(initialName);
  const [labelEn, setLabelEn] = useState(draft.column.label.en);
  const [labelZh, setLabelZh] = useState(draft.column.label['zh-CN']);
  const [expression, setExpression] = useState(draft.kind === 'input' ? draft.column.expression : '');
  const [type, setType] = useState<ColumnType>(draft.column.type);
  const [values, setValues] = useState(draft.column.enum === undefined ? '' : writeListCell({ values: draft.column.enum, negated: false }, draft.column.type));
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);

  const known = dictionary.find((field) => field.path === expression);

  const chooseExpression = (path: string) => {
    setExpression(path);
    const field = dictionary.find((candidate) => candidate.path === path);
    if (field !== undefined) {
      setType(field.type);
      setValues(field.enum === undefined ? '' : writeListCell({ values: field.enum, negated: false }, field.type));
      if (labelEn.trim() === '' || labelEn === initialName) setLabelEn(field.label.en);
      if (labelZh.trim() === '' || labelZh === initialName) setLabelZh(field.label['zh-CN']);
      if (isNew && (name.trim() === '' || /^(input|output)\d+$/.test(name))) setName(path.split('.').pop() ?? name);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmedName = name.trim();
    if (!IDENTIFIER.test(trimmedName)) return setError(t('ruleTables.column.nameInvalid'));
    if (takenNames.includes(trimmedName)) return setError(t('ruleTables.column.nameTaken', { name: trimmedName }));
    if (draft.kind === 'input' && !EXPRESSION.test(expression.trim())) return setError(t('ruleTables.column.expressionInvalid'));
    if (labelEn.trim() === '' || labelZh.trim() === '') return setError(t('ruleTables.column.labelMissing'));
    let allowed: readonly Scalar[] | undefined;
    if (values.trim() !== '') {
      const list = readListCell(values, type);
      if (list === undefined || list.negated || list.values.length === 0) return setError(t('ruleTables.column.valuesInvalid'));
      allowed = list.values;
    }
    const label = { en: labelEn.trim(), 'zh-CN': labelZh.trim() };
    const common = { label, type, ...(allowed === undefined ? {} : { enum: [...allowed] }) };
    onConfirm(
      draft.kind === 'input'
        ? { kind: 'input', column: { id: trimmedName, expression: expression.trim(), ...common } }
        : { kind: 'output', column: { name: trimmedName, ...common } },
    );
  };

  return (
    <dialog
      ref={dialogRef}
      className="reason-dialog"
      aria-labelledby="rule-column-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      data-testid="rule-column-dialog"
    >
      <form onSubmit={onSubmit} className="reason-dialog__form" noValidate>
        <h2 id="rule-column-dialog-title" className="reason-dialog__title">
          {t(draft.kind === 'input' ? (isNew ? 'ruleTables.column.newInput' : 'ruleTables.column.editInput') : isNew ? 'ruleTables.column.newOutput' : 'ruleTables.column.editOutput')}
        </h2>
        {draft.kind === 'input' && (
          <div className="form-field">
            <label htmlFor="rule-column-expression" className="form-field__label">
              {t('ruleTables.column.expression')}
            </label>
            <input
              id="rule-column-expression"
              className="form-field__input"
              list="rule-column-dictionary"
              value={expression}
              onChange={(event) => chooseExpression(event.target.value)}
              spellCheck={false}
              autoFocus
              data-testid="rule-column-expression"
            />
            <datalist id="rule-column-dictionary">
              {dictionary.map((field) => (
                <option key={field.path} value={field.path}>
                  {`${field.typeLabel[locale]} · ${field.label[locale]}`}
                </option>
              ))}
            </datalist>
            <p className="form-field__hint" data-testid="rule-column-dictionary-hint">
              {known === undefined
                ? t('ruleTables.column.expressionHint')
                : t('ruleTables.column.fromDictionary', { type: known.typeLabel[locale], field: known.label[locale] })}
            </p>
          </div>
        )}
        <div className={styles.dialogColumns}>
          <div className="form-field">
            <label htmlFor="rule-column-name" className="form-field__label">
              {t(draft.kind === 'input' ? 'ruleTables.column.id' : 'ruleTables.column.name')}
            </label>
            <input id="rule-column-name" className="form-field__input" value={name} onChange={(event) => setName(event.target.value)} spellCheck={false} data-testid="rule-column-name" />
          </div>
          <div className="form-field">
            <label htmlFor="rule-column-type" className="form-field__label">
              {t('ruleTables.column.type')}
            </label>
            <select id="rule-column-type" className="form-field__input" value={type} onChange={(event) => setType(event.target.value as ColumnType)} disabled={known !== undefined} data-testid="rule-column-type">
              {COLUMN_TYPES.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {t(`ruleTables.type.${candidate}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className={styles.dialogColumns}>
          <div className="form-field">
            <label htmlFor="rule-column-label-en" className="form-field__label">
              {t('ruleTables.column.labelEn')}
            </label>
            <input id="rule-column-label-en" className="form-field__input" value={labelEn} onChange={(event) => setLabelEn(event.target.value)} data-testid="rule-column-label-en" />
          </div>
          <div className="form-field">
            <label htmlFor="rule-column-label-zh" className="form-field__label">
              {t('ruleTables.column.labelZh')}
            </label>
            <input id="rule-column-label-zh" className="form-field__input" value={labelZh} onChange={(event) => setLabelZh(event.target.value)} lang="zh-CN" data-testid="rule-column-label-zh" />
          </div>
        </div>
        <div className="form-field">
          <label htmlFor="rule-column-values" className="form-field__label">
            {t('ruleTables.column.values')}
          </label>
          <input
            id="rule-column-values"
            className="form-field__input"
            value={values}
            onChange={(event) => setValues(event.target.value)}
            disabled={known !== undefined && draft.kind === 'input'}
            spellCheck={false}
            data-testid="rule-column-values"
          />
          <p className="form-field__hint">{t('ruleTables.column.valuesHint')}</p>
        </div>
        {error !== null && (
          <p className="form-field__error" role="alert" data-testid="rule-column-error">
            {error}
          </p>
        )}
        <div className="reason-dialog__actions">
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('ruleTables.action.cancel')}
          </button>
          <button type="submit" className="button button--primary" data-testid="rule-column-confirm">
            {t('ruleTables.action.apply')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
