import { describe, expect, it } from 'vitest';
import { describeChangePath } from '../describe-change-path';
import { tubingTable } from './fixtures';

describe('naming where a change is', () => {
  it('given pointers into cells, outputs and columns, then it names row and column in the page language', () => {
    expect(describeChangePath('/rows/2/cells/0', tubingTable, undefined, 'zh-CN')).toEqual({ kind: 'cell', rowNumber: 3, rowId: 'in-spec', column: '外径（英寸）' });
    expect(describeChangePath('/rows/0/outputs/disposition', tubingTable, undefined, 'en')).toEqual({ kind: 'output', rowNumber: 1, rowId: 'leak', column: 'Disposition' });
    expect(describeChangePath('/inputs/1/enum/0', tubingTable, undefined, 'en')).toEqual({ kind: 'input', column: 'Leak test' });
    expect(describeChangePath('/hitPolicy', tubingTable, undefined, 'en')).toEqual({ kind: 'table', property: 'hitPolicy' });
  });

  it('given a row only the older version has, then its id comes from there', () => {
    const newer = { ...tubingTable, rows: tubingTable.rows.slice(0, 1) };
    expect(describeChangePath('/rows/2', newer, tubingTable, 'en')).toEqual({ kind: 'row', rowNumber: 3, rowId: 'in-spec' });
  });
});
