import { describe, expect, it } from 'vitest';
import type { SignatureView } from '../../signatures/signature.service.js';
import { buildCertificateOfConformance, conformanceStatement, type ShippedLot } from '../build-certificate-of-conformance.js';
import type { SourceRecord } from '../document-model.js';

const release = (lot: string, state: SignatureView['state'] = 'valid'): SignatureView => ({
  id: `sig-${lot}`,
  printedName: 'Li Qing',
  username: 'qa.li',
  meaning: 'approved-for-release',
  signedAt: '2026-03-13T03:00:00.000Z',
  subjectType: 'inspection-decision',
  subjectId: `ID-${lot}`,
  subjectVersion: 1,
  taskId: null,
  state,
});

function shippedLot(code: string, status: string, signatures: SignatureView[], expiresOn = '2029-03-09'): ShippedLot {
  const lot: SourceRecord = { typeKey: 'lot', code, revision: 2, values: { status, expiresOn, material: 'FG-IVS-20D' }, signatures: [] };
  const decision: SourceRecord = { typeKey: 'inspection-decision', code: `ID-${code}`, revision: 1, values: { lot: code, disposition: 'accept' }, signatures };
  return { record: lot, signedRecords: [lot, decision] };
}

const shipment = (lines: Array<{ lot: string; quantity: number }>): SourceRecord => ({
  typeKey: 'shipment',
  code: 'SH-1',
  revision: 1,
  values: { customer: 'CUS-CN-HOSP-01', plannedOn: '2026-03-20', status: 'planned', lines: lines.map((line) => ({ material: 'FG-IVS-20D', udi: `(01)06901234000016(10)${line.lot}`, ...line })) },
  signatures: [],
});

const materials = new Map([['FG-IVS-20D', { name: 'IV infusion set', nameZh: '一次性使用无菌输液器', unitOfMeasure: 'ea' }]]);
const customer = { name: 'Shanghai hospital distributor', nameZh: '上海医院配送商', country: 'CN' };

describe('the certificate of conformance of a shipment', () => {
  it('lists each line with its lot, UDI, expiry and release signature, and states conformance', () => {
    const model = buildCertificateOfConformance({
      shipment: shipment([{ lot: 'LOT-A', quantity: 200 }]),
      customer,
      lots: new Map([['LOT-A', shippedLot('LOT-A', 'released', [release('LOT-A')])]]),
      materials,
    });

    expect(model.customer).toMatchObject({ code: 'CUS-CN-HOSP-01', name: 'Shanghai hospital distributor', nameZh: '上海医院配送商' });
    expect(model.lines).toEqual([
      {
        line: 1,
        material: { code: 'FG-IVS-20D', name: 'IV infusion set', nameZh: '一次性使用无菌输液器', unit: 'ea' },
        lot: 'LOT-A',
        quantity: 200,
        udi: '(01)06901234000016(10)LOT-A',
        expiresOn: '2029-03-09',
        lotStatus: 'released',
        releaseSignatures: [
          { printedName: 'Li Qing', username: 'qa.li', meaning: 'approved-for-release', signedAt: '2026-03-13T03:00:00.000Z', record: { type: 'inspection-decision', code: 'ID-LOT-A', revision: 1 }, state: 'valid' },
        ],
      },
    ]);
    expect(model.flags).toEqual([]);
    expect(model.statement).toEqual(conformanceStatement);
  });

  it('withholds the statement and says why when a lot is on hold, unsigned or expired', () => {
    const model = buildCertificateOfConformance({
      shipment: shipment([
        { lot: 'LOT-A', quantity: 100 },
        { lot: 'LOT-B', quantity: 50 },
        { lot: 'LOT-C', quantity: 10 },
      ]),
      customer,
      lots: new Map([
        ['LOT-A', shippedLot('LOT-A', 'hold', [release('LOT-A')])],
        ['LOT-B', shippedLot('LOT-B', 'released', [release('LOT-B', 'superseded')])],
        ['LOT-C', shippedLot('LOT-C', 'released', [release('LOT-C')], '2026-03-01')],
      ]),
      materials,
    });

    expect(model.statement).toBeNull();
    expect(model.flags.map((flag) => flag.message)).toEqual([
      'Line 1: lot LOT-A is hold, not released.',
      'Line 2: lot LOT-B has no valid electronic signature with the meaning approved-for-release.',
      expect.stringContaining('Li Qing (approved-for-release, 2026-03-13T03:00:00.000Z) on inspection-decision ID-LOT-B revision 1 is superseded'),
      'Line 3: lot LOT-C expired on 2026-03-01, before the shipping date 2026-03-20.',
    ]);
  });
});
