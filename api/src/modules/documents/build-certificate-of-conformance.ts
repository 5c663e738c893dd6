import { summariseMaterial } from './build-device-history-record.js';
import type { CertificateLine, CertificateOfConformanceModel, DocumentFlag, DocumentText, SourceRecord } from './document-model.js';
import { flagSignatures } from './flag-signatures.js';
import { bySigningTime, numberOf, signatureLinesOf, textOf } from './read-values.js';

/** The meaning of the signature that releases a lot (the release step's `lotflow.signatureMeaning`). */
export const releaseMeaning = 'approved-for-release';

export interface ShippedLot {
  /** The lot record; null when the shipment names a lot that does not exist. */
  record: SourceRecord | null;
  /** The records whose signatures may release the lot: the lot itself and its inspection decisions. */
  signedRecords: readonly SourceRecord[];
}

export interface CertificateOfConformanceInput {
  shipment: SourceRecord;
  customer: Record<string, unknown> | null;
  lots: ReadonlyMap<string, ShippedLot>;
  materials: ReadonlyMap<string, Record<string, unknown>>;
}

export const conformanceStatement: DocumentText = {
  en: 'We certify that the products listed above were manufactured, inspected and released under our ISO 13485 quality management system in accordance with their device master record, and conform to their specifications. Each lot was released by the electronic signature shown.',
  'zh-CN': '兹证明上列产品依据其产品主记录，在本公司 ISO 13485 质量管理体系下生产、检验并放行，符合其规定要求。每一批次均经所示电子签名放行。',
};

/**
 * The certificate of conformance of one shipment: customer, each line with material, lot,
 * quantity, UDI and expiry, the release signatures of each lot, and the statement — left out,
 * with the reasons printed, when a lot is not released, expired or has no valid release signature.
 */
export function buildCertificateOfConformance(input: CertificateOfConformanceInput): CertificateOfConformanceModel {
  const { shipment, customer } = input;
  const shippedOn = textOf(shipment.values.shippedOn);
  const plannedOn = textOf(shipment.values.plannedOn);
  const shippingDate = shippedOn ?? plannedOn;
  const rows = Array.isArray(shipment.values.lines) ? (shipment.values.lines as Array<Record<string, unknown>>) : [];
  const flags: DocumentFlag[] = [];

  const lines: CertificateLine[] = rows.map((row, index) => {
    const lotCode = textOf(row.lot) ?? '';
    const materialCode = textOf(row.material) ?? '';
    const shipped = input.lots.get(lotCode);
    const lotValues = shipped?.record?.values ?? {};
    const lotStatus = textOf(lotValues.status);
    const expiresOn = textOf(lotValues.expiresOn);
    const signatures = (shipped?.signedRecords ?? []).flatMap(signatureLinesOf).filter((signature) => signature.meaning === releaseMeaning).sort(bySigningTime);
    if (!shipped?.record) flags.push({ code: 'lot-unknown', message: `Line ${index + 1}: lot ${lotCode} does not exist.` });
    else if (lotStatus !== 'released') flags.push({ code: 'lot-not-released', message: `Line ${index + 1}: lot ${lotCode} is ${lotStatus ?? 'without a status'}, not released.` });
    if (shipped?.record && !signatures.some((signature) => signature.state === 'valid')) {
      flags.push({ code: 'release-signature-missing', message: `Line ${index + 1}: lot ${lotCode} has no valid electronic signature with the meaning ${releaseMeaning}.` });
    }
    if (expiresOn && shippingDate && expiresOn < shippingDate) {
      flags.push({ code: 'lot-expired', message: `Line ${index + 1}: lot ${lotCode} expired on ${expiresOn}, before the shipping date ${shippingDate}.` });
    }
    flags.push(...flagSignatures(signatures));
    return {
      line: index + 1,
      material: summariseMaterial(materialCode, input.materials.get(materialCode) ?? null),
      lot: lotCode,
      quantity: numberOf(row.quantity) ?? 0,
      udi: textOf(row.udi),
      expiresOn,
      lotStatus,
      releaseSignatures: signatures,
    };
  });

  return {
    kind: 'certificate-of-conformance',
    subject: { type: 'shipment', code: shipment.code },
    shipment: {
      code: shipment.code,
      status: textOf(shipment.values.status),
      plannedOn,
      shippedOn,
      carrier: textOf(shipment.values.carrier),
      trackingNumber: textOf(shipment.values.trackingNumber),
    },
    customer: {
      code: textOf(shipment.values.customer) ?? '',
      name: textOf(customer?.name),
      nameZh: textOf(customer?.nameZh),
      country: textOf(customer?.country),
      address: textOf(customer?.shippingAddress),
    },
    lines,
    statement: flags.length === 0 && lines.length > 0 ? conformanceStatement : null,
    flags,
  };
}
