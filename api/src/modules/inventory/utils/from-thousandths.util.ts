/** Thousandths back to a decimal number: an integer ÷ 1000 prints with at most three places. */
export function fromThousandths(thousandths: number): number {
  return thousandths / 1000;
}
