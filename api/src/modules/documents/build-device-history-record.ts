import { buildUdi, UdiError } from '../udi/gs1-udi.js';
import type {
  DeviceHistoryRecordModel,
  DocumentFlag,
  InspectionModel,
  InspectionResultLine,
  LabelModel,
  MaterialSummary,
  MovementLine,
  ReconciliationModel,
  ReworkModel,
  SourceRecord,
  SterilizationLoadModel,
} from './document-model.js';
import { flagSignatures } from './flag-signatures.js';
import { bySigningTime, numberOf, signatureLinesOf, textOf, thousandthsOf } from './read-values.js';

/** One row of the lot's ledger: signed quantity (negative when stock left a location). */
export interface LedgerRow {
  type: string;
  location: string;
  quantity: number;
  document: { type: string; code: string } | null;
  postedAt: string;
  postedBy: string;
}

export interface DeviceHistoryRecordInput {
  lot: SourceRecord;
  material: Record<string, unknown> | null;
  ledger: readonly LedgerRow[];
  inspectionLots: readonly SourceRecord[];
  inspectionDecisions: readonly SourceRecord[];
  /** Readings taken on the lot at the operations of its work order, judged by a rule table. */
  inProcessInspections: readonly SourceRecord[];
  nonconformanceReports: readonly SourceRecord[];
  /** The MRB's signed dispositions of those reports. */
  mrbDispositions: readonly SourceRecord[];
  reworkReports: readonly SourceRecord[];
  sterilizationLoads: readonly SourceRecord[];
  /** Shipments with a line of this lot: the UDI each carried. */
  shipments: readonly SourceRecord[];
  /** Inspection points and equipment the results name, by code. */
  references: ReadonlyMap<string, Record<string, unknown>>;
}

export const reconciliationEquation =
  'made = released (shipped + issued to work orders + released on hand) + scrapped + returned to supplier + held + quarantine + rejected';

/** The lot statuses the on-hand quantity is counted under; the lot's status applies to all of its stock. */
const onHandBucket: Record<string, 'released' | 'held' | 'quarantine' | 'rejected'> = { released: 'released', hold: 'held', quarantine: 'quarantine', rejected: 'rejected' };

export function summariseMaterial(code: string, material: Record<string, unknown> | null): MaterialSummary {
  return { code, name: textOf(material?.name), nameZh: textOf(material?.nameZh), unit: textOf(material?.unitOfMeasure) };
}

/**
 * Where every unit made went, from the ledger: the quantity the lot record says was made or
 * received must equal what the ledger accounts for. A difference is printed, never hidden.
 */
export function reconcile(made: number, status: string | null, ledger: readonly LedgerRow[]): ReconciliationModel {
  const withdrawn = (type: string) => ledger.filter((row) => row.type === type).reduce((sum, row) => sum - thousandthsOf(row.quantity), 0);
  const onHand = ledger.reduce((sum, row) => sum + thousandthsOf(row.quantity), 0);
  const bucket = onHandBucket[status ?? ''] ?? 'quarantine';
  const onHandIn = (name: typeof bucket) => (bucket === name ? onHand : 0);
  const shipped = withdrawn('shipment');
  const issued = withdrawn('issue');
  const released = shipped + issued + onHandIn('released');
  const scrapped = withdrawn('scrap');
  const returned = withdrawn('return-to-supplier');
  const accounted = released + scrapped + returned + onHandIn('held') + onHandIn('quarantine') + onHandIn('rejected');
  const madeThousandths = thousandthsOf(made);
  const unit = (thousandths: number) => thousandths / 1000;
  return {
    equation: reconciliationEquation,
    made: unit(madeThousandths),
    released: { shipped: unit(shipped), issued: unit(issued), onHand: unit(onHandIn('released')), total: unit(released) },
    scrapped: unit(scrapped),
    returnedToSupplier: unit(returned),
    held: unit(onHandIn('held')),
    quarantine: unit(onHandIn('quarantine')),
    rejected: unit(onHandIn('rejected')),
    accountedFor: unit(accounted),
    difference: unit(madeThousandths - accounted),
    balanced: madeThousandths === accounted,
  };
}

function describeLimits(point: Record<string, unknown> | undefined): string | null {
  if (!point) return null;
  const unit = textOf(point.unit) ?? '';
  const lower = numberOf(point.lowerLimit);
  const upper = numberOf(point.upperLimit);
  const nominal = numberOf(point.nominal);
  if (lower !== null && upper !== null) return `${lower} – ${upper} ${unit}`.trim() + (nominal !== null ? ` (nominal ${nominal})` : '');
  if (lower !== null) return `≥ ${lower} ${unit}`.trim();
  if (upper !== null) return `≤ ${upper} ${unit}`.trim();
  return null;
}

function inspectionOf(record: SourceRecord, references: DeviceHistoryRecordInput['references']): InspectionModel {
  const results = Array.isArray(record.values.results) ? (record.values.results as Array<Record<string, unknown>>) : [];
  return {
    code: record.code,
    inspectionPlan: textOf(record.values.inspectionPlan),
    status: textOf(record.values.status),
    inspector: textOf(record.values.inspector),
    inspectedAt: textOf(record.values.inspectedAt),
    results: results.map((result) => {
      const pointCode = textOf(result.inspectionPoint) ?? '';
      const point = references.get(pointCode);
      const equipmentCode = textOf(result.equipment);
      const equipment = equipmentCode ? references.get(equipmentCode) : undefined;
      return {
        inspectionPoint: pointCode,
        characteristic: textOf(point?.characteristic),
        limits: describeLimits(point),
        readings: Array.isArray(result.readings) ? result.readings.map(numberOf).filter((reading): reading is number => reading !== null) : [],
        defectsFound: numberOf(result.defectsFound),
        result: textOf(result.result) ?? '',
        equipment: equipmentCode ? { code: equipmentCode, name: textOf(equipment?.name), calibrationDueOn: textOf(equipment?.calibrationDueOn) } : null,
        note: textOf(result.note),
      };
    }),
  };
}

/** The characteristics an in-process result records, the rule table's name for each, and its limit. */
const inProcessCharacteristics: Array<{ field: string; failed: string; name: string; limits: string; count?: true }> = [
  { field: 'leakFailures', failed: 'air-leakage', name: 'Air leakage (sets leaking)', limits: '0', count: true },
  { field: 'tensileMinN', failed: 'tensile-strength', name: 'Tensile strength, weakest joint (15 s)', limits: '≥ 15 N' },
  { field: 'dropVolumeMinMl', failed: 'drop-volume', name: 'Volume of 20 drops, smallest', limits: '0.9 – 1.1 mL' },
  { field: 'dropVolumeMaxMl', failed: 'drop-volume', name: 'Volume of 20 drops, largest', limits: '0.9 – 1.1 mL' },
  { field: 'flowMlIn10Min', failed: 'flow-rate', name: 'Flow of 0.9 % NaCl in 10 min', limits: '≥ 1000 mL' },
  { field: 'resealFailures', failed: 'injection-site-reseal', name: 'Injection sites not resealing', limits: '0', count: true },
  { field: 'labelDefects', failed: 'label', name: 'Label or UDI defects', limits: '0', count: true },
];

/** An in-process result as an inspection: one line per characteristic measured, the judged one failed. */
function inProcessInspectionOf(record: SourceRecord, references: DeviceHistoryRecordInput['references']): InspectionModel {
  const values = record.values;
  const judged = textOf(values.result);
  const failed = textOf(values.failedCharacteristic);
  const equipmentCode = textOf(values.equipment);
  const equipment = equipmentCode ? references.get(equipmentCode) : undefined;
  const signer = [...record.signatures].sort((left, right) => left.signedAt.localeCompare(right.signedAt))[0];
  const operation = numberOf(values.operation);
  const results: InspectionResultLine[] = inProcessCharacteristics
    .filter(({ field }) => numberOf(values[field]) !== null)
    .map(({ field, failed: name, name: characteristic, limits, count }) => ({
      inspectionPoint: field,
      characteristic,
      limits,
      readings: count ? [] : [numberOf(values[field])!],
      defectsFound: count ? numberOf(values[field]) : null,
      result: judged === null ? 'not judged' : judged === 'fail' && failed === name ? 'fail' : 'pass',
      equipment: equipmentCode ? { code: equipmentCode, name: textOf(equipment?.name), calibrationDueOn: textOf(equipment?.calibrationDueOn) } : null,
      note: null,
    }));
  return {
    code: record.code,
    inspectionPlan: [textOf(values.inspectionPlan), operation !== null ? `op. ${operation}` : null].filter(Boolean).join(' · ') || null,
    status: judged === null ? 'not judged' : judged === 'fail' ? `failed: ${failed ?? '—'}` : 'passed',
    inspector: signer?.printedName ?? null,
    inspectedAt: signer?.signedAt ?? null,
    results,
  };
}

function reworkOf(record: SourceRecord): ReworkModel {
  const signer = record.signatures[0];
  return {
    code: record.code,
    nonconformanceReport: textOf(record.values.nonconformanceReport),
    quantityReworked: numberOf(record.values.quantityReworked),
    quantityScrapped: numberOf(record.values.quantityScrapped),
    description: textOf(record.values.description),
    reworkedBy: signer?.printedName ?? null,
  };
}

const sterilizationParameters: Array<{ field: string; name: string; unit: string }> = [
  { field: 'exposureTemperature', name: 'Exposure temperature', unit: '°C' },
  { field: 'relativeHumidity', name: 'Relative humidity', unit: '%' },
  { field: 'eoConcentration', name: 'EO concentration', unit: 'mg/L' },
  { field: 'exposureTime', name: 'Exposure time', unit: 'h' },
  { field: 'aerationTime', name: 'Aeration time', unit: 'h' },
];

function sterilizationLoadOf(record: SourceRecord): SterilizationLoadModel {
  const values = record.values;
  return {
    code: record.code,
    contractor: textOf(values.contractor),
    contractorLoadNumber: textOf(values.contractorLoadNumber),
    cycle: textOf(values.cycle),
    exposureStartedAt: textOf(values.exposureStartedAt),
    parameters: sterilizationParameters.map(({ field, name, unit }) => ({ name, value: numberOf(values[field]), unit })),
    biologicalIndicatorLot: textOf(values.biologicalIndicatorLot),
    biologicalIndicatorResult: textOf(values.biologicalIndicatorResult),
    status: textOf(values.status),
    lots: Array.isArray(values.lots) ? values.lots.map(textOf).filter((lot): lot is string => lot !== null) : [],
  };
}

/** The UDI of each packaging level the material has a GTIN for, with this lot's production identifiers. */
function labelsOf(lotCode: string, lotValues: Record<string, unknown>, material: Record<string, unknown> | null): LabelModel[] {
  const gtins = Array.isArray(material?.gtins) ? (material.gtins as Array<Record<string, unknown>>) : [];
  return gtins.map((entry) => {
    const gtin = textOf(entry.gtin) ?? '';
    const base = { packagingLevel: textOf(entry.packagingLevel) ?? '', gtin, quantity: numberOf(entry.quantity) };
    try {
      const productionDate = textOf(lotValues.manufacturedOn);
      const expiryDate = textOf(lotValues.expiresOn);
      const udi = buildUdi({ gtin, lot: lotCode, ...(productionDate ? { productionDate } : {}), ...(expiryDate ? { expiryDate } : {}) });
      return { ...base, udi: udi.humanReadable, problem: null };
    } catch (error) {
      if (!(error instanceof UdiError)) throw error;
      return { ...base, udi: null, problem: error.message };
    }
  });
}

function byCode(left: SourceRecord, right: SourceRecord): number {
  return left.code.localeCompare(right.code);
}

/**
 * The device history record of one lot (21 CFR 820.184, ISO 13485 7.5.1): dates, quantities
 * reconciled, inspections with inspector and equipment, decisions, nonconformances,
 * sterilization, labels and UDI, and every signature with printed name, time and meaning.
 * A pure function of what was read: the same records give the same model.
 */
export function buildDeviceHistoryRecord(input: DeviceHistoryRecordInput): DeviceHistoryRecordModel {
  const { lot } = input;
  const values = lot.values;
  const status = textOf(values.status);
  const made = numberOf(values.quantity) ?? 0;
  const movements: MovementLine[] = input.ledger.map((row) => ({
    postedAt: row.postedAt,
    type: row.type,
    location: row.location,
    quantity: row.quantity,
    document: row.document ? `${row.document.type} ${row.document.code}` : null,
    postedBy: row.postedBy,
  }));
  const reconciliation = reconcile(made, status, input.ledger);
  const inspectionLots = [...input.inspectionLots].sort(byCode);
  const decisions = [...input.inspectionDecisions].sort(byCode);
  const inProcess = [...input.inProcessInspections].sort(byCode);
  const nonconformances = [...input.nonconformanceReports].sort(byCode);
  const dispositions = [...input.mrbDispositions].sort(byCode);
  const reworks = [...input.reworkReports].sort(byCode);
  const loads = [...input.sterilizationLoads].sort(byCode);
  const signed = [lot, ...inspectionLots, ...inProcess, ...decisions, ...nonconformances, ...dispositions, ...reworks, ...loads];
  const signatures = signed.flatMap(signatureLinesOf).sort(bySigningTime);
  const sterilizationLoads = loads.map(sterilizationLoadOf);

  const flags: DocumentFlag[] = [];
  if (!reconciliation.balanced) {
    flags.push({
      code: 'quantity-mismatch',
      message: `Quantities do not reconcile: made ${reconciliation.made}, accounted for ${reconciliation.accountedFor} (difference ${reconciliation.difference}). Check the ledger of lot ${lot.code} against the quantity on the lot record.`,
    });
  }
  flags.push(...flagSignatures(signatures));
  if (status === 'released') {
    for (const load of sterilizationLoads.filter((candidate) => candidate.status !== 'released')) {
      flags.push({ code: 'sterilization-not-released', message: `Lot ${lot.code} is released, but its sterilization load ${load.code} is ${load.status ?? 'without a status'}.` });
    }
  }

  const shippedUdis = [...input.shipments].sort(byCode).flatMap((shipment) =>
    (Array.isArray(shipment.values.lines) ? (shipment.values.lines as Array<Record<string, unknown>>) : [])
      .filter((line) => line.lot === lot.code && textOf(line.udi))
      .map((line) => ({ shipment: shipment.code, quantity: numberOf(line.quantity), udi: textOf(line.udi)! })),
  );

  const materialCode = textOf(values.material) ?? '';
  return {
    kind: 'device-history-record',
    subject: { type: 'lot', code: lot.code },
    lot: {
      code: lot.code,
      status,
      material: summariseMaterial(materialCode, input.material),
      quantity: made,
      manufacturedOn: textOf(values.manufacturedOn),
      expiresOn: textOf(values.expiresOn),
      workOrder: textOf(values.workOrder),
      receipt: textOf(values.receipt),
      supplier: textOf(values.supplier),
      supplierLot: textOf(values.supplierLot),
    },
    dates: {
      manufacturedOn: textOf(values.manufacturedOn),
      expiresOn: textOf(values.expiresOn),
      firstMovementAt: movements[0]?.postedAt ?? null,
      lastMovementAt: movements.at(-1)?.postedAt ?? null,
    },
    reconciliation,
    movements,
    inspections: [...inspectionLots.map((record) => inspectionOf(record, input.references)), ...inProcess.map((record) => inProcessInspectionOf(record, input.references))],
    decisions: [...decisions, ...dispositions].map((record) => ({ code: record.code, disposition: textOf(record.values.disposition), justification: textOf(record.values.justification) })),
    nonconformances: nonconformances.map((record) => ({
      code: record.code,
      source: textOf(record.values.source),
      severity: textOf(record.values.severity),
      status: textOf(record.values.status),
      description: textOf(record.values.description),
      quantityAffected: numberOf(record.values.quantityAffected),
      disposition: textOf(record.values.disposition),
      justification: textOf(record.values.justification),
      capaNumber: textOf(record.values.capaNumber),
      reportedBy: textOf(record.values.reportedBy),
      reportedAt: textOf(record.values.reportedAt),
    })),
    reworks: reworks.map(reworkOf),
    sterilizationLoads,
    labels: labelsOf(lot.code, values, input.material),
    shippedUdis,
    signatures,
    flags,
  };
}
