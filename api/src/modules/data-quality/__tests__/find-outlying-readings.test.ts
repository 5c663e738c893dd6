import { describe, expect, it } from 'vitest';
import { findOutlyingReadings, type Reading } from '../find-outlying-readings.js';
import { collectReadings, holdsReadings } from '../collect-readings.js';
import type { TypeDefinition } from '@lotflow/dictionary';

const readings = (characteristic: string, values: number[]): Reading[] =>
  values.map((value, index) => ({ characteristic, type: 'incoming-inspection-result', code: `IIR-${index + 1}`, pointer: '/outerDiameterMaxIn', value }));

describe('outlying readings', () => {
  it('flags a reading far from the median of its characteristic by its modified z-score', () => {
    // given nine outer diameters around 0.150 in and one at 0.165 in
    const { outliers, characteristics } = findOutlyingReadings(readings('od', [0.1500, 0.1502, 0.1498, 0.1501, 0.1499, 0.1503, 0.1497, 0.1500, 0.1502, 0.1650]));

    // then only the planted one is an outlier: median 0.15005, MAD 0.00015, 0.6745 × 0.01495 ÷ 0.00015 = 67.2
    expect(outliers).toEqual([expect.objectContaining({ code: 'IIR-10', value: 0.165, median: expect.closeTo(0.15005, 10), score: 67.23 })]);
    expect(characteristics).toEqual([{ key: 'od', count: 10, checked: true, median: expect.closeTo(0.15005, 10), mad: expect.closeTo(0.00015, 10), outliers: 1 }]);
  });

  it('keeps a value at 3.5 and flags one beyond it, on either side', () => {
    // median 10, MAD 1: a score of 3.5 is 10 ± 5.189
    const base = [9, 9, 10, 10, 10, 11, 11, 10];
    expect(findOutlyingReadings(readings('x', [...base, 15.18])).outliers).toEqual([]);
    expect(findOutlyingReadings(readings('x', [...base, 15.2, 4.8])).outliers.map((reading) => reading.score).sort()).toEqual([-3.51, 3.51]);
  });

  it('judges no characteristic with fewer than eight readings, or with more than half of them equal', () => {
    const { outliers, characteristics } = findOutlyingReadings([...readings('few', [1, 1, 1, 1, 1, 1, 100]), ...readings('defects', [0, 0, 0, 0, 0, 0, 1, 3, 0])]);
    expect(outliers).toEqual([]);
    expect(characteristics.map((check) => (check.checked ? check.key : `${check.key}: ${check.skipped}`))).toEqual(['defects: no-spread', 'few: too-few-values']);
  });
});

describe('readings from the dictionary', () => {
  const label = (en: string) => ({ en, 'zh-CN': en });
  const resultType: TypeDefinition = {
    key: 'incoming-inspection-result',
    label: label('Incoming inspection results'),
    codeField: 'number',
    fields: [
      { name: 'number', kind: 'code', numbering: 'n', label: label('Number') },
      { name: 'lot', kind: 'text', label: label('Lot') },
      { name: 'outerDiameterMaxIn', kind: 'decimal', unit: 'in', label: label('Outer diameter, largest reading') },
      { name: 'notes', kind: 'text', label: label('Notes') },
    ],
  };
  const inspectionLot: TypeDefinition = {
    key: 'inspection-lot',
    label: label('Inspection lot'),
    codeField: 'number',
    fields: [
      { name: 'number', kind: 'code', numbering: 'n', label: label('Number') },
      { name: 'lot', kind: 'reference', targetType: 'lot', label: label('Lot') },
      {
        name: 'results',
        kind: 'list',
        label: label('Results'),
        fields: [
          { name: 'inspectionPoint', kind: 'reference', targetType: 'inspection-point', label: label('Inspection point') },
          { name: 'readings', kind: 'list', items: { kind: 'decimal', scale: 4 }, label: label('Readings') },
        ],
      },
    ],
  };
  const material: TypeDefinition = { key: 'material', label: label('Material'), codeField: 'code', fields: [{ name: 'code', kind: 'text', label: label('Code') }, { name: 'shelfLifeDays', kind: 'integer', label: label('Shelf life') }] };

  it('reads the numbers of result types and the readings per inspection point, and nothing of other types', () => {
    expect([resultType, inspectionLot, material].map(holdsReadings)).toEqual([true, true, false]);
    const fromResults = collectReadings(resultType, [{ code: 'IIR-1', values: { number: 'IIR-1', lot: 'LOT-1', outerDiameterMaxIn: 0.1512 } }]);
    expect(fromResults.readings).toEqual([{ characteristic: 'incoming-inspection-result/outerDiameterMaxIn', type: 'incoming-inspection-result', code: 'IIR-1', pointer: '/outerDiameterMaxIn', value: 0.1512, lot: 'LOT-1' }]);
    expect(fromResults.characteristics.get('incoming-inspection-result/outerDiameterMaxIn')).toMatchObject({ unit: 'in', fieldLabel: label('Outer diameter, largest reading') });

    const fromLots = collectReadings(inspectionLot, [
      { code: 'IL-1', values: { number: 'IL-1', lot: 'LOT-1', results: [{ inspectionPoint: 'IPT-OD', readings: [0.15, 0.151] }, { inspectionPoint: 'IPT-HARD', readings: [78] }] } },
    ]);
    expect(fromLots.readings.map((reading) => `${reading.characteristic} ${reading.pointer} ${reading.value}`)).toEqual([
      'inspection-lot/results/IPT-OD/readings /results/0/readings/0 0.15',
      'inspection-lot/results/IPT-OD/readings /results/0/readings/1 0.151',
      'inspection-lot/results/IPT-HARD/readings /results/1/readings/0 78',
    ]);
    expect(fromLots.characteristics.get('inspection-lot/results/IPT-OD/readings')).toMatchObject({ inspectionPoint: 'IPT-OD', fieldLabel: { en: 'Results › Readings' } });
  });
});
