/**
 * A set of an input's values as half-open runs [start, end) of ranks, a rank being the index of a
 * boundary key in the input's sorted keys. Runs are sorted, disjoint and never touch, so two sets
 * are equal exactly when their runs are.
 */
export type Run = readonly [start: number, end: number];
export type RankSet = readonly Run[];

export const emptyRankSet: RankSet = [];

/** Sorts runs, drops empty ones and merges those that overlap or touch. */
export function toRankSet(runs: readonly Run[]): RankSet {
  const sorted = runs.filter(([start, end]) => start < end).sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

export function unionRankSets(a: RankSet, b: RankSet): RankSet {
  return toRankSet([...a, ...b]);
}

export function intersectRankSets(a: RankSet, b: RankSet): RankSet {
  const result: Run[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [aStart, aEnd] = a[i]!;
    const [bStart, bEnd] = b[j]!;
    const start = Math.max(aStart, bStart);
    const end = Math.min(aEnd, bEnd);
    if (start < end) result.push([start, end]);
    if (aEnd < bEnd) i += 1;
    else j += 1;
  }
  return result;
}

export function subtractRankSets(a: RankSet, b: RankSet): RankSet {
  const result: Run[] = [];
  let j = 0;
  for (const [start, end] of a) {
    let from = start;
    while (j < b.length && b[j]![1] <= from) j += 1;
    for (let k = j; k < b.length && b[k]![0] < end; k += 1) {
      if (b[k]![0] > from) result.push([from, b[k]![0]]);
      from = Math.max(from, b[k]![1]);
    }
    if (from < end) result.push([from, end]);
  }
  return result;
}

export function sameRankSet(a: RankSet, b: RankSet): boolean {
  return a.length === b.length && a.every(([start, end], index) => start === b[index]![0] && end === b[index]![1]);
}

export function rankSetKey(set: RankSet): string {
  return set.map(([start, end]) => `${start}-${end}`).join(',');
}
