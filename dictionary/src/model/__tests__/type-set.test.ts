import { describe, expect, it } from 'vitest';
import { findTypeSetIssues, orderTypesByDependency, TypeReferenceCycleError, type FieldDefinition, type TypeDefinition } from '../../index.js';

const label = { en: 'X', 'zh-CN': '甲' };

function type(key: string, fields: FieldDefinition[], statusField?: string): TypeDefinition {
  return {
    key,
    label,
    codeField: 'code',
    ...(statusField ? { statusField } : {}),
    fields: [{ name: 'code', kind: 'text', required: true, label }, ...fields],
  };
}

const lot = type('lot', [{ name: 'status', kind: 'enum', label, values: [{ value: 'released', label }, { value: 'hold', label }] }], 'status');
const shipment = type('shipment', [
  { name: 'lines', kind: 'list', label, fields: [{ name: 'lot', kind: 'reference', targetType: 'lot', allowedStatuses: ['released', 'shipped'], label }] },
  { name: 'customer', kind: 'reference', targetType: 'customer', label },
  { name: 'number', kind: 'code', numbering: 'shipment', label },
]);
const load = type('sterilization-load', [{ name: 'lots', kind: 'list', label, items: { kind: 'reference', targetType: 'lot' } }]);

describe('findTypeSetIssues', () => {
  it('given references between types, reports unknown targets, statuses the target lacks and unknown sequences', () => {
    const issues = findTypeSetIssues([lot, shipment], new Set(['lot']));

    expect(issues.map((issue) => `${issue.typeKey} ${issue.pointer}: ${issue.message}`)).toEqual([
      "shipment /fields/1/fields/0/allowedStatuses/1: 'shipped' is not a status of type 'lot' (released, hold)",
      "shipment /fields/2/targetType: 'customer' is not a type (known: lot, shipment)",
      "shipment /fields/3/numbering: 'shipment' is not a numbering sequence (known: lot)",
    ]);
  });

  it('given allowed statuses on a type without a status field, says so', () => {
    const withoutStatus = type('lot', []);
    expect(findTypeSetIssues([withoutStatus, shipment]).map((issue) => issue.message)).toContain("type 'lot' has no statusField to check them against");
  });
});

describe('orderTypesByDependency', () => {
  it('given types in any order, puts every type after the types it references, lists included', () => {
    expect(orderTypesByDependency([load, shipment, lot]).map((candidate) => candidate.key)).toEqual(['lot', 'sterilization-load', 'shipment']);
  });

  it('given a type that references itself, accepts it', () => {
    const ncr = type('nonconformance-report', [{ name: 'previous', kind: 'reference', targetType: 'nonconformance-report', label }]);
    expect(orderTypesByDependency([ncr])).toEqual([ncr]);
  });

  it('given two types referencing each other, names both in the error', () => {
    const lotWithOrder = type('lot', [{ name: 'workOrder', kind: 'reference', targetType: 'work-order', label }]);
    const workOrder = type('work-order', [{ name: 'output', kind: 'reference', targetType: 'lot', label }]);

    const action = () => orderTypesByDependency([lotWithOrder, workOrder, load]);

    expect(action).toThrow(TypeReferenceCycleError);
    expect(action).toThrow("Types 'lot', 'work-order' reference each other in a cycle");
  });
});
