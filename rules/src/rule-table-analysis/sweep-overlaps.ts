import type { RowBox } from './row-boxes.js';
import { sortSweepEvents } from './sweep-events.js';

/** Two rows, by index in the table, the earlier first. */
export type RowPair = readonly [earlier: number, later: number];

/**
 * Every pair of rows that match a common input, by the sweep of Calvanese, Dumas, Laurson,
 * Maggi, Montali and Teinemaa, "Semantics and Analysis of DMN Decision Tables" (BPM 2016),
 * Algorithm 1. Along the first input, sweep the rows' edges keeping the set of rows active
 * there; at each end that follows a start, the active set is as large as it gets locally, and
 * the sweep continues along the next input with just those rows. A set still holding two rows
 * or more after the last input shares a region, so each of its pairs overlaps. Rows meeting in
 * several places are found more than once; the pairs are collected in a set.
 *
 * `order` lists the inputs to sweep (see orderDimensions). Boxes must be non-empty.
 */
export function sweepOverlaps(boxes: readonly RowBox[], order: readonly number[]): RowPair[] {
  const rowCount = Math.max(0, ...boxes.map((box) => box.rowIndex + 1));
  const found = new Set<number>();

  const sweep = (level: number, rows: readonly RowBox[]): void => {
    if (level === order.length) {
      for (let i = 0; i < rows.length; i += 1) {
        for (let j = i + 1; j < rows.length; j += 1) {
          const [a, b] = [rows[i]!.rowIndex, rows[j]!.rowIndex];
          found.add(a < b ? a * rowCount + b : b * rowCount + a);
        }
      }
      return;
    }
    const events = sortSweepEvents(rows, order[level]!);
    const active = new Set<number>();
    let lastWasStart = false;
    for (let position = 0; position < events.length; position += 1) {
      const box = events.box[position]!;
      if (events.isStart[position]) {
        active.add(box);
        lastWasStart = true;
        continue;
      }
      if (lastWasStart && active.size >= 2) sweep(level + 1, [...active].map((index) => rows[index]!));
      active.delete(box);
      lastWasStart = false;
    }
  };

  sweep(0, boxes);
  return [...found].sort((a, b) => a - b).map((code): RowPair => [Math.floor(code / rowCount), code % rowCount]);
}
