/** 5242880 → "5 MB", 6500000 → "6.2 MB", 4096 → "4 KB": file sizes in messages. */
export function formatByteSize(bytes: number): string {
  const [amount, unit] = bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'MB'] : [bytes / 1024, 'KB'];
  return `${amount.toFixed(1).replace(/\.0$/, '')} ${unit}`;
}
