'use client';

import type { FieldDefinition, ListItemDefinition, Locale, ValueDefinition, ValueDefinitionOf } from '@lotflow/dictionary/browser';
import type { ReactNode } from 'react';
import type { Translate } from '../../i18n/create-translator';
import type { FieldErrors } from '../utils/field-errors';
import { pointerToken } from '../utils/form-pointers';
import { emptyFormValue, emptyRow, isRow, type FormValue } from '../utils/form-values';

/** A record a reference may point to: its code and what a person recognises it by. */
export interface ReferenceChoice {
  readonly code: string;
  readonly label: string;
}

/** How the code field is filled: by the numbering sequence, never again after creation, or typed. */
export type CodeState = 'assigned' | 'permanent' | 'typed';

interface InputContext {
  readonly pointer: string;
  readonly id: string;
  readonly value: FormValue | undefined;
  readonly invalid: boolean;
  readonly describedBy: string | undefined;
  readonly label: string;
  readonly locale: Locale;
  readonly t: Translate;
  readonly disabled: boolean;
  readonly codeState: CodeState | undefined;
  readonly errors: FieldErrors;
  readonly referenceChoices: Readonly<Record<string, readonly ReferenceChoice[]>>;
  onChange(pointer: string, value: FormValue): void;
}

type Renderer<K extends ValueDefinition['kind']> = (definition: ValueDefinitionOf<K>, context: InputContext) => ReactNode;

const text = (value: FormValue | undefined) => (typeof value === 'string' ? value : '');

function textInput(context: InputContext, options: { type?: string; inputMode?: 'decimal' | 'numeric' | 'text'; placeholder?: string; readOnly?: boolean } = {}) {
  return (
    <input
      id={context.id}
      className="form-field__input"
      type={options.type ?? 'text'}
      inputMode={options.inputMode}
      placeholder={options.placeholder}
      readOnly={options.readOnly}
      value={text(context.value)}
      onChange={(event) => context.onChange(context.pointer, event.target.value)}
      disabled={context.disabled}
      aria-invalid={context.invalid}
      aria-describedby={context.describedBy}
      data-testid="record-input"
      data-pointer={context.pointer}
    />
  );
}

function select(context: InputContext, options: readonly { value: string; label: string }[]) {
  const current = text(context.value);
  const known = current === '' || options.some((option) => option.value === current);
  return (
    <select
      id={context.id}
      className="form-field__input"
      value={current}
      onChange={(event) => context.onChange(context.pointer, event.target.value)}
      disabled={context.disabled}
      aria-invalid={context.invalid}
      aria-describedby={context.describedBy}
      data-testid="record-input"
      data-pointer={context.pointer}
    >
      <option value="">{context.t('recordForm.choose')}</option>
      {!known && <option value={current}>{current}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

function withUnit(input: ReactNode, unit: string | undefined) {
  return unit === undefined ? (
    input
  ) : (
    <span className="record-form__with-unit">
      {input}
      <span className="record-form__unit">{unit}</span>
    </span>
  );
}

/** One input per kind; a list renders its items or rows with the same map. */
const renderers: { [K in ValueDefinition['kind']]: Renderer<K> } = {
  text: (_definition, context) => textInput(context),
  integer: (definition, context) => withUnit(textInput(context, { inputMode: 'numeric' }), definition.unit),
  decimal: (definition, context) => withUnit(textInput(context, { inputMode: 'decimal' }), definition.unit),
  boolean: (_definition, context) =>
    select(context, [
      { value: 'true', label: context.t('recordForm.yes') },
      { value: 'false', label: context.t('recordForm.no') },
    ]),
  date: (_definition, context) => textInput(context, { type: 'date' }),
  'date-time': (_definition, context) => textInput(context, { placeholder: '2026-03-01T08:30:00+08:00' }),
  enum: (definition, context) => select(context, definition.values.map((value) => ({ value: value.value, label: value.label[context.locale] }))),
  reference: (definition, context) => {
    const choices = context.referenceChoices[definition.targetType];
    if (choices === undefined) return textInput(context);
    return select(context, choices.map((choice) => ({ value: choice.code, label: choice.label === choice.code ? choice.code : `${choice.code} · ${choice.label}` })));
  },
  code: (_definition, context) =>
    context.codeState === 'assigned'
      ? textInput(context, { readOnly: true, placeholder: context.t('recordForm.code.assigned') })
      : textInput(context, { readOnly: context.codeState === 'permanent' }),
  list: (definition, context) => <ListInput definition={definition} context={context} />,
};

function renderInput(definition: ValueDefinition, context: InputContext): ReactNode {
  // The map is keyed by kind, so the renderer matches the definition; TypeScript cannot see it.
  return (renderers[definition.kind] as Renderer<ValueDefinition['kind']>)(definition as never, context);
}

function inputId(pointer: string): string {
  return `record${pointer.replaceAll('/', '-').replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

function contextFor(parent: InputContext, pointer: string, label: string, definition: ValueDefinition): InputContext {
  const messages = parent.errors[pointer] ?? [];
  const id = inputId(pointer);
  return {
    ...parent,
    pointer,
    id,
    label,
    value: readAt(parent.value, pointer.slice(parent.pointer.length)),
    invalid: messages.length > 0,
    describedBy: messages.length > 0 ? `${id}-errors` : definition.help !== undefined ? `${id}-help` : undefined,
    codeState: undefined,
  };
}

function readAt(value: FormValue | undefined, relativePointer: string): FormValue | undefined {
  return relativePointer
    .split('/')
    .slice(1)
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<FormValue | undefined>((current, token) => (Array.isArray(current) ? current[Number(token)] : isRow(current) ? current[token] : undefined), value);
}

function ErrorList({ id, messages }: { readonly id: string; readonly messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul id={`${id}-errors`} className="record-form__errors" data-testid="record-field-error">
      {messages.map((message, index) => (
        <li key={index} className="form-field__error">
          {message}
        </li>
      ))}
    </ul>
  );
}

function ListInput({ definition, context }: { readonly definition: ValueDefinitionOf<'list'>; readonly context: InputContext }) {
  const entries = Array.isArray(context.value) ? context.value : [];
  const { t } = context;
  const remove = (index: number) =>
    context.onChange(
      context.pointer,
      entries.filter((_entry, position) => position !== index),
    );
  const add = () => context.onChange(context.pointer, [...entries, definition.fields ? emptyRow(definition.fields) : definition.items ? emptyFormValue(definition.items) : '']);
  const rowFields = definition.fields;
  const item = definition.items;

  return (
    <div className="record-form__list" data-testid="record-list" data-pointer={context.pointer}>
      {entries.length === 0 ? (
        <p className="muted record-form__list-empty">{t('recordForm.list.empty')}</p>
      ) : (
        <div className="table-scroller">
          <table className="record-form__table">
            <thead>
              <tr>
                <th scope="col" className="record-form__row-number">
                  #
                </th>
                {rowFields ? (
                  rowFields.map((field) => (
                    <th key={field.name} scope="col">
                      {field.label[context.locale]}
                      {field.required && <span className="record-form__required" aria-hidden="true"> *</span>}
                    </th>
                  ))
                ) : (
                  <th scope="col">{item?.label?.[context.locale] ?? context.label}</th>
                )}
                <th scope="col">
                  <span className="visually-hidden">{t('recordForm.list.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((_entry, index) => {
                const rowPointer = `${context.pointer}/${index}`;
                const rowLabel = t('recordForm.list.row', { number: index + 1 });
                return (
                  <tr key={index} data-testid="record-list-row" data-pointer={rowPointer}>
                    <th scope="row" className="record-form__row-number">
                      {index + 1}
                    </th>
                    {rowFields
                      ? rowFields.map((field) => (
                          <td key={field.name}>
                            <CellInput definition={field} parent={context} pointer={`${rowPointer}/${pointerToken(field.name)}`} label={`${field.label[context.locale]} · ${rowLabel}`} />
                          </td>
                        ))
                      : item && (
                          <td>
                            <CellInput definition={item} parent={context} pointer={rowPointer} label={`${context.label} · ${rowLabel}`} />
                          </td>
                        )}
                    <td className="record-form__row-actions">
                      {!context.disabled && (
                        <button type="button" className="button button--ghost button--small" onClick={() => remove(index)} data-testid="record-list-remove">
                          {t('recordForm.list.remove')}
                          <span className="visually-hidden"> {rowLabel}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {!context.disabled && (
        <button type="button" className="button button--secondary button--small" onClick={add} data-testid="record-list-add">
          {rowFields ? t('recordForm.list.addRow') : t('recordForm.list.addItem')}
        </button>
      )}
    </div>
  );
}

function CellInput({ definition, parent, pointer, label }: { readonly definition: FieldDefinition | ListItemDefinition; readonly parent: InputContext; readonly pointer: string; readonly label: string }) {
  const context = contextFor(parent, pointer, label, definition);
  const messages = parent.errors[pointer] ?? [];
  return (
    <div className="record-form__cell" data-testid="record-field" data-pointer={pointer} data-invalid={messages.length > 0 ? 'true' : 'false'}>
      <label htmlFor={context.id} className="visually-hidden">
        {label}
      </label>
      {renderInput(definition, context)}
      <ErrorList id={context.id} messages={messages} />
    </div>
  );
}

interface FieldInputProps {
  readonly definition: FieldDefinition;
  readonly name: string;
  readonly pointer: string;
  readonly value: FormValue | undefined;
  readonly errors: FieldErrors;
  readonly locale: Locale;
  readonly t: Translate;
  readonly disabled: boolean;
  readonly codeState: CodeState | undefined;
  readonly referenceChoices: Readonly<Record<string, readonly ReferenceChoice[]>>;
  onChange(pointer: string, value: FormValue): void;
}

/** One field of the type: its label in the page's language, its input, its help and its problems. */
export function FieldInput({ definition, pointer, value, errors, locale, t, disabled, codeState, referenceChoices, onChange }: FieldInputProps) {
  const messages = errors[pointer] ?? [];
  const id = inputId(pointer);
  const label = definition.label[locale];
  const context: InputContext = {
    pointer,
    id,
    value,
    invalid: messages.length > 0,
    describedBy: messages.length > 0 ? `${id}-errors` : definition.help !== undefined ? `${id}-help` : undefined,
    label,
    locale,
    t,
    disabled,
    codeState,
    errors,
    referenceChoices,
    onChange,
  };
  const isList = definition.kind === 'list';
  const Label = isList ? 'p' : 'label';
  return (
    <div
      className={`form-field record-form__field${isList ? ' record-form__field--wide' : ''}`}
      data-testid="record-field"
      data-pointer={pointer}
      data-kind={definition.kind}
      data-invalid={messages.length > 0 ? 'true' : 'false'}
    >
      <Label {...(isList ? {} : { htmlFor: id })} className="form-field__label record-form__label">
        {label}
        {definition.required && codeState !== 'assigned' && (
          <span className="record-form__required" title={t('recordForm.required')}>
            {' *'}
          </span>
        )}
        {definition.regulated && <span className="record-form__tag">{t('recordForm.regulated')}</span>}
        {definition.unique && <span className="record-form__tag record-form__tag--quiet">{t('recordForm.unique')}</span>}
      </Label>
      {renderInput(definition, context)}
      {definition.help !== undefined && (
        <p id={`${id}-help`} className="form-field__hint">
          {definition.help[locale]}
        </p>
      )}
      <ErrorList id={id} messages={messages} />
    </div>
  );
}
