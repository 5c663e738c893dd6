import { describe, expect, it } from 'vitest';
import { moveGridCursor } from '../move-grid-cursor';

const size = { rows: 3, columns: 4 };

describe('moving the grid cursor', () => {
  it('given arrows at the edges, then the cursor stays in the grid', () => {
    expect(moveGridCursor({ row: 0, column: 0 }, 'ArrowUp', size)).toEqual({ row: 0, column: 0 });
    expect(moveGridCursor({ row: 0, column: 0 }, 'ArrowLeft', size)).toEqual({ row: 0, column: 0 });
    expect(moveGridCursor({ row: 2, column: 3 }, 'ArrowDown', size)).toEqual({ row: 2, column: 3 });
    expect(moveGridCursor({ row: 1, column: 1 }, 'ArrowRight', size)).toEqual({ row: 1, column: 2 });
  });

  it('given Tab at the end of a row, then the cursor goes on to the next row, and Shift+Tab comes back', () => {
    expect(moveGridCursor({ row: 0, column: 3 }, 'Tab', size)).toEqual({ row: 1, column: 0 });
    expect(moveGridCursor({ row: 1, column: 0 }, 'Tab', size, true)).toEqual({ row: 0, column: 3 });
    expect(moveGridCursor({ row: 2, column: 3 }, 'Tab', size)).toEqual({ row: 2, column: 3 });
  });

  it('given Home, End and a cursor left outside after rows were deleted, then it lands on a cell', () => {
    expect(moveGridCursor({ row: 1, column: 2 }, 'Home', size)).toEqual({ row: 1, column: 0 });
    expect(moveGridCursor({ row: 1, column: 0 }, 'End', size)).toEqual({ row: 1, column: 3 });
    expect(moveGridCursor({ row: 9, column: 9 }, 'ArrowUp', size)).toEqual({ row: 1, column: 3 });
    expect(moveGridCursor({ row: 0, column: 0 }, 'PageDown', size)).toEqual({ row: 2, column: 0 });
  });
});
