const decimal = /^(-?)(\d{1,15})(?:\.(\d{1,3}))?$/;

/**
 * A quantity as integer thousandths, read from its decimal text so 0.1 stays exactly 100
 * thousandths. Undefined when the value is not a decimal with at most three places.
 */
export function toThousandths(value: number | string): number | undefined {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? numberText(value) : '') : value.trim();
  const match = decimal.exec(text);
  if (!match) return undefined;
  const whole = Number(match[2]) * 1000 + Number((match[3] ?? '').padEnd(3, '0'));
  return match[1] === '-' && whole !== 0 ? -whole : whole;
}

/** A number's shortest decimal text, without exponent (1e-7 would otherwise read as not a decimal). */
function numberText(value: number): string {
  const text = String(value);
  return /e/i.test(text) ? value.toFixed(20).replace(/\.?0+$/, '') : text;
}
