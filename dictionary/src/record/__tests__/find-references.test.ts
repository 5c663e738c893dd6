import { describe, expect, it } from 'vitest';
import { findReferences, loadPack, type TypeDefinition } from '../../index.js';

const pack = loadPack();
const typeOf = (key: string) => pack.types.find((type) => type.key === key) as TypeDefinition;
const valuesOf = (code: string) => pack.records.find((record) => record.code === code)?.values as Record<string, unknown>;

describe('findReferences', () => {
  it('given an inspection lot, finds references at the top level and inside result rows', () => {
    const references = findReferences(typeOf('inspection-lot'), valuesOf('IL-260227-001'));

    expect(references).toContainEqual({ pointer: '/lot', targetType: 'lot', code: 'LOT-260227-0001' });
    expect(references).toContainEqual({ pointer: '/inspectionPlan', targetType: 'inspection-plan', code: 'IPL-IN-TUBE', allowedStatuses: ['approved'] });
    expect(references).toContainEqual({ pointer: '/results/0/inspectionPoint', targetType: 'inspection-point', code: 'IPT-TUBE-OD' });
    expect(references).toContainEqual({ pointer: '/results/0/equipment', targetType: 'equipment', code: 'EQ-LM-01', allowedStatuses: ['in-service'] });
    expect(references).toHaveLength(3 + 4 + 3);
  });

  it('given a sterilization load, finds each lot of its list', () => {
    const load = { number: 'EO-260310-01', contractor: 'SUP-EO-01', cycle: 'EO-IVS-C1', lots: ['LOT-260309-0001', 'LOT-260309-0002'] };

    expect(findReferences(typeOf('sterilization-load'), load).map((reference) => `${reference.pointer} → ${reference.code}`)).toEqual([
      '/contractor → SUP-EO-01',
      '/lots/0 → LOT-260309-0001',
      '/lots/1 → LOT-260309-0002',
    ]);
  });
});
