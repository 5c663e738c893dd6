import type { RowBox } from './row-boxes.js';

/** The edges of some boxes along one input, in sweep order; `box` indexes the boxes given. */
export interface SweepEvents {
  length: number;
  rank: Int32Array;
  isStart: Uint8Array;
  box: Int32Array;
}

/**
 * Every run's start and end along one input, sorted by rank; at equal ranks ends come first,
 * as runs are half-open: a run ending where another starts does not meet it.
 */
export function sortSweepEvents(boxes: readonly RowBox[], dimension: number): SweepEvents {
  const count = boxes.length;
  let length = 0;
  for (const box of boxes) length += 2 * box.sets[dimension]!.length;
  // Each event packed in one number, (rank, end-before-start, box), so a numeric sort orders them.
  const packed = new Float64Array(length);
  let position = 0;
  boxes.forEach((box, index) => {
    for (const [start, end] of box.sets[dimension]!) {
      packed[position++] = (start * 2 + 1) * count + index;
      packed[position++] = end * 2 * count + index;
    }
  });
  packed.sort();
  const events: SweepEvents = { length, rank: new Int32Array(length), isStart: new Uint8Array(length), box: new Int32Array(length) };
  for (let at = 0; at < length; at += 1) {
    const value = packed[at]!;
    const index = value % count;
    const place = (value - index) / count;
    events.rank[at] = place >> 1;
    events.isStart[at] = place & 1;
    events.box[at] = index;
  }
  return events;
}
