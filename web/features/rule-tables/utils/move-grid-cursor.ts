/** A cell of the grid: columns count the inputs first, then the outputs. */
export interface GridPosition {
  readonly row: number;
  readonly column: number;
}

export interface GridSize {
  readonly rows: number;
  readonly columns: number;
}

/** The keys that move the cursor, as `KeyboardEvent.key` names them. */
export type CursorKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Tab' | 'Home' | 'End' | 'PageUp' | 'PageDown';

const PAGE_ROWS = 10;

export function isCursorKey(key: string): key is CursorKey {
  return ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Tab', 'Home', 'End', 'PageUp', 'PageDown'].includes(key);
}

const clamp = (value: number, size: number) => Math.max(0, Math.min(size - 1, value));

/**
 * Where a key takes the cursor, as in a spreadsheet: arrows stop at the edges; Tab goes right and
 * on to the next row's first cell (Shift+Tab back); Home and End go to the row's first and last cell.
 */
export function moveGridCursor(position: GridPosition, key: CursorKey, size: GridSize, shift = false): GridPosition {
  if (size.rows === 0 || size.columns === 0) {
    return { row: 0, column: 0 };
  }
  const { row, column } = { row: clamp(position.row, size.rows), column: clamp(position.column, size.columns) };
  switch (key) {
    case 'ArrowUp':
      return { row: clamp(row - 1, size.rows), column };
    case 'ArrowDown':
      return { row: clamp(row + 1, size.rows), column };
    case 'ArrowLeft':
      return { row, column: clamp(column - 1, size.columns) };
    case 'ArrowRight':
      return { row, column: clamp(column + 1, size.columns) };
    case 'PageUp':
      return { row: clamp(row - PAGE_ROWS, size.rows), column };
    case 'PageDown':
      return { row: clamp(row + PAGE_ROWS, size.rows), column };
    case 'Home':
      return { row, column: 0 };
    case 'End':
      return { row, column: size.columns - 1 };
    case 'Tab': {
      const index = row * size.columns + column + (shift ? -1 : 1);
      const last = size.rows * size.columns - 1;
      const bounded = Math.max(0, Math.min(last, index));
      return { row: Math.floor(bounded / size.columns), column: bounded % size.columns };
    }
  }
}
