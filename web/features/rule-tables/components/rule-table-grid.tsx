'use client';

import { useEffect, useRef, useState, type Dispatch, type KeyboardEvent } from 'react';
import type { Translate } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';
import type { RuleTableDocument, RuleTableIssue } from '../api/rule-table.shape';
import { cellKey, outputCellKey, worstSeverity, type IssuePlacement } from '../utils/map-issues-to-cells';
import { isCursorKey, moveGridCursor, type GridPosition } from '../utils/move-grid-cursor';
import { ANY_VALUE, type EditorAction } from '../utils/rule-table-editor.reducer';
import { InputCellEditor, OutputCellEditor } from './cell-editor';
import styles from './rule-table-editor.module.css';

/** What the test bench found, shown on the grid: the rows that matched and each other row's failing cell. */
export interface BenchMarks {
  readonly matchedRowIds: ReadonlySet<string>;
  readonly decidingRowIds: ReadonlySet<string>;
  readonly failedCells: ReadonlyMap<string, { readonly columnIndex: number; readonly factValue: unknown }>;
}

export type ColumnRef = { readonly kind: 'input' | 'output'; readonly index: number };

interface RuleTableGridProps {
  readonly document: RuleTableDocument;
  readonly locale: Locale;
  readonly t: Translate;
  readonly canEdit: boolean;
  readonly placement: IssuePlacement;
  /**
   * Issues to explain under their rows without being asked: errors, warnings, and notes that were
   * not there when the table was opened (an overlap the analyst just made). Other notes wait behind
   * the row's badge, so a FIRST table's intended overlaps do not bury the grid.
   */
  isOutstanding(issue: RuleTableIssue): boolean;
  readonly bench: BenchMarks | null;
  readonly cursor: GridPosition;
  onCursor(position: GridPosition): void;
  dispatch: Dispatch<EditorAction>;
  onEditColumn(column: ColumnRef): void;
  onEditRow(rowIndex: number): void;
}

type Editing = { readonly row: number; readonly column: number; readonly initial?: string } | null;

const describeIssues = (issues: readonly RuleTableIssue[] | undefined, locale: Locale) =>
  (issues ?? []).map((issue) => issue.message[locale] ?? issue.message.en).join('\n');

/**
 * The table as a spreadsheet: one row per rule, its conditions (inputs) then its outputs. Arrows,
 * Tab, Home and End move; Enter or typing edits; Escape cancels; Delete clears a condition to `-`;
 * Ctrl+Z and Ctrl+Y undo and redo. Cells and rows the analysis names are marked, and the sentence
 * explaining them shows under the row.
 */
export function RuleTableGrid({ document, locale, t, canEdit, placement, isOutstanding, bench, cursor, onCursor, dispatch, onEditColumn, onEditRow }: RuleTableGridProps) {
  const gridRef = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const { inputs, outputs, rows } = document;
  const size = { rows: rows.length, columns: inputs.length + outputs.length };

  useEffect(() => {
    gridRef.current?.querySelector(`[data-row-index="${cursor.row}"] [data-column-index="${cursor.column}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [cursor]);

  const focusGrid = () => gridRef.current?.focus();

  const startEditing = (position: GridPosition, initial?: string) => {
    if (canEdit && position.row < rows.length && position.column < size.columns) {
      setEditing({ ...position, ...(initial === undefined ? {} : { initial }) });
    }
  };

  const finish = (then: 'down' | 'right' | 'left' | 'stay') => {
    setEditing(null);
    if (then !== 'stay') {
      onCursor(moveGridCursor(cursor, then === 'down' ? 'ArrowDown' : 'Tab', size, then === 'left'));
    }
    focusGrid();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editing !== null || event.target !== gridRef.current) {
      return;
    }
    const command = event.ctrlKey || event.metaKey;
    if (command && !event.altKey && (event.key === 'z' || event.key === 'Z' || event.key === 'y')) {
      event.preventDefault();
      dispatch({ type: event.key === 'y' || event.shiftKey ? 'redo' : 'undo' });
      return;
    }
    if (isCursorKey(event.key)) {
      const next = moveGridCursor(cursor, event.key, size, event.shiftKey);
      // Tab from the last cell (Shift+Tab from the first) leaves the grid, so the keyboard is never trapped.
      if (event.key === 'Tab' && next.row === cursor.row && next.column === cursor.column) {
        return;
      }
      event.preventDefault();
      onCursor(next);
      return;
    }
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      startEditing(cursor);
      return;
    }
    if ((event.key === 'Delete' || event.key === 'Backspace') && canEdit && cursor.column < inputs.length) {
      event.preventDefault();
      dispatch({ type: 'edit-cell', rowIndex: cursor.row, columnIndex: cursor.column, text: ANY_VALUE });
      return;
    }
    if (event.key.length === 1 && !command && !event.altKey && cursor.column < inputs.length) {
      event.preventDefault();
      startEditing(cursor, event.key);
    }
  };

  const toggleExpanded = (rowId: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(rowId)) next.delete(rowId);
      else next.add(rowId);
      return next;
    });

  const moveColumn = ({ kind, index }: ColumnRef, to: number) =>
    dispatch(kind === 'input' ? { type: 'move-input', columnIndex: index, to } : { type: 'move-output', index, to });

  const columnActions = (column: ColumnRef, count: number) =>
    canEdit && (
      <span className={styles.columnActions}>
        <button type="button" className={styles.iconButton} onClick={() => onEditColumn(column)} title={t('ruleTables.column.edit')} data-testid="rule-column-edit">
          ✎
        </button>
        <button type="button" className={styles.iconButton} disabled={column.index === 0} onClick={() => moveColumn(column, column.index - 1)} title={t('ruleTables.column.moveLeft')}>
          ←
        </button>
        <button type="button" className={styles.iconButton} disabled={column.index === count - 1} onClick={() => moveColumn(column, column.index + 1)} title={t('ruleTables.column.moveRight')}>
          →
        </button>
        <button
          type="button"
          className={styles.iconButton}
          disabled={count <= 1}
          onClick={() => dispatch(column.kind === 'input' ? { type: 'delete-input', columnIndex: column.index } : { type: 'delete-output', index: column.index })}
          title={t('ruleTables.column.delete')}
          data-testid="rule-column-delete"
        >
          ✕
        </button>
      </span>
    );

  return (
    <div
      ref={gridRef}
      className={styles.grid}
      role="grid"
      tabIndex={0}
      aria-label={t('ruleTables.grid.label')}
      aria-rowcount={rows.length + 1}
      aria-colcount={size.columns + 1}
      aria-readonly={!canEdit}
      onKeyDown={onKeyDown}
      data-testid="rule-grid"
    >
      <table className={styles.gridTable}>
        <thead>
          <tr>
            <th scope="col" className={styles.rowHeaderCell}>
              {t('ruleTables.grid.rule')}
            </th>
            {inputs.map((input, index) => {
              const severity = worstSeverity(placement.inputs.get(input.id));
              return (
                <th
                  key={`input-${input.id}-${index}`}
                  scope="col"
                  className={`${styles.columnHeader} ${styles.inputHeader}`}
                  data-testid="rule-input-header"
                  data-input-id={input.id}
                  data-issue-severity={severity ?? ''}
                  title={describeIssues(placement.inputs.get(input.id), locale) || undefined}
                >
                  <span className={styles.columnKind}>{t('ruleTables.grid.when')}</span>
                  <span className={styles.columnLabel}>{input.label[locale]}</span>
                  <code className={styles.columnMeta}>
                    {input.expression} · {t(`ruleTables.type.${input.type}`)}
                  </code>
                  {severity !== undefined && <span className={`${styles.severityDot} ${styles[`severity-${severity}`]}`} aria-hidden="true" />}
                  {columnActions({ kind: 'input', index }, inputs.length)}
                </th>
              );
            })}
            {outputs.map((output, index) => (
              <th
                key={`output-${output.name}-${index}`}
                scope="col"
                className={`${styles.columnHeader} ${styles.outputHeader}`}
                data-testid="rule-output-header"
                data-output-name={output.name}
              >
                <span className={styles.columnKind}>{t('ruleTables.grid.then')}</span>
                <span className={styles.columnLabel}>{output.label[locale]}</span>
                <code className={styles.columnMeta}>
                  {output.name} · {t(`ruleTables.type.${output.type}`)}
                </code>
                {columnActions({ kind: 'output', index }, outputs.length)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => {
            const rowIssues = placement.rows.get(row.id) ?? [];
            const severity = worstSeverity(rowIssues);
            const shownIssues = expanded.has(row.id) ? rowIssues : rowIssues.filter(isOutstanding);
            const showIssues = shownIssues.length > 0;
            const matched = bench?.matchedRowIds.has(row.id) ?? false;
            const failed = bench?.failedCells.get(row.id);
            return [
              <tr
                key={`row-${rowIndex}`}
                className={`${styles.row} ${rowIndex === cursor.row ? styles.rowCurrent : ''}`}
                data-testid="rule-row"
                data-row-id={row.id}
                data-row-index={rowIndex}
                data-issue-severity={severity ?? ''}
                data-issue-codes={[...new Set(rowIssues.map((issue) => issue.code))].join(' ')}
                data-bench={bench === null ? '' : matched ? (bench.decidingRowIds.has(row.id) ? 'decided' : 'matched') : 'failed'}
              >
                <th scope="row" className={styles.rowHeaderCell}>
                  <div className={styles.rowHeader}>
                    <span className={styles.rowNumber}>{rowIndex + 1}</span>
                    <button
                      type="button"
                      className={styles.rowId}
                      onClick={() => (canEdit ? onEditRow(rowIndex) : onCursor({ row: rowIndex, column: cursor.column }))}
                      title={row.description ?? row.id}
                      data-testid="rule-row-id"
                    >
                      {row.id}
                    </button>
                    {severity !== undefined && (
                      <button
                        type="button"
                        className={`${styles.issueBadge} ${styles[`severity-${severity}`]}`}
                        onClick={() => toggleExpanded(row.id)}
                        aria-expanded={expanded.has(row.id)}
                        title={describeIssues(rowIssues, locale)}
                        data-testid="rule-row-issue-badge"
                      >
                        {rowIssues.length}
                      </button>
                    )}
                    {bench !== null && (
                      <span className={matched ? styles.benchMatched : styles.benchFailed} title={matched ? t('ruleTables.bench.rowMatched') : t('ruleTables.bench.rowFailed')}>
                        {matched ? '✓' : '✗'}
                      </span>
                    )}
                  </div>
                  {row.description !== undefined && <p className={styles.rowDescription}>{row.description}</p>}
                  {canEdit && (
                    <div className={styles.rowActions}>
                      <button type="button" className={styles.iconButton} disabled={rowIndex === 0} onClick={() => dispatch({ type: 'move-row', rowIndex, to: rowIndex - 1 })} title={t('ruleTables.row.moveUp')} data-testid="rule-row-up">
                        ↑
                      </button>
                      <button
                        type="button"
                        className={styles.iconButton}
                        disabled={rowIndex === rows.length - 1}
                        onClick={() => dispatch({ type: 'move-row', rowIndex, to: rowIndex + 1 })}
                        title={t('ruleTables.row.moveDown')}
                        data-testid="rule-row-down"
                      >
                        ↓
                      </button>
                      <button type="button" className={styles.iconButton} onClick={() => dispatch({ type: 'add-row', at: rowIndex + 1 })} title={t('ruleTables.row.addBelow')} data-testid="rule-row-add">
                        +
                      </button>
                      <button
                        type="button"
                        className={styles.iconButton}
                        disabled={rows.length <= 1}
                        onClick={() => dispatch({ type: 'delete-row', rowIndex })}
                        title={t('ruleTables.row.delete')}
                        data-testid="rule-row-delete"
                      >
                        ✕
                      </button>
                    </div>
                  )}
                </th>
                {inputs.map((input, columnIndex) => {
                  const issues = placement.cells.get(cellKey(row.id, input.id));
                  const cellSeverity = worstSeverity(issues);
                  const isCursor = cursor.row === rowIndex && cursor.column === columnIndex;
                  const isEditing = editing?.row === rowIndex && editing.column === columnIndex;
                  const failedHere = failed?.columnIndex === columnIndex;
                  const text = row.cells[columnIndex] ?? ANY_VALUE;
                  return (
                    <td
                      key={`cell-${columnIndex}`}
                      role="gridcell"
                      aria-selected={isCursor}
                      className={[styles.cell, isCursor ? styles.cellCursor : '', cellSeverity ? styles[`cell-${cellSeverity}`] : '', failedHere ? styles.cellFailed : ''].join(' ')}
                      onClick={() => onCursor({ row: rowIndex, column: columnIndex })}
                      onDoubleClick={() => startEditing({ row: rowIndex, column: columnIndex })}
                      title={[describeIssues(issues, locale), failedHere ? t('ruleTables.bench.cellFailed', { value: JSON.stringify(failed?.factValue) ?? t('ruleTables.bench.missing') }) : ''].filter(Boolean).join('\n') || undefined}
                      data-testid="rule-cell"
                      data-column-index={columnIndex}
                      data-input-id={input.id}
                      data-issue-severity={cellSeverity ?? ''}
                      data-bench-failed={failedHere}
                    >
                      {isEditing ? (
                        <InputCellEditor
                          input={input}
                          label={input.label[locale]}
                          initial={editing.initial ?? text}
                          t={t}
                          onEnd={(end) => {
                            if (end.kind === 'commit') {
                              dispatch({ type: 'edit-cell', rowIndex, columnIndex, text: end.text.trim() === '' ? ANY_VALUE : end.text.trim() });
                              finish(end.then);
                            } else {
                              finish('stay');
                            }
                          }}
                        />
                      ) : (
                        <code className={text === ANY_VALUE ? styles.cellAny : styles.cellText}>{text}</code>
                      )}
                    </td>
                  );
                })}
                {outputs.map((output, outputIndex) => {
                  const columnIndex = inputs.length + outputIndex;
                  const issues = placement.cells.get(outputCellKey(row.id, output.name));
                  const cellSeverity = worstSeverity(issues);
                  const isCursor = cursor.row === rowIndex && cursor.column === columnIndex;
                  const isEditing = editing?.row === rowIndex && editing.column === columnIndex;
                  const value = row.outputs[output.name];
                  return (
                    <td
                      key={`output-${outputIndex}`}
                      role="gridcell"
                      aria-selected={isCursor}
                      className={[styles.cell, styles.outputCell, isCursor ? styles.cellCursor : '', cellSeverity ? styles[`cell-${cellSeverity}`] : ''].join(' ')}
                      onClick={() => onCursor({ row: rowIndex, column: columnIndex })}
                      onDoubleClick={() => startEditing({ row: rowIndex, column: columnIndex })}
                      title={describeIssues(issues, locale) || undefined}
                      data-testid="rule-output-cell"
                      data-column-index={columnIndex}
                      data-output-name={output.name}
                      data-issue-severity={cellSeverity ?? ''}
                    >
                      {isEditing ? (
                        <OutputCellEditor
                          output={output}
                          label={output.label[locale]}
                          initial={value}
                          t={t}
                          onEnd={(end) => {
                            if (end.kind === 'commit') {
                              dispatch({ type: 'edit-output', rowIndex, outputName: output.name, value: end.value });
                              finish(end.then);
                            } else {
                              finish('stay');
                            }
                          }}
                        />
                      ) : (
                        <span className={styles.outputValue}>{value === undefined ? '—' : String(value)}</span>
                      )}
                    </td>
                  );
                })}
              </tr>,
              showIssues && (
                <tr key={`issues-${rowIndex}`} className={styles.issueStrip} data-testid="rule-row-issues" data-row-id={row.id}>
                  <td colSpan={size.columns + 1}>
                    <ul className={styles.issueStripList}>
                      {shownIssues.map((issue, index) => (
                        <li key={index} className={`${styles.issueStripItem} ${styles[`severity-${issue.severity}`]}`} data-testid="rule-row-issue" data-code={issue.code} data-severity={issue.severity}>
                          <span className={styles.issueStripCode}>{t(`ruleTables.severity.${issue.severity}`)}</span>
                          {issue.message[locale] ?? issue.message.en}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ),
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}
