import { describe, expect, it } from 'vitest';
import { chooseCellEditor, readListCell, readRangeCell, writeListCell, writeRangeCell } from '../cell-text';

describe('cells as pick-lists', () => {
  it('given a list of enum values or its negation, then the pick-list reads and writes the same cell', () => {
    expect(readListCell('"blocked", "expired"', 'string')).toEqual({ values: ['blocked', 'expired'], negated: false });
    expect(readListCell('not("blocked")', 'string')).toEqual({ values: ['blocked'], negated: true });
    expect(readListCell('-', 'string')).toEqual({ values: [], negated: false });
    expect(writeListCell({ values: ['blocked', 'expired'], negated: false }, 'string')).toBe('"blocked", "expired"');
    expect(writeListCell({ values: ['blocked'], negated: true }, 'string')).toBe('not("blocked")');
    expect(writeListCell({ values: [], negated: true }, 'string')).toBe('-');
    expect(writeListCell({ values: [true], negated: false }, 'boolean')).toBe('true');
  });

  it('given a cell a list cannot say, then the pick-list leaves it to the text', () => {
    expect(readListCell('null', 'string')).toBeUndefined();
    expect(readListCell('blocked', 'string')).toBeUndefined();
    expect(readListCell('"a, b", "c"', 'string')).toEqual({ values: ['a, b', 'c'], negated: false });
  });
});

describe('cells as ranges', () => {
  it('given ranges and comparisons, then the range editor reads their bounds', () => {
    expect(readRangeCell('[0.145..0.146[', 'number')).toEqual({ low: '0.145', lowIncluded: true, high: '0.146', highIncluded: false });
    expect(readRangeCell('> 15', 'number')).toEqual({ low: '15', lowIncluded: false, highIncluded: true });
    expect(readRangeCell('<= date("2026-01-31")', 'date')).toEqual({ high: '2026-01-31', highIncluded: true, lowIncluded: true });
    expect(readRangeCell('< 0.145, > 0.155', 'number')).toBeUndefined();
    expect(readRangeCell('within 30 days', 'date')).toBeUndefined();
  });

  it('given bounds, then it writes the cell language', () => {
    expect(writeRangeCell({ low: '0.146', lowIncluded: true, high: '0.154', highIncluded: true }, 'number')).toBe('[0.146..0.154]');
    expect(writeRangeCell({ low: '0.145', lowIncluded: false, high: '0.146', highIncluded: false }, 'number')).toBe(']0.145..0.146[');
    expect(writeRangeCell({ low: '15', lowIncluded: true, highIncluded: true }, 'integer')).toBe('>= 15');
    expect(writeRangeCell({ high: '2026-01-31', highIncluded: false, lowIncluded: true }, 'date')).toBe('< date("2026-01-31")');
    expect(writeRangeCell({ low: '7', lowIncluded: true, high: '7', highIncluded: true }, 'number')).toBe('7');
    expect(writeRangeCell({ lowIncluded: true, highIncluded: true }, 'number')).toBe('-');
  });
});

describe('choosing a cell editor', () => {
  it('given the column type, then enums and booleans get a pick-list, numbers and dates a range, text the text', () => {
    expect(chooseCellEditor({ type: 'string', enum: ['pass', 'fail'] })).toBe('pick-list');
    expect(chooseCellEditor({ type: 'boolean' })).toBe('pick-list');
    expect(chooseCellEditor({ type: 'date' })).toBe('range');
    expect(chooseCellEditor({ type: 'integer' })).toBe('range');
    expect(chooseCellEditor({ type: 'string' })).toBe('text');
  });
});
