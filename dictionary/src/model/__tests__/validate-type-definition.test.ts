import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTypeDefinition, TypeDefinitionInvalidError, validateTypeDefinition } from '../../index.js';

const invalidDirectory = path.join(import.meta.dirname, 'fixtures', 'invalid');
const invalidFiles = readdirSync(invalidDirectory).filter((name) => name.endsWith('.json'));

describe('validateTypeDefinition on broken definitions', () => {
  it.each(invalidFiles)('given %s, names every problem with its JSON Pointer', (file) => {
    const definition: unknown = JSON.parse(readFileSync(path.join(invalidDirectory, file), 'utf8'));
    const expected = readFileSync(path.join(invalidDirectory, file.replace('.json', '.expected.txt')), 'utf8').trim().split('\n');

    const result = validateTypeDefinition(definition);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => `${issue.pointer}: ${issue.message}`)).toEqual(expected);
  });
});

describe('parseTypeDefinition', () => {
  const minimal = {
    key: 'material',
    label: { en: 'Material', 'zh-CN': '物料' },
    codeField: 'code',
    fields: [{ name: 'code', kind: 'text', required: true, label: { en: 'Material code', 'zh-CN': '物料编码' } }],
  };

  it('given a minimal valid type, returns it unchanged', () => {
    expect(parseTypeDefinition(minimal)).toEqual(minimal);
  });

  it('given a broken type, throws an error naming the type and every problem', () => {
    const broken = { ...minimal, fields: [...minimal.fields, { name: 'supplier', kind: 'reference', label: minimal.label }] };

    const action = () => parseTypeDefinition(broken);

    expect(action).toThrow(TypeDefinitionInvalidError);
    expect(action).toThrow("Type 'material' is invalid: /fields/1/targetType: is required");
  });

  it('given a list of rows whose field has a valid default, accepts it', () => {
    const withDefaults = {
      ...minimal,
      fields: [
        ...minimal.fields,
        {
          name: 'specifications',
          kind: 'list',
          label: { en: 'Specifications', 'zh-CN': '技术规格' },
          default: [{ characteristic: 'Outer diameter', upperLimit: 0.155 }],
          fields: [
            { name: 'characteristic', kind: 'text', required: true, label: { en: 'Characteristic', 'zh-CN': '特性' } },
            { name: 'upperLimit', kind: 'decimal', scale: 3, label: { en: 'Upper limit', 'zh-CN': '上限' } },
          ],
        },
      ],
    };
    expect(validateTypeDefinition(withDefaults).ok).toBe(true);
  });

  it("given a list default whose row breaks the row's fields, points into the default", () => {
    const result = validateTypeDefinition({
      ...minimal,
      fields: [
        ...minimal.fields,
        {
          name: 'specifications',
          kind: 'list',
          label: { en: 'Specifications', 'zh-CN': '技术规格' },
          default: [{ upperLimit: 0.155 }],
          fields: [{ name: 'characteristic', kind: 'text', required: true, label: { en: 'Characteristic', 'zh-CN': '特性' } }],
        },
      ],
    });
    expect(result).toMatchObject({ ok: false, issues: [{ pointer: '/fields/1/default/0/characteristic' }, { pointer: '/fields/1/default/0/upperLimit' }] });
  });
});
