import type { DocumentFlag, SignatureLine } from './document-model.js';

/** A signature that no longer stands for the record as it is now must be seen, not silently printed. */
export function flagSignatures(signatures: readonly SignatureLine[]): DocumentFlag[] {
  return signatures
    .filter((signature) => signature.state !== 'valid')
    .map((signature) => ({
      code: 'signature-not-valid' as const,
      message:
        signature.state === 'superseded'
          ? `The signature of ${signature.printedName} (${signature.meaning}, ${signature.signedAt}) on ${signature.record.type} ${signature.record.code} revision ${signature.record.revision} is superseded: the record was changed after it was signed.`
          : `The signature of ${signature.printedName} (${signature.meaning}, ${signature.signedAt}) on ${signature.record.type} ${signature.record.code} is broken: the signed content or the signature row no longer matches its hash.`,
    }));
}
