import { describe, expect, it } from 'vitest';
import { compileTypeSchema, compileValueSchema, createValidator, type FieldDefinition, type TypeDefinition, type ValueDefinition } from '../../index.js';

const label = { en: 'Outer diameter', 'zh-CN': '外径' };

const kinds: [string, ValueDefinition, object][] = [
  ['text', { kind: 'text', minLength: 1, maxLength: 40, pattern: '^[A-Z]+$' }, { type: 'string', minLength: 1, maxLength: 40, pattern: '^[A-Z]+$' }],
  ['integer', { kind: 'integer', min: 0, max: 3650, unit: 'd' }, { type: 'integer', minimum: 0, maximum: 3650, 'x-lotflow-unit': 'd' }],
  [
    'decimal',
    { kind: 'decimal', min: 0.145, max: 0.155, unit: 'in', scale: 3 },
    { type: 'number', minimum: 0.145, maximum: 0.155, 'x-lotflow-unit': 'in', 'x-lotflow-scale': 3 },
  ],
  ['boolean', { kind: 'boolean', default: true }, { type: 'boolean', default: true }],
  ['date', { kind: 'date' }, { type: 'string', format: 'date' }],
  ['date-time', { kind: 'date-time' }, { type: 'string', format: 'date-time' }],
  [
    'enum',
    { kind: 'enum', values: [{ value: 'quarantine', label }, { value: 'released', label }], default: 'quarantine' },
    { type: 'string', enum: ['quarantine', 'released'], default: 'quarantine' },
  ],
  [
    'reference',
    { kind: 'reference', targetType: 'lot', allowedStatuses: ['released'] },
    { type: 'string', minLength: 1, 'x-lotflow-reference': 'lot', 'x-lotflow-allowed-statuses': ['released'] },
  ],
  [
    'list of values',
    { kind: 'list', minItems: 1, items: { kind: 'reference', targetType: 'lot', unique: true } },
    { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', minLength: 1, 'x-lotflow-reference': 'lot' } },
  ],
  [
    'list of rows',
    {
      kind: 'list',
      fields: [
        { name: 'number', kind: 'text', required: true, unique: true, label },
        { name: 'expiresOn', kind: 'date', label },
      ],
    },
    {
      type: 'array',
      'x-lotflow-unique-by': ['number'],
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['number'],
        properties: { number: { title: 'Outer diameter', type: 'string' }, expiresOn: { title: 'Outer diameter', type: 'string', format: 'date' } },
      },
    },
  ],
  ['code', { kind: 'code', numbering: 'lot' }, { type: 'string', minLength: 1, maxLength: 64, 'x-lotflow-numbering': 'lot' }],
];

describe('compileValueSchema, one builder per kind', () => {
  it.each(kinds)('given a %s field, compiles it to its JSON Schema', (_kind, definition, expected) => {
    expect(compileValueSchema(definition)).toEqual(expected);
  });

  it('given a decimal with a scale, accepts 1.001 at scale 3, which multipleOf 0.001 rejects in binary floating point', () => {
    const decimal = createValidator(compileValueSchema({ kind: 'decimal', scale: 3 }));
    const multipleOf = createValidator({ type: 'number', multipleOf: 0.001 });

    expect(multipleOf(1.001).ok).toBe(false);
    expect(decimal(1.001).ok).toBe(true);
    expect(decimal(0.155).ok).toBe(true);
    expect(decimal(0.1555)).toMatchObject({ ok: false, issues: [{ keyword: 'x-lotflow-scale', message: 'must have at most 3 decimal places' }] });
  });
});

describe('compileTypeSchema', () => {
  const fields: FieldDefinition[] = [
    { name: 'lotNumber', kind: 'code', numbering: 'lot', required: true, label: { en: 'Lot number', 'zh-CN': '批号' } },
    {
      name: 'status',
      kind: 'enum',
      required: true,
      regulated: true,
      label: { en: 'Status', 'zh-CN': '批次状态' },
      help: { en: 'Only released lots ship.', 'zh-CN': '仅已放行批次可发运。' },
      values: [{ value: 'quarantine', label: { en: 'Quarantine', 'zh-CN': '待验' } }],
    },
    { name: 'supplierLot', kind: 'text', unique: true, label: { en: 'Supplier lot', 'zh-CN': '供应商批号' } },
  ];
  const lot: TypeDefinition = { key: 'lot', label: { en: 'Lot', 'zh-CN': '批次' }, codeField: 'lotNumber', statusField: 'status', fields };

  it('given a type, requires its required fields, forbids unknown ones and carries what the api needs', () => {
    expect(compileTypeSchema(lot)).toEqual({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'Lot',
      type: 'object',
      additionalProperties: false,
      required: ['lotNumber', 'status'],
      properties: {
        lotNumber: { title: 'Lot number', type: 'string', minLength: 1, maxLength: 64, 'x-lotflow-numbering': 'lot' },
        status: { title: 'Status', description: 'Only released lots ship.', type: 'string', enum: ['quarantine'], 'x-lotflow-regulated': true },
        supplierLot: { title: 'Supplier lot', type: 'string', 'x-lotflow-unique': true },
      },
      'x-lotflow-type': 'lot',
      'x-lotflow-code-field': 'lotNumber',
      'x-lotflow-status-field': 'status',
    });
  });

  it('given the Chinese locale, writes titles and descriptions in Chinese', () => {
    const schema = compileTypeSchema(lot, { locale: 'zh-CN' });
    expect(schema.title).toBe('批次');
    expect(schema.properties.status).toMatchObject({ title: '批次状态', description: '仅已放行批次可发运。' });
  });

  it('given a compiled type, ajv in strict mode accepts the schema and a record matching it', () => {
    const validate = createValidator(compileTypeSchema(lot));
    expect(validate({ lotNumber: 'LOT-260302-0001', status: 'quarantine' }).ok).toBe(true);
    expect(validate({ lotNumber: 'LOT-260302-0001', status: 'quarantine', colour: 'red' }).ok).toBe(false);
  });
});
