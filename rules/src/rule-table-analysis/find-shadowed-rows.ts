import { coversDomain } from './find-gaps.js';
import type { RowBox } from './row-boxes.js';
import type { RowPair } from './sweep-overlaps.js';
import type { WinsOver } from './wins-over.js';

export interface ShadowedRow {
  rowIndex: number;
  /** Rows that win over it and together cover it, in table order; a smallest such set when few rows compete. */
  coveringRowIndexes: number[];
}

/**
 * Rows that never decide because rows winning over them (FIRST: earlier ones; PRIORITY: higher
 * output priority, or the same and earlier) already match everything they match. Only rows that
 * overlap a row can cover it, so each row is checked against its overlapping winners alone.
 */
export function findShadowedRows(boxes: readonly RowBox[], overlaps: readonly RowPair[], order: readonly number[], winsOver: WinsOver): ShadowedRow[] {
  const neighbours = new Map<number, number[]>();
  const link = (from: number, to: number) => {
    const list = neighbours.get(from);
    if (list) list.push(to);
    else neighbours.set(from, [to]);
  };
  for (const [a, b] of overlaps) {
    link(a, b);
    link(b, a);
  }
  const boxByRow = new Map(boxes.map((box) => [box.rowIndex, box]));
  return boxes.flatMap((box) => {
    const winners = (neighbours.get(box.rowIndex) ?? []).filter((other) => winsOver(other, box.rowIndex)).sort((a, b) => a - b);
    if (winners.length === 0) return [];
    const covers = (rows: number[]) => coversDomain(rows.map((rowIndex) => boxByRow.get(rowIndex)!), box.sets, order);
    if (!covers(winners)) return [];
    return [{ rowIndex: box.rowIndex, coveringRowIndexes: winners.length <= prunedUpTo ? pruneCover(winners, covers) : winners }];
  });
}

/** Beyond this many covering rows the message lists them all rather than search for fewer. */
const prunedUpTo = 16;

/** Drops rows the others cover without, latest first, so the message names the rows that matter. */
function pruneCover(rows: number[], covers: (rows: number[]) => boolean): number[] {
  let cover = rows;
  for (const row of [...rows].reverse()) {
    const without = cover.filter((other) => other !== row);
    if (without.length > 0 && covers(without)) cover = without;
  }
  return cover;
}
