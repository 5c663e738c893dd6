import type { TypeDefinition } from '@lotflow/dictionary/browser';
import { describe, expect, it } from 'vitest';
import materialRecords from '../../../../dictionary/pack/records/material.json';
import supplierRecords from '../../../../dictionary/pack/records/supplier.json';
import material from '../../../../dictionary/pack/types/material.json';
import supplier from '../../../../dictionary/pack/types/supplier.json';
import { listFormPointers, setFormValue } from '../utils/form-pointers';
import { formValuesToRecord, recordToFormValues } from '../utils/form-values';

const supplierType = supplier as unknown as TypeDefinition;
const materialType = material as unknown as TypeDefinition;

describe('form values and records', () => {
  it.each([
    ...supplierRecords.records.map((record) => ['supplier', supplierType, record] as const),
    ...materialRecords.records.map((record) => ['material', materialType, record] as const),
  ])('gives back every %s of the pack unchanged after a trip through the form', (_name, type, record) => {
    // Given a stored record
    // When it is shown in the form and read back without a change
    const again = formValuesToRecord(type, recordToFormValues(type, record as Record<string, unknown>));
    // Then the api receives exactly what it stored
    expect(again).toEqual(record);
  });

  it('types what a person typed: numbers as numbers, yes/no as booleans, empty inputs left out', () => {
    // Given a material typed into the form
    let values = recordToFormValues(materialType, undefined);
    values = setFormValue(values, '/code', 'RM-TUBE-01');
    values = setFormValue(values, '/shelfLifeDays', ' 1095 ');
    values = setFormValue(values, '/lotTracked', 'true');
    values = setFormValue(values, '/sterile', 'false');
    values = setFormValue(values, '/specifications', [{ characteristic: 'Outer diameter', nominal: '0.150', lowerLimit: '', upperLimit: '.155', unit: 'in', standard: '' }]);
    // When the form becomes a record
    const record = formValuesToRecord(materialType, values);
    // Then
    expect(record).toMatchObject({ code: 'RM-TUBE-01', shelfLifeDays: 1095, lotTracked: true, sterile: false });
    expect(record.specifications).toEqual([{ characteristic: 'Outer diameter', nominal: 0.15, upperLimit: 0.155, unit: 'in' }]);
    expect(record).not.toHaveProperty('name');
    expect(record).not.toHaveProperty('notes');
  });

  it('keeps text that is not a number as it is, so the schema says what is wrong with it', () => {
    const values = setFormValue(recordToFormValues(materialType, undefined), '/shelfLifeDays', 'three years');
    expect(formValuesToRecord(materialType, values).shelfLifeDays).toBe('three years');
  });

  it('starts a new record from the defaults of its fields', () => {
    const values = recordToFormValues(supplierType, undefined);
    expect(values.status).toBe('active');
    expect(values.certificates).toEqual([]);
    expect(formValuesToRecord(supplierType, values)).toEqual({ status: 'active' });
  });

  it('keeps a blank entry of a list of single values in place, so its problem lands on its own row', () => {
    const type: TypeDefinition = {
      key: 'tubing-check',
      label: { en: 'Tubing check', 'zh-CN': '管材检查' },
      codeField: 'code',
      fields: [
        { name: 'code', kind: 'text', required: true, label: { en: 'Code', 'zh-CN': '编码' } },
        { name: 'readings', kind: 'list', items: { kind: 'decimal', unit: 'in' }, label: { en: 'Readings', 'zh-CN': '读数' } },
        { name: 'operators', kind: 'list', items: { kind: 'text' }, label: { en: 'Operators', 'zh-CN': '操作员' } },
      ],
    };
    let values = setFormValue(recordToFormValues(type, undefined), '/readings', ['0.150', '', '0.151']);
    values = setFormValue(values, '/operators', ['', 'liu']);
    expect(formValuesToRecord(type, values)).toEqual({ readings: [0.15, null, 0.151], operators: ['', 'liu'] });
  });

  it('knows the place of every input, rows and their cells included', () => {
    const values = recordToFormValues(supplierType, supplierRecords.records[0] as Record<string, unknown>);
    const pointers = listFormPointers(supplierType, values);
    expect(pointers).toContain('/name');
    expect(pointers).toContain('/certificates');
    expect(pointers).toContain('/certificates/0');
    expect(pointers).toContain('/certificates/0/expiresOn');
    expect(pointers).not.toContain('/certificates/9/expiresOn');
  });
});
