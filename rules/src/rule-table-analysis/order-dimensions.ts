import type { RowBox } from './row-boxes.js';
import { sortSweepEvents } from './sweep-events.js';

/**
 * The inputs in the order to sweep them: the one separating rows best first, measured by how
 * many pairs of rows meet along it alone. The sweep's later levels then start from small sets
 * of rows, which is where its speed comes from; the result does not depend on the order.
 */
export function orderDimensions(boxes: readonly RowBox[], dimensionCount: number): number[] {
  const meetings = Array.from({ length: dimensionCount }, (_, dimension) => {
    const events = sortSweepEvents(boxes, dimension);
    let active = 0;
    let pairs = 0;
    for (let position = 0; position < events.length; position += 1) {
      if (events.isStart[position]) {
        pairs += active;
        active += 1;
      } else {
        active -= 1;
      }
    }
    return pairs;
  });
  return meetings.map((pairs, dimension) => ({ pairs, dimension })).sort((a, b) => a.pairs - b.pairs || a.dimension - b.dimension).map(({ dimension }) => dimension);
}
