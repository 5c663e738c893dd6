import type { SignatureLine, SourceRecord } from './document-model.js';

/** A record value as text, or null when it is absent or empty. */
export function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

export function numberOf(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

/** Integer thousandths, as the ledger counts: sums of decimals stay exact. */
export function thousandthsOf(value: number): number {
  return Math.round(value * 1000);
}

/** The signatures on a record, as printed, naming the record they sign. */
export function signatureLinesOf(record: SourceRecord): SignatureLine[] {
  return record.signatures.map((signature) => ({
    printedName: signature.printedName,
    username: signature.username,
    meaning: signature.meaning,
    signedAt: signature.signedAt,
    record: { type: record.typeKey, code: record.code, revision: signature.subjectVersion },
    state: signature.state,
  }));
}

/** Oldest first; equal times by record, so the same signatures always print in the same order. */
export function bySigningTime(left: SignatureLine, right: SignatureLine): number {
  return left.signedAt.localeCompare(right.signedAt) || `${left.record.type}:${left.record.code}`.localeCompare(`${right.record.type}:${right.record.code}`);
}
