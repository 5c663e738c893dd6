import type { RankSet } from '../rank-set.js';
import type { RowBox } from '../row-boxes.js';
import type { RowPair } from '../sweep-overlaps.js';

/**
 * The baseline the sweep must agree with and beat: every pair of rows, input by input. Lives
 * with the tests; the benchmark times it against the sweep.
 */
export function bruteForceOverlaps(boxes: readonly RowBox[]): RowPair[] {
  const pairs: RowPair[] = [];
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      if (a.sets.every((set, column) => meet(set, b.sets[column]!))) pairs.push(a.rowIndex < b.rowIndex ? [a.rowIndex, b.rowIndex] : [b.rowIndex, a.rowIndex]);
    }
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

function meet(a: RankSet, b: RankSet): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [aStart, aEnd] = a[i]!;
    const [bStart, bEnd] = b[j]!;
    if (Math.max(aStart, bStart) < Math.min(aEnd, bEnd)) return true;
    if (aEnd < bEnd) i += 1;
    else j += 1;
  }
  return false;
}
