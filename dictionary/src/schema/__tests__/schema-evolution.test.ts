import { describe, expect, it } from 'vitest';
import { createRecordValidator, loadPack, type FieldDefinition, type TypeDefinition } from '../../index.js';

const pack = loadPack();
const label = { en: 'Added later', 'zh-CN': '后续新增' };

/** One optional field of every kind, as an analyst might add to a published type. */
const additions: FieldDefinition[] = [
  { name: 'addedText', kind: 'text', maxLength: 10, pattern: '^[A-Z]+$', default: 'NEW', label },
  { name: 'addedInteger', kind: 'integer', min: 1, default: 5, label },
  { name: 'addedDecimal', kind: 'decimal', scale: 2, unit: 'mm', label },
  { name: 'addedBoolean', kind: 'boolean', default: false, label },
  { name: 'addedDate', kind: 'date', label },
  { name: 'addedDateTime', kind: 'date-time', label },
  { name: 'addedEnum', kind: 'enum', values: [{ value: 'a', label }], label },
  { name: 'addedReference', kind: 'reference', targetType: 'material', label },
  { name: 'addedList', kind: 'list', minItems: 1, fields: [{ name: 'value', kind: 'text', required: true, label }], label },
];

function withField(type: TypeDefinition, field: FieldDefinition): TypeDefinition {
  return { ...type, fields: [...type.fields, field] };
}

describe('adding a field to a published type', () => {
  const cases = pack.types.flatMap((type) => additions.map((field) => [type.key, field.kind, type, field] as const));

  it.each(cases)('given the %s records of the pack, an optional %s field keeps every one of them valid', (_key, _kind, type, field) => {
    const validate = createRecordValidator(withField(type, field));
    const records = pack.records.filter((record) => record.type === type.key);

    for (const record of records) expect(validate(record.values, 'en'), record.source).toMatchObject({ ok: true });
  });

  it('given a required field instead, every existing record is reported as missing it', () => {
    const lot = pack.types.find((type) => type.key === 'lot') as TypeDefinition;
    const validate = createRecordValidator(withField(lot, { ...(additions[0] as FieldDefinition), required: true }));
    const records = pack.records.filter((record) => record.type === 'lot');

    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      expect(validate(record.values, 'en')).toMatchObject({ ok: false, issues: [{ pointer: '/addedText', message: 'Added later: is required' }] });
    }
  });
});
