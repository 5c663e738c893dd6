'use client';

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Translate } from '../../../shared/i18n/create-translator';
import type { RuleTableInput, RuleTableOutput, Scalar } from '../api/rule-table.shape';
import { chooseCellEditor, pickListValues, readListCell, readRangeCell, writeListCell, writeRangeCell, type RangeCell } from '../utils/cell-text';
import styles from './rule-table-editor.module.css';

/** How editing ended: with the value to keep (and where the cursor goes next), or cancelled. */
export type EditEnd = { readonly kind: 'commit'; readonly text: string; readonly then: 'down' | 'right' | 'left' | 'stay' } | { readonly kind: 'cancel' };

interface InputCellEditorProps {
  readonly input: RuleTableInput;
  /** The column's label in the page language. */
  readonly label: string;
  readonly initial: string;
  readonly t: Translate;
  onEnd(end: EditEnd): void;
}

function keyEnd(event: KeyboardEvent, text: string): EditEnd | undefined {
  if (event.key === 'Escape') return { kind: 'cancel' };
  if (event.key === 'Enter') return { kind: 'commit', text, then: 'down' };
  if (event.key === 'Tab') return { kind: 'commit', text, then: event.shiftKey ? 'left' : 'right' };
  return undefined;
}

/**
 * A condition cell being edited: the S-FEEL text, and beside it what fits the input's type — a
 * pick-list of the allowed values, or the two bounds of a range. Enter keeps it, Escape does not.
 */
export function InputCellEditor({ input, label, initial, t, onEnd }: InputCellEditorProps) {
  const [text, setText] = useState(initial);
  const textRef = useRef<HTMLInputElement>(null);
  const ended = useRef(false);
  const end = (result: EditEnd) => {
    if (!ended.current) {
      ended.current = true;
      onEnd(result);
    }
  };

  useEffect(() => {
    const field = textRef.current;
    field?.focus();
    field?.setSelectionRange(field.value.length, field.value.length);
  }, []);

  const kind = chooseCellEditor(input);
  const list = kind === 'pick-list' ? readListCell(text, input.type) : undefined;
  const range = kind === 'range' ? readRangeCell(text, input.type) : undefined;
  const setRange = (next: Partial<RangeCell>) => setText(writeRangeCell({ ...(range ?? { lowIncluded: true, highIncluded: true }), ...next }, input.type));
  const boundType = input.type === 'date' ? 'date' : input.type === 'date-time' ? 'text' : 'number';

  return (
    <div
      className={styles.cellEditor}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) {
          end({ kind: 'commit', text, then: 'stay' });
        }
      }}
      onKeyDown={(event) => {
        const result = keyEnd(event, text);
        if (result !== undefined) {
          event.preventDefault();
          event.stopPropagation();
          end(result);
        }
      }}
      data-testid="rule-cell-editor"
    >
      <input
        ref={textRef}
        className={styles.cellEditorText}
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-label={t('ruleTables.cell.textLabel', { column: label })}
        spellCheck={false}
        data-testid="rule-cell-input"
      />
      {kind === 'pick-list' && (
        <div className={styles.cellHelper} data-testid="rule-cell-pick-list">
          {list === undefined ? (
            <p className={styles.cellHelperHint}>{t('ruleTables.cell.pickListUnreadable')}</p>
          ) : (
            <>
              <label className={styles.cellHelperOption}>
                <input
                  type="checkbox"
                  checked={list.negated}
                  onChange={(event) => setText(writeListCell({ ...list, negated: event.target.checked }, input.type))}
                />
                {t('ruleTables.cell.negate')}
              </label>
              {pickListValues(input).map((value) => (
                <label key={String(value)} className={styles.cellHelperOption}>
                  <input
                    type="checkbox"
                    checked={list.values.includes(value)}
                    onChange={(event) => {
                      const values = event.target.checked ? [...list.values, value] : list.values.filter((candidate) => candidate !== value);
                      setText(writeListCell({ ...list, values: pickListValues(input).filter((candidate) => values.includes(candidate)) }, input.type));
                    }}
                    data-testid="rule-cell-option"
                    data-value={String(value)}
                  />
                  <code>{String(value)}</code>
                </label>
              ))}
            </>
          )}
        </div>
      )}
      {kind === 'range' && (
        <div className={styles.cellHelper} data-testid="rule-cell-range">
          {range === undefined ? (
            <p className={styles.cellHelperHint}>{t('ruleTables.cell.rangeUnreadable')}</p>
          ) : (
            <div className={styles.rangeRow}>
              <select
                value={range.lowIncluded ? '[' : ']'}
                onChange={(event) => setRange({ lowIncluded: event.target.value === '[' })}
                aria-label={t('ruleTables.cell.lowIncluded')}
              >
                <option value="[">≥</option>
                <option value="]">&gt;</option>
              </select>
              <input
                type={boundType}
                step="any"
                value={range.low ?? ''}
                onChange={(event) => setRange({ low: event.target.value })}
                aria-label={t('ruleTables.cell.low')}
                placeholder={t('ruleTables.cell.low')}
                data-testid="rule-cell-low"
              />
              <span aria-hidden="true">…</span>
              <select
                value={range.highIncluded ? ']' : '['}
                onChange={(event) => setRange({ highIncluded: event.target.value === ']' })}
                aria-label={t('ruleTables.cell.highIncluded')}
              >
                <option value="]">≤</option>
                <option value="[">&lt;</option>
              </select>
              <input
                type={boundType}
                step="any"
                value={range.high ?? ''}
                onChange={(event) => setRange({ high: event.target.value })}
                aria-label={t('ruleTables.cell.high')}
                placeholder={t('ruleTables.cell.high')}
                data-testid="rule-cell-high"
              />
            </div>
          )}
        </div>
      )}
      <p className={styles.cellHelperHint}>{t('ruleTables.cell.keys')}</p>
    </div>
  );
}

interface OutputCellEditorProps {
  readonly output: RuleTableOutput;
  readonly label: string;
  readonly initial: Scalar | undefined;
  readonly t: Translate;
  onEnd(end: { readonly kind: 'commit'; readonly value: Scalar; readonly then: 'down' | 'right' | 'left' | 'stay' } | { readonly kind: 'cancel' }): void;
}

/** An output cell being edited: a pick-list for allowed values and true/false, else a typed field. */
export function OutputCellEditor({ output, label, initial, t, onEnd }: OutputCellEditorProps) {
  const [text, setText] = useState(initial === undefined ? '' : String(initial));
  const ended = useRef(false);
  const fieldRef = useRef<HTMLInputElement & HTMLSelectElement>(null);
  useEffect(() => fieldRef.current?.focus(), []);

  const choices = output.enum ?? (output.type === 'boolean' ? [true, false] : undefined);
  const toValue = (raw: string): Scalar => {
    const chosen = choices?.find((choice) => String(choice) === raw);
    if (chosen !== undefined) return chosen;
    if ((output.type === 'number' || output.type === 'integer') && raw.trim() !== '' && Number.isFinite(Number(raw))) return Number(raw);
    return raw;
  };
  const end = (result: Parameters<OutputCellEditorProps['onEnd']>[0]) => {
    if (!ended.current) {
      ended.current = true;
      onEnd(result);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const result = keyEnd(event, text);
    if (result !== undefined) {
      event.preventDefault();
      event.stopPropagation();
      end(result.kind === 'cancel' ? result : { kind: 'commit', value: toValue(text), then: result.then });
    }
  };
  const common = {
    className: styles.cellEditorText,
    onKeyDown,
    onBlur: () => end({ kind: 'commit', value: toValue(text), then: 'stay' }),
    'aria-label': t('ruleTables.cell.outputLabel', { column: label }),
    'data-testid': 'rule-output-input',
  };
  return (
    <div className={styles.cellEditor} data-testid="rule-cell-editor">
      {choices !== undefined ? (
        <select ref={fieldRef} {...common} value={text} onChange={(event) => setText(event.target.value)}>
          {!choices.some((choice) => String(choice) === text) && <option value={text}>{text}</option>}
          {choices.map((choice) => (
            <option key={String(choice)} value={String(choice)}>
              {String(choice)}
            </option>
          ))}
        </select>
      ) : (
        <input
          ref={fieldRef}
          {...common}
          type={output.type === 'number' || output.type === 'integer' ? 'number' : output.type === 'date' ? 'date' : 'text'}
          step="any"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      )}
    </div>
  );
}
