/**
 * A place between values on an input's axis: side 0 is just before `value`, side 1 just after it.
 * With these, every set of values is a union of half-open runs [start, end) of places, whatever
 * its ends are (open, closed or unbounded), so one sweep handles them all. The missing value is
 * the run from (-∞, 0) to (-∞, 1), below every present value.
 */
export interface BoundaryKey {
  value: number;
  side: 0 | 1;
}

export const missingStart: BoundaryKey = { value: -Infinity, side: 0 };
/** Also where an unbounded run of present values starts. */
export const lowestPresent: BoundaryKey = { value: -Infinity, side: 1 };
export const beyondHighest: BoundaryKey = { value: Infinity, side: 0 };

export function compareBoundaryKeys(a: BoundaryKey, b: BoundaryKey): number {
  if (a.value !== b.value) return a.value < b.value ? -1 : 1;
  return a.side - b.side;
}

/** The place just before `value`; on a discrete axis, just after it is just before the next value. */
export function before(value: number): BoundaryKey {
  return { value, side: 0 };
}

export function after(value: number, discrete: boolean): BoundaryKey {
  return discrete && Number.isFinite(value) ? { value: value + 1, side: 0 } : { value, side: 1 };
}
