import { createRecordValidator, type TypeDefinition } from '@lotflow/dictionary/browser';
import { describe, expect, it } from 'vitest';
import supplierRecords from '../../../../dictionary/pack/records/supplier.json';
import lot from '../../../../dictionary/pack/types/lot.json';
import supplier from '../../../../dictionary/pack/types/supplier.json';
import { checkRecord, listRegulatedChanges } from '../utils/check-record';
import { groupProblemsByField, placeApiErrors } from '../utils/field-errors';

const supplierType = supplier as unknown as TypeDefinition;
const validateSupplier = createRecordValidator<Record<string, unknown>>(supplierType);
const goodSupplier = supplierRecords.records[0] as Record<string, unknown>;

describe('problems on the fields they concern', () => {
  it('puts each problem ajv finds on its input, in the page language, without repeating the label', () => {
    // Given a supplier with a bad country and a certificate without its expiry date
    const record = { ...goodSupplier, country: 'China', certificates: [{ number: 'CERT-1', standard: 'iso-13485' }] };
    // When the browser checks it in Chinese
    const problems = checkRecord(validateSupplier, record, 'zh-CN', 'edit');
    const errors = groupProblemsByField(supplierType, problems, 'zh-CN');
    // Then each problem sits at its field, worded in Chinese
    expect(errors['/country']).toEqual(['应当匹配模式 "^[A-Z]{2}$"']);
    expect(errors['/certificates/0/expiresOn']).toEqual(['为必填项']);
    // And in English the same places carry English words
    const english = groupProblemsByField(supplierType, checkRecord(validateSupplier, record, 'en', 'edit'), 'en');
    expect(english['/certificates/0/expiresOn']).toEqual(['is required']);
  });

  it('does not ask for a code the api assigns from its numbering sequence, on creation only', () => {
    const validateLot = createRecordValidator<Record<string, unknown>>(lot as unknown as TypeDefinition);
    const record = { material: 'RM-TUBE-PVC', status: 'quarantine', quantity: 10 };
    expect(checkRecord(validateLot, record, 'en', 'create').map((problem) => problem.pointer)).not.toContain('/lotNumber');
    expect(checkRecord(validateLot, record, 'en', 'edit').map((problem) => problem.pointer)).toContain('/lotNumber');
  });

  it('sorts the api problem+json errors to the record, the reason and the rest', () => {
    const placed = placeApiErrors([
      { pointer: '/body/values/certificates/0/expiresOn', detail: 'Certificates #1 › Expires on: is required' },
      { pointer: '/values/code', detail: "The code 'SUP-1' is already used by another record" },
      { pointer: '/body/reason', detail: "is required: 'Certificates' (certificates) is a regulated field" },
      { pointer: '/revision', detail: 'changed by someone else' },
    ]);
    expect(placed.values).toEqual([
      { pointer: '/certificates/0/expiresOn', message: 'Certificates #1 › Expires on: is required' },
      { pointer: '/code', message: "The code 'SUP-1' is already used by another record" },
    ]);
    expect(placed.reason).toEqual(["is required: 'Certificates' (certificates) is a regulated field"]);
    expect(placed.other).toEqual(['changed by someone else']);
    expect(groupProblemsByField(supplierType, placed.values, 'en')['/certificates/0/expiresOn']).toEqual(['is required']);
  });

  it('names the regulated fields a change touches, as the api compares them', () => {
    const changed = { ...goodSupplier, notes: 'new notes', certificates: [] };
    expect(listRegulatedChanges(supplierType, goodSupplier, changed)).toEqual(['certificates']);
    expect(listRegulatedChanges(supplierType, goodSupplier, { ...goodSupplier })).toEqual([]);
  });
});
