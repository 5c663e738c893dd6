import { describe, expect, it } from 'vitest';
import type { SignatureView } from '../../signatures/signature.service.js';
import { buildDeviceHistoryRecord, type DeviceHistoryRecordInput, type LedgerRow } from '../build-device-history-record.js';
import type { SourceRecord } from '../document-model.js';

const lotCode = 'LOT-260310-0001';

function signature(overrides: Partial<SignatureView> & Pick<SignatureView, 'printedName' | 'meaning' | 'signedAt' | 'subjectType' | 'subjectId'>): SignatureView {
  return { id: `sig-${overrides.signedAt}`, username: 'qa.li', subjectVersion: 1, taskId: null, state: 'valid', ...overrides };
}

function record(typeKey: string, code: string, values: Record<string, unknown>, signatures: SignatureView[] = []): SourceRecord {
  return { typeKey, code, revision: 1, values, signatures };
}

const movement = (type: string, quantity: number, postedAt: string, location = 'FG-STOCK'): LedgerRow => ({ type, location, quantity, document: null, postedAt, postedBy: 'production.liu' });

function given(overrides: Partial<DeviceHistoryRecordInput> = {}, lotValues: Record<string, unknown> = {}): DeviceHistoryRecordInput {
  return {
    lot: record('lot', lotCode, { lotNumber: lotCode, material: 'FG-IVS-20D', status: 'released', quantity: 500, manufacturedOn: '2026-03-10', expiresOn: '2029-03-09', workOrder: 'WO-1', ...lotValues }),
    material: {
      code: 'FG-IVS-20D',
      name: 'IV infusion set',
      nameZh: '一次性使用无菌输液器',
      unitOfMeasure: 'ea',
      gtins: [
        { packagingLevel: 'each', gtin: '06901234000016', quantity: 1 },
        { packagingLevel: 'box', gtin: '16901234000013', quantity: 25 },
      ],
    },
    ledger: [movement('production-output', 500, '2026-03-10T08:00:00.000Z'), movement('scrap', -20, '2026-03-11T08:00:00.000Z'), movement('shipment', -200, '2026-03-20T08:00:00.000Z')],
    inspectionLots: [],
    inspectionDecisions: [],
    inProcessInspections: [],
    mrbDispositions: [],
    reworkReports: [],
    nonconformanceReports: [],
    sterilizationLoads: [],
    shipments: [],
    references: new Map(),
    ...overrides,
  };
}

describe('the device history record of a lot', () => {
  it('reconciles the quantity made with where the ledger says it went', () => {
    // given 500 made, 20 scrapped, 200 shipped and the rest on hand in a released lot
    const model = buildDeviceHistoryRecord(given());

    // then every unit is accounted for, and the equation is stated
    expect(model.reconciliation).toMatchObject({
      made: 500,
      released: { shipped: 200, issued: 0, onHand: 280, total: 480 },
      scrapped: 20,
      held: 0,
      quarantine: 0,
      accountedFor: 500,
      difference: 0,
      balanced: true,
    });
    expect(model.reconciliation.equation).toBe('made = released (shipped + issued to work orders + released on hand) + scrapped + returned to supplier + held + quarantine + rejected');
    expect(model.flags).toEqual([]);
    expect(model.dates).toEqual({ manufacturedOn: '2026-03-10', expiresOn: '2029-03-09', firstMovementAt: '2026-03-10T08:00:00.000Z', lastMovementAt: '2026-03-20T08:00:00.000Z' });
  });

  it('counts the stock of a held lot as held, and flags a quantity the ledger does not explain', () => {
    // given the lot record says 500 were made, but only 490.5 were posted into stock, and the lot is on hold
    const model = buildDeviceHistoryRecord(
      given({ ledger: [movement('production-output', 490.5, '2026-03-10T08:00:00.000Z'), movement('scrap', -0.25, '2026-03-11T08:00:00.000Z')] }, { status: 'hold' }),
    );

    // then the remaining stock is held, and the 9.5 missing are flagged, to the thousandth
    expect(model.reconciliation).toMatchObject({ made: 500, released: { total: 0 }, scrapped: 0.25, held: 490.25, accountedFor: 490.5, difference: 9.5, balanced: false });
    expect(model.flags).toEqual([
      {
        code: 'quantity-mismatch',
        message: `Quantities do not reconcile: made 500, accounted for 490.5 (difference 9.5). Check the ledger of lot ${lotCode} against the quantity on the lot record.`,
      },
    ]);
  });

  it('shows every signature on the lot and its records with printed name, time and meaning, oldest first, and flags one that no longer holds', () => {
    // given a signed inspection, a signed release decision and an NCR whose signature a later change superseded
    const inspection = record(
      'inspection-lot',
      'IL-1',
      {
        lot: lotCode,
        inspectionPlan: 'IPL-IVS-FUNC',
        status: 'passed',
        inspector: 'Wang Fang',
        inspectedAt: '2026-03-12T02:00:00.000Z',
        results: [{ inspectionPoint: 'IPT-TENSILE', readings: [16.2, 17], defectsFound: 0, result: 'pass', equipment: 'EQ-TT-01' }],
      },
      [signature({ printedName: 'Li Qing', meaning: 'reviewed', signedAt: '2026-03-12T03:00:00.000Z', subjectType: 'inspection-lot', subjectId: 'IL-1' })],
    );
    const decision = record('inspection-decision', 'ID-1', { lot: lotCode, disposition: 'accept', justification: 'All results in specification' }, [
      signature({ printedName: 'Li Qing', meaning: 'approved-for-release', signedAt: '2026-03-13T03:00:00.000Z', subjectType: 'inspection-decision', subjectId: 'ID-1' }),
    ]);
    const ncr = record('nonconformance-report', 'NCR-1', { lot: lotCode, source: 'in-process', severity: 'minor', status: 'closed', description: 'Tensile failure on 2 samples', disposition: 'rework' }, [
      signature({ printedName: 'Zhao Min', username: 'mrb.zhao', meaning: 'disposition-decision', signedAt: '2026-03-11T09:00:00.000Z', subjectType: 'nonconformance-report', subjectId: 'NCR-1', state: 'superseded' }),
    ]);
    const references = new Map<string, Record<string, unknown>>([
      ['IPT-TENSILE', { characteristic: 'Tensile strength of joints', lowerLimit: 15, unit: 'N' }],
      ['EQ-TT-01', { name: 'Tensile tester', calibrationDueOn: '2026-10-01' }],
    ]);

    const model = buildDeviceHistoryRecord(given({ inspectionLots: [inspection], inspectionDecisions: [decision], nonconformanceReports: [ncr], references }));

    // then each signature names its signer, time, meaning and record
    expect(model.signatures.map(({ printedName, signedAt, meaning, record: signed, state }) => [printedName, signedAt, meaning, `${signed.type} ${signed.code}`, state])).toEqual([
      ['Zhao Min', '2026-03-11T09:00:00.000Z', 'disposition-decision', 'nonconformance-report NCR-1', 'superseded'],
      ['Li Qing', '2026-03-12T03:00:00.000Z', 'reviewed', 'inspection-lot IL-1', 'valid'],
      ['Li Qing', '2026-03-13T03:00:00.000Z', 'approved-for-release', 'inspection-decision ID-1', 'valid'],
    ]);
    expect(model.flags.map((flag) => flag.code)).toEqual(['signature-not-valid']);
    expect(model.flags[0]!.message).toContain('Zhao Min (disposition-decision, 2026-03-11T09:00:00.000Z) on nonconformance-report NCR-1 revision 1 is superseded');

    // and the inspection shows its inspector, limits, readings and the gauge with its calibration
    expect(model.inspections).toEqual([
      {
        code: 'IL-1',
        inspectionPlan: 'IPL-IVS-FUNC',
        status: 'passed',
        inspector: 'Wang Fang',
        inspectedAt: '2026-03-12T02:00:00.000Z',
        results: [
          { inspectionPoint: 'IPT-TENSILE', characteristic: 'Tensile strength of joints', limits: '≥ 15 N', readings: [16.2, 17], defectsFound: 0, result: 'pass', equipment: { code: 'EQ-TT-01', name: 'Tensile tester', calibrationDueOn: '2026-10-01' }, note: null },
        ],
      },
    ]);
    expect(model.nonconformances[0]).toMatchObject({ code: 'NCR-1', disposition: 'rework', description: 'Tensile failure on 2 samples' });
  });

  it('shows a failed in-process test, the signed rework disposition, the rework and the passing re-test, in order', () => {
    // given a tensile failure at operation 50, the MRB's signed rework, the rework report and the re-test
    const tested = (code: string, tensileMinN: number, result: string, signedAt: string) =>
      record('in-process-inspection-result', code, { lot: lotCode, operation: 50, inspectionPlan: 'IPL-IVS-FUNC', samplesTested: 13, tensileMinN, dropVolumeMinMl: 0.98, result, failedCharacteristic: result === 'fail' ? 'tensile-strength' : 'none', equipment: 'EQ-TT-01' }, [
        signature({ printedName: 'Li Wei', meaning: 'reviewed', signedAt, subjectType: 'in-process-inspection-result', subjectId: code }),
      ]);
    const ncr = record('nonconformance-report', 'NCR-2', { lot: lotCode, source: 'in-process', severity: 'major', status: 'closed', description: 'Tensile below 15 N', disposition: 'rework' });
    const disposition = record('mrb-disposition', 'MRB-1', { nonconformanceReport: 'NCR-2', disposition: 'rework', justification: 'Re-bond the spike joint, then test again' }, [
      signature({ printedName: 'Zhao Min', username: 'mrb.zhao', meaning: 'disposition-decision', signedAt: '2026-03-11T05:00:00.000Z', subjectType: 'mrb-disposition', subjectId: 'MRB-1' }),
    ]);
    const rework = record('rework-report', 'RW-1', { lot: lotCode, nonconformanceReport: 'NCR-2', quantityReworked: 500, quantityScrapped: 0, description: 'Spike joints re-bonded with UV adhesive' });
    const references = new Map<string, Record<string, unknown>>([['EQ-TT-01', { name: 'Tensile tester', calibrationDueOn: '2027-01-10' }]]);

    const model = buildDeviceHistoryRecord(
      given({ inProcessInspections: [tested('PR-2', 17.8, 'pass', '2026-03-11T08:00:00.000Z'), tested('PR-1', 12.4, 'fail', '2026-03-11T02:00:00.000Z')], nonconformanceReports: [ncr], mrbDispositions: [disposition], reworkReports: [rework], references }),
    );

    // then the failing test names the failed characteristic, the re-test passes, each with its reading, limit and gauge
    expect(model.inspections.map((inspection) => [inspection.code, inspection.inspectionPlan, inspection.status, inspection.inspector])).toEqual([
      ['PR-1', 'IPL-IVS-FUNC · op. 50', 'failed: tensile-strength', 'Li Wei'],
      ['PR-2', 'IPL-IVS-FUNC · op. 50', 'passed', 'Li Wei'],
    ]);
    expect(model.inspections[0]!.results).toEqual([
      { inspectionPoint: 'tensileMinN', characteristic: 'Tensile strength, weakest joint (15 s)', limits: '≥ 15 N', readings: [12.4], defectsFound: null, result: 'fail', equipment: { code: 'EQ-TT-01', name: 'Tensile tester', calibrationDueOn: '2027-01-10' }, note: null },
      { inspectionPoint: 'dropVolumeMinMl', characteristic: 'Volume of 20 drops, smallest', limits: '0.9 – 1.1 mL', readings: [0.98], defectsFound: null, result: 'pass', equipment: { code: 'EQ-TT-01', name: 'Tensile tester', calibrationDueOn: '2027-01-10' }, note: null },
    ]);
    // and the MRB's decision with its signature, and the rework
    expect(model.decisions).toEqual([{ code: 'MRB-1', disposition: 'rework', justification: 'Re-bond the spike joint, then test again' }]);
    expect(model.reworks).toEqual([{ code: 'RW-1', nonconformanceReport: 'NCR-2', quantityReworked: 500, quantityScrapped: 0, description: 'Spike joints re-bonded with UV adhesive', reworkedBy: null }]);
    expect(model.signatures.map((line) => `${line.printedName} ${line.meaning} ${line.record.code}`)).toEqual(['Li Wei reviewed PR-1', 'Zhao Min disposition-decision MRB-1', 'Li Wei reviewed PR-2']);
  });

  it('prints the UDI of each packaging level, and flags a released lot whose sterilization load is not released', () => {
    const load = record('sterilization-load', 'EO-1', { contractor: 'SUP-EO-01', cycle: 'EO-CYCLE-A', lots: [lotCode, 'LOT-OTHER'], biologicalIndicatorResult: 'fail', status: 'hold', exposureTemperature: 50 });

    const model = buildDeviceHistoryRecord(given({ sterilizationLoads: [load] }));

    expect(model.labels).toEqual([
      { packagingLevel: 'each', gtin: '06901234000016', quantity: 1, udi: `(01)06901234000016(11)260310(17)290309(10)${lotCode}`, problem: null },
      { packagingLevel: 'box', gtin: '16901234000013', quantity: 25, udi: `(01)16901234000013(11)260310(17)290309(10)${lotCode}`, problem: null },
    ]);
    expect(model.sterilizationLoads[0]).toMatchObject({ code: 'EO-1', biologicalIndicatorResult: 'fail', lots: [lotCode, 'LOT-OTHER'] });
    expect(model.sterilizationLoads[0]!.parameters[0]).toEqual({ name: 'Exposure temperature', value: 50, unit: '°C' });
    expect(model.flags).toEqual([{ code: 'sterilization-not-released', message: `Lot ${lotCode} is released, but its sterilization load EO-1 is hold.` }]);
  });
});
