import { describe, expect, it } from 'vitest';
import { createEditorState, ruleTableEditorReducer, type EditorAction, type EditorState } from '../rule-table-editor.reducer';
import { tubingTable } from './fixtures';

const run = (state: EditorState, ...actions: EditorAction[]) => actions.reduce(ruleTableEditorReducer, state);

describe('the rule table editor reducer', () => {
  const start = createEditorState(tubingTable);

  it('given a cell edit, then only that cell changes and the edit can be undone and redone', () => {
    const edited = run(start, { type: 'edit-cell', rowIndex: 2, columnIndex: 0, text: '[0.145..0.154]' });
    expect(edited.document.rows[2]!.cells).toEqual(['[0.145..0.154]', '"pass"']);
    expect(edited.document.rows[1]).toBe(tubingTable.rows[1]);

    const undone = run(edited, { type: 'undo' });
    expect(undone.document).toBe(tubingTable);
    expect(run(undone, { type: 'redo' }).document.rows[2]!.cells[0]).toBe('[0.145..0.154]');
  });

  it('given an edit that changes nothing, then it is no step of the history', () => {
    const same = run(start, { type: 'edit-cell', rowIndex: 0, columnIndex: 1, text: '"fail"' }, { type: 'set-hit-policy', hitPolicy: 'FIRST' });
    expect(same).toBe(start);
  });

  it('given a new edit after an undo, then the undone step can no longer be redone', () => {
    const state = run(
      start,
      { type: 'edit-cell', rowIndex: 0, columnIndex: 0, text: '> 0.2' },
      { type: 'undo' },
      { type: 'edit-output', rowIndex: 0, outputName: 'disposition', value: 'hold' },
    );
    expect(state.future).toEqual([]);
    expect(run(state, { type: 'redo' })).toBe(state);
    expect(state.document.rows[0]!.cells[0]).toBe('-');
  });

  it('given rows added, moved and deleted, then ids stay unique and cells follow their row', () => {
    const state = run(start, { type: 'add-row', at: 1 }, { type: 'move-row', rowIndex: 3, to: 0 }, { type: 'delete-row', rowIndex: 2 });
    expect(state.document.rows.map((row) => row.id)).toEqual(['in-spec', 'leak', 'near-limit']);
    const added = run(start, { type: 'add-row', at: 99 }, { type: 'add-row', at: 0 });
    expect(added.document.rows.map((row) => row.id)).toEqual(['rule-5', 'leak', 'near-limit', 'in-spec', 'rule-4']);
    expect(added.document.rows[0]).toEqual({ id: 'rule-5', cells: ['-', '-'], outputs: { disposition: 'reject' } });
  });

  it('given the last row, then it cannot be deleted', () => {
    const one = run(start, { type: 'delete-row', rowIndex: 0 }, { type: 'delete-row', rowIndex: 0 }, { type: 'delete-row', rowIndex: 0 });
    expect(one.document.rows).toHaveLength(1);
  });

  it('given an input added, moved and deleted, then every row keeps one cell per input in input order', () => {
    const supplier = { id: 'supplier', label: { en: 'Supplier', 'zh-CN': '供应商' }, expression: 'supplier.status', type: 'string' as const };
    const added = run(start, { type: 'add-input', at: 1, input: supplier });
    expect(added.document.rows.map((row) => row.cells)).toEqual([
      ['-', '-', '"fail"'],
      ['[0.145..0.146[', '-', '-'],
      ['[0.146..0.154]', '-', '"pass"'],
    ]);
    const moved = run(added, { type: 'move-input', columnIndex: 0, to: 2 });
    expect(moved.document.inputs.map((input) => input.id)).toEqual(['supplier', 'leakTest', 'outerDiameter']);
    expect(moved.document.rows[2]!.cells).toEqual(['-', '"pass"', '[0.146..0.154]']);
    const deleted = run(moved, { type: 'delete-input', columnIndex: 1 });
    expect(deleted.document.rows[2]!.cells).toEqual(['-', '[0.146..0.154]']);
  });

  it('given an output renamed, added and deleted, then every row sets exactly the declared outputs', () => {
    const renamed = run(start, {
      type: 'update-output',
      index: 0,
      output: { ...tubingTable.outputs[0]!, name: 'decision' },
    });
    expect(renamed.document.rows[1]!.outputs).toEqual({ decision: 'hold' });
    const added = run(renamed, { type: 'add-output', at: 1, output: { name: 'retest', label: { en: 'Retest', 'zh-CN': '复检' }, type: 'boolean' } });
    expect(added.document.rows[0]!.outputs).toEqual({ decision: 'reject', retest: false });
    const deleted = run(added, { type: 'delete-output', index: 0 });
    expect(deleted.document.rows[0]!.outputs).toEqual({ retest: false });
  });

  it('given COLLECT with an aggregation and then another hit policy, then the aggregation goes', () => {
    const collect = run(start, { type: 'set-hit-policy', hitPolicy: 'COLLECT', aggregation: 'COUNT' });
    expect(collect.document).toMatchObject({ hitPolicy: 'COLLECT', aggregation: 'COUNT' });
    const unique = run(collect, { type: 'set-hit-policy', hitPolicy: 'UNIQUE', aggregation: 'COUNT' });
    expect(unique.document.hitPolicy).toBe('UNIQUE');
    expect('aggregation' in unique.document).toBe(false);
  });

  it('given a load, then the history starts afresh', () => {
    const state = run(start, { type: 'add-row', at: 0 }, { type: 'load', document: tubingTable });
    expect(state).toEqual(createEditorState(tubingTable));
  });
});
