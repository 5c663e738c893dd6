'use client';

import type { FieldDefinition, Locale } from '@lotflow/dictionary/browser';
import { useState, type ReactNode } from 'react';
import type { Translate } from '../../../shared/i18n/create-translator';
import { setFieldOption } from '../utils/edit-type';

interface OptionsProps {
  readonly field: FieldDefinition;
  readonly index: number;
  readonly t: Translate;
  readonly locale: Locale;
  readonly disabled: boolean;
  readonly typeKeys: readonly string[];
  onChange(field: FieldDefinition): void;
}

type Editor = (props: OptionsProps) => ReactNode;

function option(field: FieldDefinition, name: string): unknown {
  return (field as unknown as Record<string, unknown>)[name];
}

function NumberOption({ name, label, props }: { readonly name: string; readonly label: string; readonly props: OptionsProps }) {
  const value = option(props.field, name);
  const [text, setText] = useState(typeof value === 'number' ? String(value) : '');
  return (
    <label className="dictionary-option">
      <span>{label}</span>
      <input
        className="form-field__input"
        inputMode="decimal"
        value={text}
        disabled={props.disabled}
        onChange={(event) => {
          setText(event.target.value);
          const trimmed = event.target.value.trim();
          const number = Number(trimmed);
          props.onChange(setFieldOption(props.field, name, trimmed === '' ? undefined : Number.isFinite(number) ? number : trimmed));
        }}
        data-testid={`type-field-option-${name}`}
      />
    </label>
  );
}

function TextOption({ name, label, props, placeholder }: { readonly name: string; readonly label: string; readonly props: OptionsProps; readonly placeholder?: string }) {
  const value = option(props.field, name);
  return (
    <label className="dictionary-option">
      <span>{label}</span>
      <input
        className="form-field__input"
        value={typeof value === 'string' ? value : ''}
        placeholder={placeholder}
        disabled={props.disabled}
        onChange={(event) => props.onChange(setFieldOption(props.field, name, event.target.value === '' ? undefined : event.target.value))}
        data-testid={`type-field-option-${name}`}
      />
    </label>
  );
}

function EnumValues(props: OptionsProps) {
  const { field, t, disabled, onChange } = props;
  const values = (option(field, 'values') as { value: string; label: { en: string; 'zh-CN': string } }[] | undefined) ?? [];
  const update = (next: typeof values) => onChange(setFieldOption(field, 'values', next));
  return (
    <div className="dictionary-option dictionary-option--wide">
      <span>{t('dictionary.editor.option.values')}</span>
      <table className="record-form__table">
        <thead>
          <tr>
            <th scope="col">{t('dictionary.editor.option.value')}</th>
            <th scope="col">{t('dictionary.editor.labelEn')}</th>
            <th scope="col">{t('dictionary.editor.labelZh')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('dictionary.editor.remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {values.map((value, position) => (
            <tr key={position}>
              <td>
                <input
                  className="form-field__input"
                  aria-label={t('dictionary.editor.option.value')}
                  value={value.value}
                  disabled={disabled}
                  onChange={(event) => update(values.map((entry, at) => (at === position ? { ...entry, value: event.target.value } : entry)))}
                />
              </td>
              {(['en', 'zh-CN'] as const).map((language) => (
                <td key={language}>
                  <input
                    className="form-field__input"
                    aria-label={language === 'en' ? t('dictionary.editor.labelEn') : t('dictionary.editor.labelZh')}
                    value={value.label[language]}
                    disabled={disabled}
                    onChange={(event) =>
                      update(values.map((entry, at) => (at === position ? { ...entry, label: { ...entry.label, [language]: event.target.value } } : entry)))
                    }
                  />
                </td>
              ))}
              <td>
                <button type="button" className="button button--ghost button--small" disabled={disabled} onClick={() => update(values.filter((_entry, at) => at !== position))}>
                  {t('dictionary.editor.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button button--secondary button--small" disabled={disabled} onClick={() => update([...values, { value: '', label: { en: '', 'zh-CN': '' } }])}>
        {t('dictionary.editor.option.addValue')}
      </button>
    </div>
  );
}

/** A list's items or row fields are nested definitions: edited as JSON, checked like the rest of the type. */
function ListShape(props: OptionsProps) {
  const { field, t, disabled, onChange } = props;
  const shape = option(field, 'fields') !== undefined ? { fields: option(field, 'fields') } : { items: option(field, 'items') };
  const [text, setText] = useState(JSON.stringify(shape, null, 2));
  const [error, setError] = useState<string | null>(null);
  return (
    <label className="dictionary-option dictionary-option--wide">
      <span>{t('dictionary.editor.option.listShape')}</span>
      <textarea
        className="form-field__input dictionary-json"
        rows={Math.min(16, text.split('\n').length + 1)}
        value={text}
        disabled={disabled}
        spellCheck={false}
        aria-invalid={error !== null}
        onChange={(event) => {
          setText(event.target.value);
          try {
            const parsed = JSON.parse(event.target.value) as { fields?: unknown; items?: unknown };
            setError(null);
            const withoutShape = setFieldOption(setFieldOption(field, 'fields', undefined), 'items', undefined);
            onChange(setFieldOption(setFieldOption(withoutShape, 'fields', parsed.fields), 'items', parsed.items));
          } catch (parseError) {
            setError(parseError instanceof Error ? parseError.message : String(parseError));
          }
        }}
      />
      <span className="form-field__hint">{t('dictionary.editor.option.listShapeHint')}</span>
      {error !== null && <span className="form-field__error">{t('dictionary.editor.option.notJson', { reason: error })}</span>}
    </label>
  );
}

function DefaultOption(props: OptionsProps) {
  const kind = props.field.kind;
  if (kind === 'integer' || kind === 'decimal') return <NumberOption name="default" label={props.t('dictionary.editor.option.default')} props={props} />;
  if (kind === 'boolean') {
    const value = option(props.field, 'default');
    return (
      <label className="dictionary-option">
        <span>{props.t('dictionary.editor.option.default')}</span>
        <select
          className="form-field__input"
          value={value === undefined ? '' : String(value)}
          disabled={props.disabled}
          onChange={(event) => props.onChange(setFieldOption(props.field, 'default', event.target.value === '' ? undefined : event.target.value === 'true'))}
        >
          <option value="">—</option>
          <option value="true">{props.t('recordForm.yes')}</option>
          <option value="false">{props.t('recordForm.no')}</option>
        </select>
      </label>
    );
  }
  return <TextOption name="default" label={props.t('dictionary.editor.option.default')} props={props} />;
}

/** The options each kind has, as inputs. */
const editors: Readonly<Record<FieldDefinition['kind'], Editor>> = {
  text: (props) => (
    <>
      <NumberOption name="minLength" label={props.t('dictionary.editor.option.minLength')} props={props} />
      <NumberOption name="maxLength" label={props.t('dictionary.editor.option.maxLength')} props={props} />
      <TextOption name="pattern" label={props.t('dictionary.editor.option.pattern')} props={props} placeholder="^[A-Z]{2}$" />
      <DefaultOption {...props} />
    </>
  ),
  integer: (props) => (
    <>
      <NumberOption name="min" label={props.t('dictionary.editor.option.min')} props={props} />
      <NumberOption name="max" label={props.t('dictionary.editor.option.max')} props={props} />
      <TextOption name="unit" label={props.t('dictionary.editor.option.unit')} props={props} placeholder="d" />
      <DefaultOption {...props} />
    </>
  ),
  decimal: (props) => (
    <>
      <NumberOption name="min" label={props.t('dictionary.editor.option.min')} props={props} />
      <NumberOption name="max" label={props.t('dictionary.editor.option.max')} props={props} />
      <NumberOption name="scale" label={props.t('dictionary.editor.option.scale')} props={props} />
      <TextOption name="unit" label={props.t('dictionary.editor.option.unit')} props={props} placeholder="in" />
      <DefaultOption {...props} />
    </>
  ),
  boolean: (props) => <DefaultOption {...props} />,
  date: (props) => <DefaultOption {...props} />,
  'date-time': (props) => <DefaultOption {...props} />,
  enum: (props) => (
    <>
      <EnumValues {...props} />
      <DefaultOption {...props} />
    </>
  ),
  reference: (props) => {
    const target = option(props.field, 'targetType');
    const statuses = option(props.field, 'allowedStatuses');
    return (
      <>
        <label className="dictionary-option">
          <span>{props.t('dictionary.editor.option.targetType')}</span>
          <select
            className="form-field__input"
            value={typeof target === 'string' ? target : ''}
            disabled={props.disabled}
            onChange={(event) => props.onChange(setFieldOption(props.field, 'targetType', event.target.value))}
          >
            <option value="">{props.t('recordForm.choose')}</option>
            {props.typeKeys.map((key) => (
              <option key={key} value={key}>
                {key}
              </option>
            ))}
          </select>
        </label>
        <label className="dictionary-option">
          <span>{props.t('dictionary.editor.option.allowedStatuses')}</span>
          <input
            className="form-field__input"
            value={Array.isArray(statuses) ? statuses.join(', ') : ''}
            placeholder="active, approved"
            disabled={props.disabled}
            onChange={(event) => {
              const list = event.target.value.split(',').map((status) => status.trim()).filter((status) => status !== '');
              props.onChange(setFieldOption(props.field, 'allowedStatuses', list.length === 0 ? undefined : list));
            }}
          />
        </label>
      </>
    );
  },
  list: (props) => (
    <>
      <NumberOption name="minItems" label={props.t('dictionary.editor.option.minItems')} props={props} />
      <NumberOption name="maxItems" label={props.t('dictionary.editor.option.maxItems')} props={props} />
      <ListShape {...props} />
    </>
  ),
  code: (props) => <TextOption name="numbering" label={props.t('dictionary.editor.option.numbering')} props={props} placeholder="lot" />,
};

/** The inputs for the options of a field's kind. */
export function FieldOptions(props: OptionsProps) {
  const Editor = editors[props.field.kind];
  return <div className="dictionary-options">{Editor(props)}</div>;
}
