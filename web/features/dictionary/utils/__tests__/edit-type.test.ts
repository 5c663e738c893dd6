import { validateTypeDefinition, type FieldDefinition } from '@lotflow/dictionary/browser';
import { describe, expect, it } from 'vitest';
import { describeTypeChange } from '../describe-type-change';
import { changeFieldKind, createBlankType, createField, moveField } from '../edit-type';

const words = { field: 'Field', type: 'Type' };

describe('editing a type', () => {
  it('keeps name, labels and flags when a field changes kind, and drops the old kind’s limits', () => {
    const field: FieldDefinition = { name: 'outerDiameter', kind: 'decimal', min: 0.145, max: 0.155, unit: 'in', required: true, label: { en: 'OD', 'zh-CN': '外径' } };
    const asEnum = changeFieldKind(field, 'enum');
    expect(asEnum).toMatchObject({ name: 'outerDiameter', kind: 'enum', required: true, label: { en: 'OD', 'zh-CN': '外径' } });
    expect(asEnum).not.toHaveProperty('max');
    expect(asEnum).not.toHaveProperty('unit');
  });

  it('starts a new type that the dictionary accepts once it has labels, and adds fields with fresh names', () => {
    const type = createBlankType('calibration-certificate');
    expect(validateTypeDefinition(type).ok).toBe(false);
    const labelled = { ...type, label: { en: 'Calibration certificate', 'zh-CN': '校准证书' } };
    expect(validateTypeDefinition(labelled).ok).toBe(true);
    const field = createField([...labelled.fields, { name: 'field2', kind: 'text', label: { en: 'x', 'zh-CN': 'x' } }]);
    expect(field.name).toBe('field3');
  });

  it('moves a field up or down, and not past either end', () => {
    expect(moveField(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveField(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });

  it('names the field a change touches, from the published version when the field was removed', () => {
    const before = { fields: [{ name: 'code', label: { en: 'Code' } }, { name: 'rating', label: { en: 'Rating' } }] };
    const after = { fields: [{ name: 'code', label: { en: 'Code', 'zh-CN': '编号' } }] };
    expect(describeTypeChange({ op: 'remove', path: '/fields/1', before: before.fields[1], after: undefined }, { before, after }, words, 'en')).toMatchObject({
      subject: 'Field 2 · rating (Rating)',
      part: '',
    });
    expect(describeTypeChange({ op: 'add', path: '/fields/0/label/zh-CN', before: undefined, after: '编号' }, { before, after }, words, 'en')).toEqual({
      op: 'add',
      subject: 'Field 1 · code (Code)',
      part: 'label › zh-CN',
      after: '编号',
    });
    expect(describeTypeChange({ op: 'change', path: '/label/en', before: 'Gauge', after: 'Measuring gauge' }, { before, after }, words, 'en').subject).toBe('Type');
  });
});
