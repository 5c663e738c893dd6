import { describe, expect, it } from 'vitest';
import type { RuleTableIssue } from '../../api/rule-table.shape';
import { cellKey, issueIdentity, mapIssuesToCells, outputCellKey, worstSeverity } from '../map-issues-to-cells';
import { tubingTable } from './fixtures';

const overlap: RuleTableIssue = {
  code: 'overlapping-rows',
  severity: 'info',
  message: { en: 'Row 3 (in-spec) overlaps row 2 (near-limit) where …', 'zh-CN': '第 3 行（in-spec）与第 2 行（near-limit）重叠 …' },
  pointer: '/rows/2',
  rowIds: ['in-spec', 'near-limit'],
  columnIds: ['outerDiameter', 'leakTest'],
};
const gap: RuleTableIssue = { code: 'gap', severity: 'warning', message: { en: 'No row matches when …' }, pointer: '/inputs/0', rowIds: [], columnIds: ['outerDiameter'] };
const brokenOutput: RuleTableIssue = {
  code: 'table-invalid',
  severity: 'error',
  message: { en: 'must be one of "reject", "hold", "accept"' },
  pointer: '/rows/0/outputs/disposition',
  rowIds: ['leak'],
  columnIds: [],
  outputNames: ['disposition'],
};
const hitPolicy: RuleTableIssue = { code: 'table-invalid', severity: 'error', message: { en: 'PRIORITY ranks …' }, pointer: '/outputs', rowIds: [], columnIds: [] };

describe('mapping analysis issues to the grid', () => {
  it('given an overlap, then both rows and the cells of the inputs it names are marked', () => {
    const placed = mapIssuesToCells(tubingTable, [overlap]);
    expect(placed.rows.get('in-spec')).toEqual([overlap]);
    expect(placed.rows.get('near-limit')).toEqual([overlap]);
    expect(placed.rows.has('leak')).toBe(false);
    expect(placed.cells.get(cellKey('near-limit', 'outerDiameter'))).toEqual([overlap]);
    expect(placed.cells.get(cellKey('in-spec', 'leakTest'))).toEqual([overlap]);
    expect(placed.inputs.size).toBe(0);
  });

  it('given a gap, then the column is marked and no row', () => {
    const placed = mapIssuesToCells(tubingTable, [gap]);
    expect(placed.inputs.get('outerDiameter')).toEqual([gap]);
    expect(placed.rows.size).toBe(0);
  });

  it('given an output a row sets wrongly, then that output cell is marked', () => {
    const placed = mapIssuesToCells(tubingTable, [brokenOutput]);
    expect(placed.cells.get(outputCellKey('leak', 'disposition'))).toEqual([brokenOutput]);
  });

  it('given an issue naming no row or column, or only rows the table no longer has, then it belongs to the table', () => {
    const gone = { ...overlap, rowIds: ['deleted-row'], columnIds: [] };
    const placed = mapIssuesToCells(tubingTable, [hitPolicy, gone]);
    expect(placed.table).toEqual([hitPolicy, gone]);
    expect(placed.rows.size).toBe(0);
  });

  it('given issues of several severities on a row, then the worst one colours it', () => {
    const placed = mapIssuesToCells(tubingTable, [overlap, { ...overlap, severity: 'error' }]);
    expect(worstSeverity(placed.rows.get('in-spec'))).toBe('error');
    expect(worstSeverity(placed.rows.get('leak'))).toBeUndefined();
  });

  it('given the same overlap renumbered after a row moved, then it is the same issue; between other rows it is another', () => {
    const renumbered = { ...overlap, message: { en: 'Row 4 (in-spec) overlaps row 3 (near-limit) where …' } };
    expect(issueIdentity(renumbered)).toBe(issueIdentity(overlap));
    expect(issueIdentity({ ...overlap, rowIds: ['in-spec', 'leak'] })).not.toBe(issueIdentity(overlap));
  });
});
