/**
 * Whether `value` has at most `scale` decimal places as a person would write it (0.155 has three).
 * `multipleOf: 0.001` cannot answer this: 0.155 / 0.001 is 154.99999999999997 in binary floating
 * point. `toFixed` rounds the exact binary value to `scale` places; when the shortest decimal form
 * of `value` has no more places than that, the rounded text reads back as the very same number.
 */
export function hasAtMostDecimals(value: number, scale: number): boolean {
  if (!Number.isFinite(value)) return false;
  // toFixed switches to exponent notation from 1e21; such magnitudes have no decimal places.
  if (Math.abs(value) >= 1e21) return true;
  return Number(value.toFixed(scale)) === value;
}
