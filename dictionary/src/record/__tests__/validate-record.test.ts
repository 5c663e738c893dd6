import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRecordValidator, locales, loadPack, TypeDefinitionInvalidError, type TypeDefinition } from '../../index.js';

interface RecordCase {
  record: unknown;
  issues: { pointer: string; keyword: string; en: string; 'zh-CN': string }[];
}

const fixtures = path.join(import.meta.dirname, 'fixtures');
const tubingInspection = JSON.parse(readFileSync(path.join(fixtures, 'tubing-inspection.type.json'), 'utf8')) as TypeDefinition;
const caseFiles = readdirSync(path.join(fixtures, 'records')).filter((file) => file.endsWith('.json'));
const validate = createRecordValidator(tubingInspection);

describe('createRecordValidator on tubing inspection records', () => {
  describe.each(locales)('in %s', (locale) => {
    it.each(caseFiles)('given %s, reports each problem at its pointer with the field label path', (file) => {
      const { record, issues } = JSON.parse(readFileSync(path.join(fixtures, 'records', file), 'utf8')) as RecordCase;

      const result = validate(record, locale);

      if (issues.length === 0) {
        expect(result).toEqual({ ok: true, value: record });
        return;
      }
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const expected = issues.map((issue) => ({ pointer: issue.pointer, keyword: issue.keyword, message: issue[locale] }));
      expect(result.issues.map(({ pointer, keyword, message }) => ({ pointer, keyword, message }))).toEqual(expect.arrayContaining(expected));
      expect(result.issues).toHaveLength(expected.length);
    });
  });

  it("given a problem, names the field by its labels alone in the issue's field", () => {
    const result = validate({ number: 'IL-260302-001', outerDiameter: 0.15, result: 'pass', certificates: [{ number: 'A' }] }, 'zh-CN');
    expect(result).toMatchObject({ ok: false, issues: [{ pointer: '/certificates/0/expiresOn', field: '资质证书 第1行 › 有效期至' }] });
  });

  it('exposes the type and its compiled schema, for the api to store with the type version', () => {
    expect(validate.type.key).toBe('tubing-inspection');
    expect(validate.schema.properties.lots).toMatchObject({ items: { 'x-lotflow-reference': 'lot' } });
  });

  it('given an invalid type, refuses to compile it', () => {
    expect(() => createRecordValidator({ ...tubingInspection, codeField: 'lotNumber' })).toThrow(TypeDefinitionInvalidError);
  });
});

describe('createRecordValidator on the pack', () => {
  const pack = loadPack();
  const supplier = pack.types.find((type) => type.key === 'supplier') as TypeDefinition;
  const validateSupplier = createRecordValidator(supplier);
  const tubingSupplier = pack.records.find((record) => record.code === 'SUP-TUBE-01')?.values as Record<string, unknown>;

  it('given a supplier certificate without an expiry date, points at it in both languages', () => {
    const record = { ...tubingSupplier, certificates: [{ number: 'Q5-2024-017', standard: 'iso-13485' }] };

    expect(validateSupplier(record, 'en')).toMatchObject({
      ok: false,
      issues: [{ pointer: '/certificates/0/expiresOn', field: 'Certificates #1 › Expires on', message: 'Certificates #1 › Expires on: is required' }],
    });
    expect(validateSupplier(record, 'zh-CN')).toMatchObject({
      ok: false,
      issues: [{ pointer: '/certificates/0/expiresOn', message: '资质证书 第1行 › 有效期至：为必填项' }],
    });
  });

  it('given an approval status that does not exist, lists the ones that do with their labels', () => {
    const record = { ...tubingSupplier, materialApprovals: [{ material: 'RM-TUBE-PVC-106', status: 'ok' }] };

    expect(validateSupplier(record, 'zh-CN')).toMatchObject({
      ok: false,
      issues: [
        {
          pointer: '/materialApprovals/0/status',
          message: '物料准入 第1行 › 准入状态：应当是以下之一："approved"（合格）、"conditional"（有条件合格）、"blocked"（禁用）、"expired"（已过期）',
        },
      ],
    });
  });
});
