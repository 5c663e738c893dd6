'use client';

import { useEffect, useState, type FormEvent } from 'react';
import type { Translate } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';
import { listRecordsAction } from '../actions/rule-table.action';
import type { DictionaryType, Evaluation, RecordList, RuleTableDocument, Scalar } from '../api/rule-table.shape';
import { buildFacts, readFactText } from '../utils/build-facts';
import { toFactName } from '../utils/list-dictionary-fields';
import styles from './rule-table-editor.module.css';

interface TestBenchProps {
  readonly document: RuleTableDocument;
  readonly locale: Locale;
  readonly t: Translate;
  /** Dictionary types whose records can fill the facts: those the inputs read. */
  readonly recordTypes: readonly DictionaryType[];
  /** Facts to fill in, such as an issue's example; a new object each time. */
  readonly prefill: Record<string, unknown> | null;
  readonly result: Evaluation | null;
  readonly versionLabel: string;
  readonly busy: boolean;
  onRun(facts: Record<string, unknown>): void;
}

const formatValue = (value: unknown) => (value === undefined ? undefined : typeof value === 'string' ? value : JSON.stringify(value));

/**
 * Facts in, decision out: one field per input (a pick-list where the values are known), or a
 * dictionary record's values; then the outputs, and for every row why it matched or which cell failed.
 */
export function TestBench({ document, locale, t, recordTypes, prefill, result, versionLabel, busy, onRun }: TestBenchProps) {
  const [values, setValues] = useState<Readonly<Record<string, string>>>({});
  const [records, setRecords] = useState<Readonly<Record<string, RecordList['items']>>>({});

  useEffect(() => {
    if (prefill !== null) {
      setValues(Object.fromEntries(document.inputs.map((input) => [input.id, readFactText(prefill, input.expression) ?? ''])));
    }
    // Only a new prefill fills the fields; edits to the table keep what was typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [prefill]);

  useEffect(() => {
    let cancelled = false;
    void Promise.all(recordTypes.map(async (type) => [type.key, await listRecordsAction(type.key)] as const)).then((answers) => {
      if (!cancelled) {
        setRecords(Object.fromEntries(answers.flatMap(([key, answer]) => (answer.outcome === 'ok' ? [[key, answer.data.items]] : []))));
      }
    });
    return () => {
      cancelled = true;
    };
  }, [recordTypes]);

  const fillFromRecord = (typeKey: string, code: string) => {
    const record = records[typeKey]?.find((candidate) => candidate.code === code);
    if (record === undefined) return;
    const facts = { [toFactName(typeKey)]: record.values };
    setValues((current) => ({
      ...current,
      ...Object.fromEntries(document.inputs.flatMap((input) => {
        const text = readFactText(facts, input.expression);
        return text === undefined ? [] : [[input.id, text]];
      })),
    }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onRun(buildFacts(document.inputs, values));
  };

  const decision = result?.decision;
  const rowsById = new Map(document.rows.map((row, index) => [row.id, { row, index }]));

  return (
    <div className={styles.bench} data-testid="rule-bench">
      <form onSubmit={onSubmit} className={styles.benchForm}>
        {recordTypes.map((type) => (
          <div key={type.key} className="form-field">
            <label htmlFor={`bench-record-${type.key}`} className="form-field__label">
              {t('ruleTables.bench.fromRecord', { type: type.content.label[locale] })}
            </label>
            <select id={`bench-record-${type.key}`} className="form-field__input" defaultValue="" onChange={(event) => fillFromRecord(type.key, event.target.value)} data-testid="rule-bench-record">
              <option value="">{t('ruleTables.bench.pickRecord')}</option>
              {(records[type.key] ?? []).map((record) => (
                <option key={record.code} value={record.code}>
                  {record.code}
                </option>
              ))}
            </select>
          </div>
        ))}
        {document.inputs.map((input) => {
          const choices: readonly Scalar[] | undefined = input.enum ?? (input.type === 'boolean' ? [true, false] : undefined);
          const id = `bench-fact-${input.id}`;
          const value = values[input.id] ?? '';
          const onChange = (next: string) => setValues((current) => ({ ...current, [input.id]: next }));
          return (
            <div key={input.id} className="form-field">
              <label htmlFor={id} className="form-field__label">
                {input.label[locale]} <code className={styles.columnMeta}>{input.expression}</code>
              </label>
              {choices !== undefined ? (
                <select id={id} className="form-field__input" value={value} onChange={(event) => onChange(event.target.value)} data-testid="rule-bench-fact" data-input-id={input.id}>
                  <option value="">{t('ruleTables.bench.missing')}</option>
                  {choices.map((choice) => (
                    <option key={String(choice)} value={String(choice)}>
                      {String(choice)}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  id={id}
                  className="form-field__input"
                  type={input.type === 'number' || input.type === 'integer' ? 'number' : input.type === 'date' ? 'date' : 'text'}
                  step="any"
                  value={value}
                  placeholder={input.type === 'date-time' ? '2026-01-31T08:00:00Z' : t('ruleTables.bench.missing')}
                  onChange={(event) => onChange(event.target.value)}
                  data-testid="rule-bench-fact"
                  data-input-id={input.id}
                />
              )}
            </div>
          );
        })}
        <button type="submit" className="button button--primary" disabled={busy} data-testid="rule-bench-run">
          {busy ? t('ruleTables.action.busy') : t('ruleTables.bench.run', { version: versionLabel })}
        </button>
      </form>

      {decision !== undefined && (
        <div className={styles.benchResult} data-testid="rule-bench-result" data-matched={decision.matched}>
          <h3 className={styles.sideHeading}>{t('ruleTables.bench.outputs', { version: result === null || result.version === 0 ? t('ruleTables.versions.draft') : t('ruleTables.versions.version', { version: result.version }) })}</h3>
          {!decision.matched ? (
            <p className={styles.benchNoMatch} data-testid="rule-bench-outputs">
              {t('ruleTables.bench.noMatch')}
            </p>
          ) : decision.kind === 'single' ? (
            <dl className={styles.benchOutputs} data-testid="rule-bench-outputs">
              {document.outputs.map((output) => (
                <div key={output.name} className={styles.benchOutput}>
                  <dt>{output.label[locale]}</dt>
                  <dd data-output-name={output.name}>{formatValue((decision.outputs as Record<string, unknown> | undefined)?.[output.name]) ?? '—'}</dd>
                </div>
              ))}
              <div className={styles.benchOutput}>
                <dt>{t('ruleTables.bench.decidingRow')}</dt>
                <dd>{decision.rowId !== undefined ? t('ruleTables.bench.rowName', { number: (rowsById.get(decision.rowId)?.index ?? 0) + 1, id: decision.rowId }) : '—'}</dd>
              </div>
            </dl>
          ) : (
            <pre className={styles.benchRaw} data-testid="rule-bench-outputs">
              {JSON.stringify(decision.outputs, null, 2)}
            </pre>
          )}
          <h3 className={styles.sideHeading}>{t('ruleTables.bench.explanation')}</h3>
          <ol className={styles.explanation} data-testid="rule-bench-explanation">
            {(decision.explanation ?? []).map((step) => {
              const input = step.failedCell === undefined ? undefined : document.inputs[step.failedCell.columnIndex];
              return (
                <li key={step.rowId} className={step.matched ? styles.explanationMatched : styles.explanationFailed} data-testid="rule-bench-step" data-row-id={step.rowId} data-matched={step.matched}>
                  <span className={styles.explanationRow}>{t('ruleTables.bench.rowName', { number: step.rowIndex + 1, id: step.rowId })}</span>
                  {step.matched
                    ? decision.kind === 'single' && decision.rowId === step.rowId
                      ? t('ruleTables.bench.decided')
                      : t('ruleTables.bench.matched')
                    : step.failedCell !== undefined &&
                      t('ruleTables.bench.failed', {
                        column: input?.label[locale] ?? step.failedCell.inputId,
                        cell: step.failedCell.cell,
                        value: formatValue(step.failedCell.factValue) ?? t('ruleTables.bench.missing'),
                      })}
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </div>
  );
}
