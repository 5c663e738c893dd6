import type { SignatureView } from '../signatures/signature.service.js';

export const documentKinds = ['device-history-record', 'certificate-of-conformance'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** The record type each kind of document is about. */
export const subjectTypeOf: Record<DocumentKind, string> = {
  'device-history-record': 'lot',
  'certificate-of-conformance': 'shipment',
};

/** Text in every language a document is printed in. */
export interface DocumentText {
  en: string;
  'zh-CN': string;
}

/** A record as the documents read it, with the signatures on it (checked against its current revision). */
export interface SourceRecord {
  typeKey: string;
  code: string;
  revision: number;
  values: Record<string, unknown>;
  signatures: SignatureView[];
}

/** One signature as printed (21 CFR 11.50): who, when, what it means, and what was signed. */
export interface SignatureLine {
  printedName: string;
  username: string;
  meaning: string;
  signedAt: string;
  record: { type: string; code: string; revision: number };
  state: SignatureView['state'];
}

/** Something a reader must notice: printed in a box at the top of the document. */
export interface DocumentFlag {
  code: 'quantity-mismatch' | 'signature-not-valid' | 'lot-not-released' | 'release-signature-missing' | 'lot-expired' | 'lot-unknown' | 'sterilization-not-released';
  message: string;
}

export interface MaterialSummary {
  code: string;
  name: string | null;
  nameZh: string | null;
  unit: string | null;
}

export interface ReconciliationModel {
  /** `made = released + scrapped + returned to supplier + held + quarantine + rejected`, in words. */
  equation: string;
  made: number;
  released: { shipped: number; issued: number; onHand: number; total: number };
  scrapped: number;
  returnedToSupplier: number;
  held: number;
  quarantine: number;
  rejected: number;
  accountedFor: number;
  /** made − accounted for: not zero when the ledger does not explain the quantity made. */
  difference: number;
  balanced: boolean;
}

export interface MovementLine {
  postedAt: string;
  type: string;
  location: string;
  quantity: number;
  document: string | null;
  postedBy: string;
}

export interface InspectionResultLine {
  inspectionPoint: string;
  characteristic: string | null;
  limits: string | null;
  readings: number[];
  defectsFound: number | null;
  result: string;
  equipment: { code: string; name: string | null; calibrationDueOn: string | null } | null;
  note: string | null;
}

export interface InspectionModel {
  code: string;
  inspectionPlan: string | null;
  status: string | null;
  inspector: string | null;
  inspectedAt: string | null;
  results: InspectionResultLine[];
}

/** What production did to a lot under an MRB rework disposition (820.90(b)(2)); a re-test follows. */
export interface ReworkModel {
  code: string;
  nonconformanceReport: string | null;
  quantityReworked: number | null;
  quantityScrapped: number | null;
  description: string | null;
  reworkedBy: string | null;
}

export interface DecisionModel {
  code: string;
  disposition: string | null;
  justification: string | null;
}

export interface NonconformanceModel {
  code: string;
  source: string | null;
  severity: string | null;
  status: string | null;
  description: string | null;
  quantityAffected: number | null;
  disposition: string | null;
  justification: string | null;
  capaNumber: string | null;
  reportedBy: string | null;
  reportedAt: string | null;
}

export interface SterilizationLoadModel {
  code: string;
  contractor: string | null;
  contractorLoadNumber: string | null;
  cycle: string | null;
  exposureStartedAt: string | null;
  parameters: Array<{ name: string; value: number | null; unit: string }>;
  biologicalIndicatorLot: string | null;
  biologicalIndicatorResult: string | null;
  status: string | null;
  lots: string[];
}

export interface LabelModel {
  packagingLevel: string;
  gtin: string;
  quantity: number | null;
  /** The UDI printed on this packaging level: (01) GTIN, (11) production date, (17) expiry, (10) lot. */
  udi: string | null;
  problem: string | null;
}

export interface DeviceHistoryRecordModel {
  kind: 'device-history-record';
  subject: { type: 'lot'; code: string };
  lot: {
    code: string;
    status: string | null;
    material: MaterialSummary;
    quantity: number;
    manufacturedOn: string | null;
    expiresOn: string | null;
    workOrder: string | null;
    receipt: string | null;
    supplier: string | null;
    supplierLot: string | null;
  };
  dates: { manufacturedOn: string | null; expiresOn: string | null; firstMovementAt: string | null; lastMovementAt: string | null };
  reconciliation: ReconciliationModel;
  movements: MovementLine[];
  inspections: InspectionModel[];
  decisions: DecisionModel[];
  nonconformances: NonconformanceModel[];
  reworks: ReworkModel[];
  sterilizationLoads: SterilizationLoadModel[];
  labels: LabelModel[];
  shippedUdis: Array<{ shipment: string; quantity: number | null; udi: string }>;
  signatures: SignatureLine[];
  flags: DocumentFlag[];
}

export interface CertificateLine {
  line: number;
  material: MaterialSummary;
  lot: string;
  quantity: number;
  udi: string | null;
  expiresOn: string | null;
  lotStatus: string | null;
  releaseSignatures: SignatureLine[];
}

export interface CertificateOfConformanceModel {
  kind: 'certificate-of-conformance';
  subject: { type: 'shipment'; code: string };
  shipment: { code: string; status: string | null; plannedOn: string | null; shippedOn: string | null; carrier: string | null; trackingNumber: string | null };
  customer: { code: string; name: string | null; nameZh: string | null; country: string | null; address: string | null };
  lines: CertificateLine[];
  /** Printed only when no flag stands against it: a certificate never states what is not so. */
  statement: DocumentText | null;
  flags: DocumentFlag[];
}

export type DocumentModel = DeviceHistoryRecordModel | CertificateOfConformanceModel;
