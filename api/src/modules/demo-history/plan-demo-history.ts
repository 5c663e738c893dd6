import { buildUdi } from '../udi/gs1-udi.js';
import { addDays, weekday } from './utils/add-days.util.js';
import { createSeededRandom } from './utils/create-seeded-random.util.js';

/**
 * A few months of plant history for the IV-infusion-set pack, planned as data: purchase orders and
 * receipts, incoming inspection, work orders consuming component lots and making FG-IVS-20D lots,
 * sterilization loads, QA release and shipments. Pure and seeded: the same input gives the same
 * plan, step by step, which `DemoHistoryService` carries out through the api's own services.
 */
export interface DemoHistoryInput {
  seed: string;
  /** The last day of the history (ISO date), normally yesterday in the plant. */
  lastDay: string;
  weeks: number;
  /** The plant's offset for date-times, e.g. `+08:00`. */
  utcOffset: string;
  /** Due dates of the pack's gauges: a result names its gauge only while the gauge is calibrated. */
  calibrationDueOn: Readonly<Record<string, string>>;
}

export interface PlannedMovement {
  type: 'receipt' | 'issue' | 'production-output' | 'transfer' | 'return-to-supplier' | 'shipment';
  lot: string;
  location: string;
  toLocation?: string;
  quantity: string;
  document?: { type: string; code: string };
}

export interface PlannedLink {
  from: { type: string; code: string };
  to: { type: string; code: string };
  relation: string;
}

export type Signer = 'qa' | 'mrb';

export type DemoHistoryStep =
  | { kind: 'record'; id: string; day: string; type: string; code: string; values: Record<string, unknown> }
  | { kind: 'posting'; id: string; day: string; movements: PlannedMovement[]; links: PlannedLink[] }
  | { kind: 'lot-status'; id: string; day: string; lot: string; status: 'released' | 'rejected' | 'hold'; reason: string }
  | { kind: 'signature'; id: string; day: string; type: string; code: string; signer: Signer; meaning: 'reviewed' | 'approved-for-release' | 'disposition-decision' };

export interface DemoHistoryPlan {
  firstDay: string;
  lastDay: string;
  steps: DemoHistoryStep[];
}

interface PurchasedMaterial {
  material: string;
  supplier: string;
  /** Consumed per finished set. */
  perSet: number;
  unitPrice: number;
  supplierLotPrefix: string;
  shelfLifeDays?: number;
  incomingPlan?: 'tubing' | 'drip';
}

/** The pack's bill of materials for FG-IVS-20D, revision A (the carton is not lot-tracked). */
const purchased: readonly PurchasedMaterial[] = [
  { material: 'RM-TUBE-PVC-106', supplier: 'SUP-TUBE-01', perSet: 1.6, unitPrice: 1.85, supplierLotPrefix: 'LH-T', shelfLifeDays: 1825, incomingPlan: 'tubing' },
  { material: 'CP-DRIP-6ML', supplier: 'SUP-MOLD-01', perSet: 1, unitPrice: 0.32, supplierLotPrefix: 'JM-DC', incomingPlan: 'drip' },
  { material: 'CP-SPIKE-AV', supplier: 'SUP-MOLD-01', perSet: 1, unitPrice: 0.41, supplierLotPrefix: 'JM-SP' },
  { material: 'CP-CLAMP-RL', supplier: 'SUP-MOLD-01', perSet: 1, unitPrice: 0.12, supplierLotPrefix: 'JM-RC' },
  { material: 'CP-YSITE', supplier: 'SUP-MOLD-01', perSet: 1, unitPrice: 0.28, supplierLotPrefix: 'JM-YS' },
  { material: 'CP-LUER-ML', supplier: 'SUP-MOLD-01', perSet: 1, unitPrice: 0.15, supplierLotPrefix: 'JM-LL' },
  { material: 'CP-CAP-PROT', supplier: 'SUP-MOLD-01', perSet: 2, unitPrice: 0.03, supplierLotPrefix: 'JM-CP' },
  { material: 'CP-FILTER-15', supplier: 'SUP-FILT-01', perSet: 1, unitPrice: 0.36, supplierLotPrefix: 'QL-F' },
  { material: 'PK-POUCH', supplier: 'SUP-PACK-01', perSet: 1, unitPrice: 0.09, supplierLotPrefix: 'BJ-P' },
  { material: 'PK-LABEL', supplier: 'SUP-LABL-01', perSet: 0.001, unitPrice: 38, supplierLotPrefix: 'YH-L' },
  { material: 'PK-IFU', supplier: 'SUP-LABL-01', perSet: 1, unitPrice: 0.05, supplierLotPrefix: 'YH-I' },
];

/** How often each supplier is ordered from (weeks), in which week of the cycle, and its lead time. */
const orderCycles = [
  { supplier: 'SUP-TUBE-01', everyWeeks: 1, offsetWeeks: 0, leadDays: 10 },
  { supplier: 'SUP-MOLD-01', everyWeeks: 2, offsetWeeks: 0, leadDays: 14 },
  { supplier: 'SUP-FILT-01', everyWeeks: 2, offsetWeeks: 0, leadDays: 12 },
  { supplier: 'SUP-PACK-01', everyWeeks: 2, offsetWeeks: 0, leadDays: 10 },
  { supplier: 'SUP-LABL-01', everyWeeks: 4, offsetWeeks: 0, leadDays: 12 },
] as const;

const finishedGood = { material: 'FG-IVS-20D', routing: 'RT-IVS-20D-V1', bomRevision: 'A', labelRevision: 'C', gtinEach: '06901234000016', shelfLifeDays: 1095 };
const sterilizer = 'SUP-EO-01';
const plannedSetsPerWeek = 5000;
const customers = [
  { code: 'CUS-CN-HOSP-01', minimumShelfLifeDays: 540, carrier: 'SF Express', deliveryDays: 3 },
  { code: 'CUS-CN-HOSP-01', minimumShelfLifeDays: 540, carrier: 'SF Express', deliveryDays: 3 },
  { code: 'CUS-EU-DIST-01', minimumShelfLifeDays: 730, carrier: 'DHL Global Forwarding', deliveryDays: 12 },
] as const;
const inspectors = ['Zhou Qiang', 'Huang Li', 'Xu Ting'] as const;
/** SUP-TUBE-01 of the pack again, as an invoice spells it, with the same ISO 13485 certificate. */
const duplicateTubingSupplier = {
  code: 'SUP-TUBE-02',
  name: 'KUNSHAN LIANHE MEDICAL TUBING CO LTD',
  nameZh: '昆山联合医用管材公司',
  country: 'CN',
  address: 'No. 18 Qianjin Road, Kunshan, Jiangsu',
  contactEmail: 'finance@tubing.example.com',
  certificates: [{ number: 'Q5-TUBE-13485-2024-017', standard: 'iso-13485', issuer: 'TÜV SÜD', expiresOn: '2027-05-14' }],
  status: 'active',
  notes: 'Fictitious company for the demo pack. Created by purchasing from an invoice header.',
};
const locations = { raw: 'WH-RAW', finished: 'WH-FG', sterilizer: 'EO-CONTRACTOR' } as const;

const thousandths = (quantity: number) => Math.round(quantity * 1000);
const quantityText = (quantityThousandths: number) => String(quantityThousandths / 1000);
const compact = (isoDate: string) => isoDate.slice(2).replaceAll('-', '');
const round = (value: number, places: number) => Number(value.toFixed(places));

interface StockLot {
  code: string;
  material: string;
  quantityThousandths: number;
  expiresOn: string | null;
  manufacturedOn: string;
}

export function planDemoHistory(input: DemoHistoryInput): DemoHistoryPlan {
  const random = createSeededRandom(input.seed);
  const totalDays = input.weeks * 7;
  // The history starts on a Monday, so the weekly rhythm of the plant reads naturally.
  let firstDay = addDays(input.lastDay, -totalDays + 1);
  while (weekday(firstDay) !== 1) firstDay = addDays(firstDay, -1);
  const steps: DemoHistoryStep[] = [];
  const agenda = new Map<string, Array<() => void>>();
  const later = (day: string, work: () => void) => agenda.set(day, [...(agenda.get(day) ?? []), work]);
  const counters = new Map<string, number>();
  const nextCode = (series: string, period: string, first: number, width: number) => {
    const key = `${series}:${period}`;
    const value = counters.get(key) ?? first;
    counters.set(key, value + 1);
    return `${series}-${period}-${String(value).padStart(width, '0')}`;
  };
  const codes = {
    // Numbers far above what a day's, month's or year's sequence reaches, so the history never takes a number the plant will assign.
    purchaseOrder: (day: string) => nextCode('PO', day.slice(0, 4), 90001, 5),
    receipt: (day: string) => nextCode('GR', compact(day), 501, 3),
    lot: (day: string) => nextCode('LOT', compact(day), 501, 4),
    inspectionLot: (day: string) => nextCode('IL', compact(day), 501, 3),
    workOrder: (day: string) => nextCode('WO', day.slice(0, 7).replace('-', ''), 9001, 4),
    nonconformance: (day: string) => nextCode('NCR', day.slice(0, 7).replace('-', ''), 901, 3),
    sterilizationLoad: (day: string) => nextCode('EO', compact(day), 51, 2),
    shipment: (day: string) => nextCode('SH', compact(day), 501, 3),
  };
  const at = (day: string, time: string) => `${day}T${time}:00${input.utcOffset}`;
  const gauge = (code: string, day: string) => {
    const due = input.calibrationDueOn[code];
    return due !== undefined && due >= day ? { equipment: code } : {};
  };
  let stepNumber = 0;
  const id = (name: string) => `${String(++stepNumber).padStart(4, '0')}-${name}`;
  const record = (day: string, type: string, code: string, values: Record<string, unknown>) => steps.push({ kind: 'record', id: id(code), day, type, code, values });
  const posting = (day: string, name: string, movements: PlannedMovement[], links: PlannedLink[] = []) => steps.push({ kind: 'posting', id: id(name), day, movements, links });
  const lotStatus = (day: string, lot: string, status: 'released' | 'rejected' | 'hold', reason: string) => steps.push({ kind: 'lot-status', id: id(`${lot}-${status}`), day, lot, status, reason });
  const sign = (day: string, type: string, code: string, signer: Signer, meaning: 'reviewed' | 'approved-for-release' | 'disposition-decision') =>
    steps.push({ kind: 'signature', id: id(`${code}-${meaning}`), day, type, code, signer, meaning });
  const inspected = (inspectionLot: string, lot: string): PlannedLink => ({ from: { type: 'inspection-lot', code: inspectionLot }, to: { type: 'lot', code: lot }, relation: 'inspected' });

  const componentStock: StockLot[] = [];
  const finishedStock: StockLot[] = [];
  const awaitingSterilization: string[] = [];
  const supplierLotCounters = new Map<string, number>();
  let orderCycleWeek = 0;
  let shipmentCount = 0;
  let loadCount = 0;
  const failingLoad = Math.max(1, Math.floor(input.weeks / 2));

  // ── purchasing and receiving ────────────────────────────────────────────────────────────────
  const placeOrders = (day: string) => {
    for (const cycle of orderCycles) {
      if ((orderCycleWeek - cycle.offsetWeeks) % cycle.everyWeeks !== 0) continue;
      const materials = purchased.filter((material) => material.supplier === cycle.supplier);
      const committedOn = addDays(day, cycle.leadDays);
      // Three in four deliveries arrive on or before the committed date; the rest one to six days late.
      const receivedOn = addDays(committedOn, random.chance(0.75) ? -random.integer(0, 2) : random.integer(1, 6));
      const number = codes.purchaseOrder(day);
      const lines = materials.map((material, index) => ({
        line: index + 1,
        material: material.material,
        quantity: Math.ceil((plannedSetsPerWeek * cycle.everyWeeks * material.perSet * 1.1) / (material.perSet < 1 ? 1 : 500)) * (material.perSet < 1 ? 1 : 500),
        unitPrice: material.unitPrice,
        committedOn,
      }));
      const received = receivedOn <= input.lastDay;
      record(day, 'purchase-order', number, { number, supplier: cycle.supplier, orderedOn: day, currency: 'cny', status: received ? 'received' : 'sent', lines });
      if (received) later(receivedOn, () => receive(receivedOn, number, cycle.supplier, lines, materials));
    }
    orderCycleWeek += 1;
  };

  const receive = (day: string, purchaseOrder: string, supplier: string, lines: Array<{ line: number; material: string; quantity: number }>, materials: readonly PurchasedMaterial[]) => {
    const receipt = codes.receipt(day);
    const arrivals = lines.map((line, index) => {
      const material = materials[index]!;
      const manufacturedOn = addDays(day, -random.integer(4, 20));
      const sequence = (supplierLotCounters.get(material.supplierLotPrefix) ?? random.integer(100, 400)) + 1;
      supplierLotCounters.set(material.supplierLotPrefix, sequence);
      const tubingFails = material.incomingPlan === 'tubing' && random.chance(0.1);
      const missingCertificate = !tubingFails && material.incomingPlan === undefined && random.chance(0.04);
      return {
        line,
        material,
        lot: codes.lot(day),
        supplierLot: `${material.supplierLotPrefix}${compact(manufacturedOn).slice(0, 4)}-${sequence}`,
        manufacturedOn,
        expiresOn: material.shelfLifeDays ? addDays(manufacturedOn, material.shelfLifeDays - 1) : null,
        fails: tubingFails,
        missingCertificate,
      };
    });
    const rejected = arrivals.every((arrival) => arrival.fails);
    record(day, 'receipt', receipt, {
      number: receipt,
      purchaseOrder,
      supplier,
      receivedAt: at(day, `${String(random.integer(8, 15)).padStart(2, '0')}:${random.pick(['05', '20', '35', '50'])}`),
      receivedBy: random.pick(['Zhang Wei', 'Li Na']),
      deliveryNote: `DN-${compact(day)}-${random.integer(10, 99)}`,
      status: rejected ? 'rejected' : 'accepted',
      lines: arrivals.map((arrival) => ({
        purchaseOrderLine: arrival.line.line,
        material: arrival.material.material,
        quantity: arrival.line.quantity,
        supplierLot: arrival.supplierLot,
        certificateOfConformity: !arrival.missingCertificate,
      })),
    });
    const links: PlannedLink[] = [];
    const inspections: Array<{ arrival: (typeof arrivals)[number]; inspectionLot: string; readings: number[] }> = [];
    for (const arrival of arrivals) {
      record(day, 'lot', arrival.lot, {
        lotNumber: arrival.lot,
        material: arrival.material.material,
        status: 'quarantine',
        quantity: arrival.line.quantity,
        manufacturedOn: arrival.manufacturedOn,
        ...(arrival.expiresOn ? { expiresOn: arrival.expiresOn } : {}),
        supplier,
        supplierLot: arrival.supplierLot,
        receipt,
      });
      if (!arrival.material.incomingPlan) continue;
      const inspectionLot = codes.inspectionLot(day);
      const inspector = random.pick(inspectors);
      const inspectedAt = at(day, `${String(random.integer(13, 17)).padStart(2, '0')}:${random.pick(['00', '15', '30', '45'])}`);
      if (arrival.material.incomingPlan === 'tubing') {
        const outerDiameters = Array.from({ length: 5 }, () => round(0.15 + (random.next() - 0.5) * 0.004, 4));
        if (arrival.fails) outerDiameters.splice(2, 1, round(0.1556 + random.next() * 0.002, 4));
        record(day, 'inspection-lot', inspectionLot, {
          number: inspectionLot,
          lot: arrival.lot,
          inspectionPlan: 'IPL-IN-TUBE',
          receipt,
          status: arrival.fails ? 'failed' : 'passed',
          inspector,
          inspectedAt,
          results: [
            { inspectionPoint: 'IPT-TUBE-OD', readings: outerDiameters, defectsFound: arrival.fails ? 1 : 0, result: arrival.fails ? 'fail' : 'pass', ...gauge('EQ-LM-01', day) },
            { inspectionPoint: 'IPT-TUBE-ID', readings: Array.from({ length: 3 }, () => round(0.106 + (random.next() - 0.5) * 0.003, 4)), defectsFound: 0, result: 'pass', ...gauge('EQ-VMS-01', day) },
            { inspectionPoint: 'IPT-TUBE-HARD', readings: Array.from({ length: 3 }, () => random.integer(76, 80)), defectsFound: 0, result: 'pass', ...gauge('EQ-DUR-01', day) },
            { inspectionPoint: 'IPT-TUBE-VIS', defectsFound: random.integer(0, 1), result: 'pass' },
          ],
        });
        inspections.push({ arrival, inspectionLot, readings: outerDiameters });
      } else {
        record(day, 'inspection-lot', inspectionLot, {
          number: inspectionLot,
          lot: arrival.lot,
          inspectionPlan: 'IPL-IN-DRIP',
          receipt,
          status: 'passed',
          inspector,
          inspectedAt,
          results: [{ inspectionPoint: 'IPT-DRIP-VOL', readings: Array.from({ length: 4 }, () => round(6 + (random.next() - 0.5) * 0.8, 2)), defectsFound: 0, result: 'pass', ...gauge('EQ-BAL-01', day) }],
        });
        inspections.push({ arrival, inspectionLot, readings: [] });
      }
      links.push(inspected(inspectionLot, arrival.lot));
    }
    posting(
      day,
      `receipt-${receipt}`,
      arrivals.map((arrival) => ({ type: 'receipt', lot: arrival.lot, location: locations.raw, quantity: String(arrival.line.quantity), document: { type: 'receipt', code: receipt } })),
      links,
    );
    for (const { inspectionLot } of inspections) sign(day, 'inspection-lot', inspectionLot, 'qa', 'reviewed');
    for (const arrival of arrivals) {
      const inspection = inspections.find((candidate) => candidate.arrival === arrival);
      if (arrival.fails && inspection) {
        const worst = Math.max(...inspection.readings);
        lotStatus(day, arrival.lot, 'rejected', `Incoming inspection ${inspection.inspectionLot} failed: outer diameter ${worst} in is above the 0.155 in limit`);
        const report = codes.nonconformance(day);
        record(day, 'nonconformance-report', report, {
          number: report,
          source: 'incoming-inspection',
          lot: arrival.lot,
          inspectionLot: inspection.inspectionLot,
          supplier,
          description: `Outer diameter out of tolerance: a reading of ${worst} in against 0.150 ± 0.005 in (IPT-TUBE-OD) on supplier lot ${arrival.supplierLot}.`,
          quantityAffected: arrival.line.quantity,
          severity: 'major',
          status: 'closed',
          disposition: 'return-to-supplier',
          justification: 'A dimensional nonconformity of extruded tubing cannot be reworked; the supplier replaces the lot under the quality agreement.',
          reportedBy: random.pick(inspectors),
          reportedAt: at(day, '16:40'),
        });
        sign(day, 'nonconformance-report', report, 'mrb', 'disposition-decision');
        posting(day, `return-${arrival.lot}`, [{ type: 'return-to-supplier', lot: arrival.lot, location: locations.raw, quantity: String(arrival.line.quantity) }]);
      } else if (arrival.missingCertificate) {
        lotStatus(day, arrival.lot, 'hold', `No certificate of conformity with receipt ${receipt}: held until the supplier sends it`);
      } else {
        lotStatus(day, arrival.lot, 'released', inspection ? `Incoming inspection ${inspection.inspectionLot} passed` : `Certificate of conformity checked with receipt ${receipt}; no incoming inspection plan for ${arrival.material.material}`);
        componentStock.push({ code: arrival.lot, material: arrival.material.material, quantityThousandths: thousandths(arrival.line.quantity), expiresOn: arrival.expiresOn, manufacturedOn: arrival.manufacturedOn });
      }
    }
  };

  // ── production ──────────────────────────────────────────────────────────────────────────────
  const firstExpiredFirstOut = (lots: StockLot[]) =>
    [...lots].sort((a, b) => (a.expiresOn ?? '9999-12-31').localeCompare(b.expiresOn ?? '9999-12-31') || a.manufacturedOn.localeCompare(b.manufacturedOn) || a.code.localeCompare(b.code));

  const produce = (day: string) => {
    const available = (material: PurchasedMaterial) => componentStock.filter((lot) => lot.material === material.material).reduce((sum, lot) => sum + lot.quantityThousandths, 0);
    const possibleSets = Math.min(...purchased.map((material) => Math.floor(available(material) / thousandths(material.perSet))));
    const quantity = Math.min(random.pick([2000, 2500, 3000]), Math.floor(possibleSets / 250) * 250);
    if (quantity < 1000) return;
    const workOrder = codes.workOrder(day);
    const lot = codes.lot(day);
    const scrapped = random.integer(0, Math.round(quantity * 0.012));
    const good = quantity - scrapped;
    const tensileFails = random.chance(0.15);
    const movements: PlannedMovement[] = [];
    for (const material of purchased) {
      let needed = thousandths(material.perSet) * quantity;
      for (const stock of firstExpiredFirstOut(componentStock.filter((candidate) => candidate.material === material.material))) {
        if (needed === 0) break;
        const taken = Math.min(needed, stock.quantityThousandths);
        stock.quantityThousandths -= taken;
        needed -= taken;
        movements.push({ type: 'issue', lot: stock.code, location: locations.raw, quantity: quantityText(taken), document: { type: 'work-order', code: workOrder } });
      }
    }
    for (let index = componentStock.length - 1; index >= 0; index -= 1) if (componentStock[index]!.quantityThousandths === 0) componentStock.splice(index, 1);
    const finishOn = addDays(day, 1);
    record(day, 'work-order', workOrder, {
      number: workOrder,
      material: finishedGood.material,
      routing: finishedGood.routing,
      bomRevision: finishedGood.bomRevision,
      labelRevision: finishedGood.labelRevision,
      quantityPlanned: quantity,
      quantityGood: good,
      quantityScrapped: scrapped,
      plannedStartOn: day,
      plannedFinishOn: finishOn,
      status: addDays(finishOn, 14) < input.lastDay ? 'closed' : 'completed',
    });
    const expiresOn = addDays(day, finishedGood.shelfLifeDays - 1);
    record(day, 'lot', lot, {
      lotNumber: lot,
      material: finishedGood.material,
      status: 'quarantine',
      quantity: good,
      manufacturedOn: day,
      expiresOn,
      workOrder,
      ...(scrapped > 0 ? { notes: `${scrapped} sets failed the 100 % leak test and were scrapped under ${workOrder}.` } : {}),
    });
    const inspector = random.pick(inspectors);
    const leakTest = codes.inspectionLot(finishOn);
    record(day, 'inspection-lot', leakTest, {
      number: leakTest,
      lot,
      inspectionPlan: 'IPL-IVS-LEAK',
      workOrder,
      status: 'passed',
      inspector,
      inspectedAt: at(finishOn, '10:30'),
      results: [{ inspectionPoint: 'IPT-LEAK-AIR', defectsFound: scrapped, result: 'pass', ...gauge('EQ-LT-01', finishOn), ...(scrapped > 0 ? { note: `${scrapped} leaking sets removed and scrapped` } : {}) }],
    });
    const functional = (passed: boolean, note?: string) => {
      const code = codes.inspectionLot(finishOn);
      record(day, 'inspection-lot', code, {
        number: code,
        lot,
        inspectionPlan: 'IPL-IVS-FUNC',
        workOrder,
        status: passed ? 'passed' : 'failed',
        inspector,
        inspectedAt: at(finishOn, passed && note ? '16:20' : '13:10'),
        results: [
          {
            inspectionPoint: 'IPT-TENSILE',
            readings: Array.from({ length: 5 }, (_, index) => (passed || index !== 3 ? round(18 + random.next() * 6, 1) : round(12.5 + random.next() * 2, 1))),
            defectsFound: passed ? 0 : 1,
            result: passed ? 'pass' : 'fail',
            ...gauge('EQ-TT-01', finishOn),
            ...(note ? { note } : {}),
          },
          { inspectionPoint: 'IPT-DROP-VOL', readings: Array.from({ length: 5 }, () => round(1 + (random.next() - 0.5) * 0.1, 3)), defectsFound: 0, result: 'pass', ...gauge('EQ-BAL-01', finishOn) },
          { inspectionPoint: 'IPT-FLOW', readings: Array.from({ length: 5 }, () => random.integer(1040, 1180)), defectsFound: 0, result: 'pass', ...gauge('EQ-FLOW-01', finishOn) },
          { inspectionPoint: 'IPT-RESEAL', defectsFound: 0, result: 'pass' },
        ],
      });
      return code;
    };
    const inspectionLots = [leakTest];
    if (tensileFails) {
      const failedTest = functional(false);
      const report = codes.nonconformance(finishOn);
      record(finishOn, 'nonconformance-report', report, {
        number: report,
        source: 'in-process',
        lot,
        inspectionLot: failedTest,
        workOrder,
        description: 'One sample separated at the spike–tubing joint below 15 N during the tensile test (IPT-TENSILE).',
        quantityAffected: good,
        severity: 'critical',
        status: 'closed',
        disposition: 'rework',
        justification: 'The bonding cure time was short on one shift: every spike joint is re-bonded and the lot re-tested at the tightened sample size.',
        reportedBy: inspector,
        reportedAt: at(finishOn, '13:40'),
      });
      sign(finishOn, 'nonconformance-report', report, 'mrb', 'disposition-decision');
      inspectionLots.push(failedTest, functional(true, `Re-test after rework under ${report}`));
    } else {
      inspectionLots.push(functional(true));
    }
    const labelCheck = codes.inspectionLot(finishOn);
    record(day, 'inspection-lot', labelCheck, {
      number: labelCheck,
      lot,
      inspectionPlan: 'IPL-IVS-LABEL',
      workOrder,
      status: 'passed',
      inspector,
      inspectedAt: at(finishOn, '17:05'),
      results: [{ inspectionPoint: 'IPT-LABEL-UDI', defectsFound: 0, result: 'pass' }],
    });
    inspectionLots.push(labelCheck);
    movements.push({ type: 'production-output', lot, location: locations.finished, quantity: String(good), document: { type: 'work-order', code: workOrder } });
    posting(
      finishOn,
      `work-order-${workOrder}`,
      movements,
      inspectionLots.map((inspectionLot) => inspected(inspectionLot, lot)),
    );
    for (const inspectionLot of inspectionLots) sign(finishOn, 'inspection-lot', inspectionLot, 'qa', 'reviewed');
    awaitingSterilization.push(lot);
    finishedStock.push({ code: lot, material: finishedGood.material, quantityThousandths: thousandths(good), expiresOn, manufacturedOn: day });
  };

  // ── sterilization and release ───────────────────────────────────────────────────────────────
  const released = new Set<string>();
  const sterilize = (day: string) => {
    if (awaitingSterilization.length === 0) return;
    const lots = awaitingSterilization.splice(0);
    loadCount += 1;
    const fails = loadCount === failingLoad;
    const load = codes.sterilizationLoad(day);
    record(day, 'sterilization-load', load, {
      number: load,
      contractor: sterilizer,
      contractorLoadNumber: `AJ-${compact(day)}-${random.integer(10, 99)}`,
      cycle: 'EO-IVS-C1',
      lots,
      exposureStartedAt: at(day, '20:00'),
      exposureTemperature: round(49.5 + random.next(), 1),
      relativeHumidity: round(58 + random.next() * 6, 1),
      eoConcentration: random.integer(590, 620),
      exposureTime: 4,
      aerationTime: 72,
      biologicalIndicatorLot: `BI-${compact(day).slice(0, 4)}-${random.integer(100, 999)}`,
      biologicalIndicatorResult: fails ? 'fail' : 'pass',
      status: fails ? 'hold' : 'released',
    });
    const stock = (lot: string) => finishedStock.find((candidate) => candidate.code === lot)!;
    posting(
      day,
      `sterilization-${load}`,
      lots.map((lot) => ({ type: 'transfer', lot, location: locations.finished, toLocation: locations.sterilizer, quantity: quantityText(stock(lot).quantityThousandths) })),
      lots.map((lot) => ({ from: { type: 'sterilization-load', code: load }, to: { type: 'lot', code: lot }, relation: 'sterilized' })),
    );
    const backOn = addDays(day, 5);
    if (backOn > input.lastDay) return;
    later(backOn, () => {
      const residuals = lots.map((lot) => {
        const code = codes.inspectionLot(backOn);
        record(backOn, 'inspection-lot', code, {
          number: code,
          lot,
          inspectionPlan: 'IPL-IVS-EO',
          status: 'passed',
          inspector: random.pick(inspectors),
          inspectedAt: at(backOn, '09:30'),
          results: [{ inspectionPoint: 'IPT-EO-RESID', readings: Array.from({ length: 3 }, () => round(0.8 + random.next() * 1.6, 2)), defectsFound: 0, result: 'pass', ...gauge('EQ-GC-01', backOn) }],
        });
        return { lot, code };
      });
      posting(
        backOn,
        `sterilized-${load}`,
        lots.map((lot) => ({ type: 'transfer', lot, location: locations.sterilizer, toLocation: locations.finished, quantity: quantityText(stock(lot).quantityThousandths) })),
        residuals.map(({ lot, code }) => inspected(code, lot)),
      );
      for (const { code } of residuals) sign(backOn, 'inspection-lot', code, 'qa', 'reviewed');
      if (fails) {
        for (const lot of lots) lotStatus(backOn, lot, 'hold', `The biological indicator of sterilization load ${load} grew: every lot in the load is on hold for the MRB`);
        const report = codes.nonconformance(backOn);
        record(backOn, 'nonconformance-report', report, {
          number: report,
          source: 'sterilization',
          lot: lots[0],
          supplier: sterilizer,
          description: `Biological indicator positive after the EO cycle of load ${load}; the load covers ${lots.join(', ')}.`,
          quantityAffected: lots.reduce((sum, lot) => sum + stock(lot).quantityThousandths / 1000, 0),
          severity: 'critical',
          status: 'mrb-review',
          reportedBy: 'Li Wei',
          reportedAt: at(backOn, '11:00'),
        });
        return;
      }
      sign(backOn, 'sterilization-load', load, 'qa', 'approved-for-release');
      for (const lot of lots) {
        lotStatus(backOn, lot, 'released', `QA release: every check of the device history record passed and sterilization load ${load} is released`);
        sign(backOn, 'lot', lot, 'qa', 'approved-for-release');
        released.add(lot);
      }
    });
  };

  // ── shipping ────────────────────────────────────────────────────────────────────────────────
  const ship = (day: string) => {
    const customer = customers[shipmentCount % customers.length]!;
    const wanted = random.pick([1000, 1500, 2000, 2500]) * 1000;
    const candidates = firstExpiredFirstOut(finishedStock.filter((lot) => released.has(lot.code) && lot.quantityThousandths > 0 && lot.expiresOn! >= addDays(day, customer.minimumShelfLifeDays)));
    const available = candidates.reduce((sum, lot) => sum + lot.quantityThousandths, 0);
    const quantity = Math.min(wanted, Math.floor(available / 250_000) * 250_000);
    if (quantity < 500_000) return;
    shipmentCount += 1;
    const shipment = codes.shipment(day);
    const lines: Array<{ lot: StockLot; quantityThousandths: number }> = [];
    let needed = quantity;
    for (const lot of candidates) {
      if (needed === 0) break;
      const taken = Math.min(needed, lot.quantityThousandths);
      lot.quantityThousandths -= taken;
      needed -= taken;
      lines.push({ lot, quantityThousandths: taken });
    }
    record(day, 'shipment', shipment, {
      number: shipment,
      customer: customer.code,
      plannedOn: day,
      shippedOn: day,
      carrier: customer.carrier,
      trackingNumber: `${customer.carrier === 'SF Express' ? 'SF' : 'DHL'}${random.integer(1_000_000_000, 9_999_999_999)}`,
      status: addDays(day, customer.deliveryDays) <= input.lastDay ? 'delivered' : 'shipped',
      lines: lines.map(({ lot, quantityThousandths }) => ({
        material: finishedGood.material,
        lot: lot.code,
        quantity: quantityThousandths / 1000,
        udi: buildUdi({ gtin: finishedGood.gtinEach, productionDate: lot.manufacturedOn, expiryDate: lot.expiresOn!, lot: lot.code }).humanReadable,
      })),
    });
    posting(
      day,
      `shipment-${shipment}`,
      lines.map(({ lot, quantityThousandths }) => ({ type: 'shipment', lot: lot.code, location: locations.finished, quantity: quantityText(quantityThousandths), document: { type: 'shipment', code: shipment } })),
    );
  };

  for (let day = firstDay; day <= input.lastDay; day = addDays(day, 1)) {
    const dayOfWeek = weekday(day);
    if (dayOfWeek === 1) placeOrders(day);
    for (const work of agenda.get(day) ?? []) work();
    agenda.delete(day);
    if (dayOfWeek === 1 || dayOfWeek === 3) ship(day);
    if (dayOfWeek === 2 || dayOfWeek === 4) produce(day);
    if (dayOfWeek === 5) sterilize(day);
  }
  // Purchasing entered the tubing supplier a second time, from the header of its new invoices: the
  // duplicate the data-quality screen should find. Planned last, so no earlier step's key changes.
  record(addDays(firstDay, 7 * Math.floor(input.weeks / 2) + 2), 'supplier', duplicateTubingSupplier.code, duplicateTubingSupplier);
  return { firstDay, lastDay: input.lastDay, steps };
}
