import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  builtInPackDirectory,
  createRecordValidator,
  findReferences,
  listTypeDependencies,
  loadPack,
  locales,
  PackInvalidError,
  type FieldDefinition,
  type LocalizedText,
  type TypeDefinition,
  type ValueDefinition,
} from '../../index.js';

const pack = loadPack();
const typeOf = (key: string) => pack.types.find((type) => type.key === key) as TypeDefinition;
const valuesOf = (code: string) => pack.records.find((record) => record.code === code)?.values as Record<string, unknown>;

describe('the built-in medical-device pack', () => {
  it('given its folder, loads every type in dependency order', () => {
    expect(pack.types.map((type) => type.key).sort()).toEqual([
      'bill-of-materials',
      'customer',
      'delivery-order',
      'device-master-record',
      'equipment',
      'in-process-inspection-result',
      'incoming-inspection-result',
      'inspection-decision',
      'inspection-lot',
      'inspection-plan',
      'inspection-point',
      'lot',
      'material',
      'material-shortage',
      'mrb-disposition',
      'nonconformance-report',
      'planned-order',
      'production-report',
      'purchase-approval',
      'purchase-order',
      'receipt',
      'release-decision',
      'rework-report',
      'routing',
      'shelf-life-override',
      'shipment',
      'sterilization-load',
      'sterilization-result',
      'supplier',
      'work-order',
    ]);
    pack.types.forEach((type, index) => {
      const earlier = new Set(pack.types.slice(0, index).map((candidate) => candidate.key));
      for (const target of listTypeDependencies(type)) expect(earlier.has(target), `${type.key} references ${target}`).toBe(true);
    });
  });

  describe.each(locales)('every demo record validates against its type in %s', (locale) => {
    const validators = new Map(pack.types.map((type) => [type.key, createRecordValidator(type)]));
    it.each(pack.records.map((record) => [record.source, record] as const))('%s', (_source, record) => {
      expect(validators.get(record.type)?.(record.values, locale)).toEqual({ ok: true, value: record.values });
    });
  });

  it('given every reference of every record, it names a record of the target type in the pack', () => {
    const typeByCode = new Map(pack.records.map((record) => [record.code, record.type]));
    const references = pack.records.flatMap((record) => findReferences(typeOf(record.type), record.values).map((reference) => ({ ...reference, from: record.source })));

    expect(references.length).toBeGreaterThan(50);
    for (const reference of references) expect(typeByCode.get(reference.code), `${reference.from}${reference.pointer}`).toBe(reference.targetType);
  });

  it('gives every record a code no other record of any type has', () => {
    const codes = pack.records.map((record) => record.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('labels every type, field and choice in English and in Chinese', () => {
    const texts: [string, LocalizedText][] = [];
    const visit = (definition: ValueDefinition, where: string): void => {
      if (definition.label) texts.push([where, definition.label]);
      if (definition.help) texts.push([`${where} help`, definition.help]);
      if (definition.kind === 'enum') definition.values.forEach((value) => texts.push([`${where}=${value.value}`, value.label]));
      if (definition.kind === 'list') {
        if (definition.items) visit(definition.items, `${where}[]`);
        definition.fields?.forEach((field: FieldDefinition) => visit(field, `${where}[].${field.name}`));
      }
    };
    for (const type of pack.types) {
      texts.push([type.key, type.label]);
      if (type.help) texts.push([`${type.key} help`, type.help]);
      type.fields.forEach((field) => {
        expect(field.label, `${type.key}.${field.name}`).toBeDefined();
        visit(field, `${type.key}.${field.name}`);
      });
    }
    for (const [where, text] of texts) {
      expect(text['zh-CN'], where).toMatch(/[\u4e00-\u9fff]/);
      expect(text.en, where).toMatch(/^[\x20-\x7e°µ×≥≤±—–’]+$/);
    }
  });

  it('numbers every code field from a sequence of the pack', () => {
    const sequenceKeys = new Set(pack.sequences.map((sequence) => sequence.key));
    const numbered = pack.types.flatMap((type) => type.fields.filter((field) => field.kind === 'code'));
    expect(numbered.length).toBeGreaterThan(5);
    for (const field of numbered) expect(sequenceKeys.has((field as { numbering: string }).numbering)).toBe(true);
  });
});

describe('the IV infusion set demo data', () => {
  it('states that the 3-year shelf life of FG-IVS-20D is an assumption', () => {
    expect(valuesOf('FG-IVS-20D')).toMatchObject({ shelfLifeDays: 1095, sterile: true, notes: expect.stringMatching(/assumption/i) });
    const shelfLife = typeOf('material').fields.find((field) => field.name === 'shelfLifeDays');
    expect(shelfLife?.help?.en).toMatch(/assumption/);
    expect(shelfLife?.help?.['zh-CN']).toMatch(/假设/);
  });

  it.each([
    ['RM-TUBE-PVC-106', 'Inner diameter', 0.106, 0.101, 0.111, 'in'],
    ['RM-TUBE-PVC-106', 'Outer diameter', 0.15, 0.145, 0.155, 'in'],
    ['RM-TUBE-PVC-106', 'Hardness', 78, 73, 83, 'Shore A'],
    ['CP-DRIP-6ML', 'Volume', 6, 5, 7, 'mL'],
    ['FG-IVS-20D', 'Volume of 20 drops', 1.0, 0.9, 1.1, 'mL'],
  ])('specifies %s %s as %d within %d–%d %s', (code, characteristic, nominal, lowerLimit, upperLimit, unit) => {
    expect(valuesOf(code).specifications).toContainEqual(expect.objectContaining({ characteristic, nominal, lowerLimit, upperLimit, unit }));
  });

  it.each([
    ['IPT-TUBE-OD', { measureType: 'measure', lowerLimit: 0.145, upperLimit: 0.155, unit: 'in' }],
    ['IPT-LEAK-AIR', { measureType: 'pass-fail', sampling: 'every-unit', defectClass: 'critical' }],
    ['IPT-TENSILE', { measureType: 'measure', lowerLimit: 15, unit: 'N', testConditions: expect.stringContaining('15 s') }],
    ['IPT-DROP-VOL', { measureType: 'measure', lowerLimit: 0.9, upperLimit: 1.1, unit: 'mL' }],
    ['IPT-FLOW', { measureType: 'measure', lowerLimit: 1000, unit: 'mL', testConditions: expect.stringContaining('10 min') }],
    ['IPT-RESEAL', { measureType: 'pass-fail' }],
    ['IPT-EO-RESID', { measureType: 'measure', upperLimit: 4, unit: 'mg/device', testConditions: expect.stringContaining('24 h') }],
  ])('inspects %s as ISO 8536-4 and ISO 10993-7 require', (code, expected) => {
    expect(valuesOf(code)).toMatchObject(expected);
  });

  it('has six suppliers, each with an ISO 13485 certificate, the EO sterilizer also with ISO 11135', () => {
    const suppliers = pack.records.filter((record) => record.type === 'supplier');
    const standards = (code: string) => (valuesOf(code).certificates as { standard: string }[]).map((certificate) => certificate.standard);

    expect(suppliers).toHaveLength(6);
    for (const supplier of suppliers) expect(standards(supplier.code)).toContain('iso-13485');
    expect(standards('SUP-EO-01')).toContain('iso-11135');
  });

  it('has a hospital distributor and an EU distributor, each with a minimum remaining shelf life', () => {
    const customers = pack.records.filter((record) => record.type === 'customer').map((record) => record.values);
    expect(customers).toEqual([
      expect.objectContaining({ channel: 'hospital-distributor', country: 'CN', minimumRemainingShelfLifeDays: expect.any(Number) }),
      expect.objectContaining({ channel: 'distributor', country: 'DE', minimumRemainingShelfLifeDays: expect.any(Number) }),
    ]);
  });

  it('routes FG-IVS-20D through the operations of routing v1, in order', () => {
    const operations = valuesOf('RT-IVS-20D-V1').operations as { sequence: number; name: string }[];
    expect(operations.map((operation) => operation.name)).toEqual([
      'Incoming inspection',
      'Cut tubing',
      'Cleanroom assembly and bonding',
      '100 % leak test',
      'Sample functional tests',
      'Pouch seal',
      'Label: lot, expiry, UDI',
      'EO sterilization (contract load)',
      'Aeration and residual test',
      'QA release',
      'Ship (FEFO)',
    ]);
    expect(operations.map((operation) => operation.sequence)).toEqual([...operations.map((operation) => operation.sequence)].sort((a, b) => a - b));
  });

  it('starts scenario 1 with a tubing lot in quarantine awaiting an open incoming inspection', () => {
    expect(valuesOf('LOT-260302-0001')).toMatchObject({ material: 'RM-TUBE-PVC-106', status: 'quarantine', supplier: 'SUP-TUBE-01' });
    expect(valuesOf('IL-260302-001')).toMatchObject({ lot: 'LOT-260302-0001', inspectionPlan: 'IPL-IN-TUBE', status: 'open' });
  });

  it('gives every gauge that needs calibration a due date', () => {
    for (const record of pack.records.filter((candidate) => candidate.type === 'equipment' && candidate.values.calibrationRequired)) {
      expect(record.values.calibrationDueOn, record.code).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('loadPack on a broken copy of the pack', () => {
  let directory: string;
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  function copyPack(): string {
    directory = mkdtempSync(path.join(tmpdir(), 'lotflow-pack-'));
    cpSync(builtInPackDirectory, directory, { recursive: true });
    return directory;
  }

  function edit(file: string, change: (json: Record<string, any>) => void): void {
    const json = JSON.parse(readFileSync(path.join(directory, file), 'utf8')) as Record<string, any>;
    change(json);
    writeFileSync(path.join(directory, file), JSON.stringify(json));
  }

  function issuesOf(action: () => unknown): string[] {
    try {
      action();
    } catch (error) {
      expect(error).toBeInstanceOf(PackInvalidError);
      return (error as PackInvalidError).issues.map((issue) => `${issue.source} ${issue.pointer}: ${issue.message}`);
    }
    throw new Error('expected PackInvalidError');
  }

  it('given broken types and sequences, lists every problem with its file before looking at records', () => {
    copyPack();
    edit('types/customer.json', (type) => (type.key = 'client'));
    edit('types/lot.json', (type) => (type.fields[1].targetType = 'item'));
    edit('sequences.json', (file) => (file.sequences[2].pattern = 'LOT-{dd}-{seq:4}'));

    expect(issuesOf(() => loadPack(directory))).toEqual([
      "types/customer.json /key: must equal the file name 'customer'",
      'sequences.json /sequences/2/pattern: it starts again every day but does not show the year ({yyyy} or {yy}) and the month ({MM}), so two periods would hand out the same numbers',
      expect.stringMatching(/^types\/delivery-order\.json \/fields\/1\/targetType: 'customer' is not a type/),
      expect.stringMatching(/^types\/lot\.json \/fields\/0\/numbering: 'lot' is not a numbering sequence \(known: purchase-order, receipt, inspection-lot, work-order, .*\)$/),
      expect.stringMatching(/^types\/lot\.json \/fields\/1\/targetType: 'item' is not a type \(known: bill-of-materials, client, delivery-order, device-master-record, equipment, .*\)$/),
      // Renaming a type breaks the references to it too.
      expect.stringMatching(/^types\/shelf-life-override\.json \/fields\/1\/targetType: 'customer' is not a type/),
      expect.stringMatching(/^types\/shipment\.json \/fields\/1\/targetType: 'customer' is not a type/),
    ]);
  });

  it('given broken records, lists invalid values, duplicate codes, codes off their pattern and dangling references', () => {
    copyPack();
    edit('records/lot.json', (file) => {
      file.records[0].material = 'CP-NOPE';
      file.records[1].lotNumber = 'LOT-260225-0001';
      file.records[2].lotNumber = 'LOT-2602-3';
      file.records[3].quantity = -1;
    });
    edit('records/work-order.json', (file) => (file.records[0].routing = 'FG-IVS-20D'));

    expect(issuesOf(() => loadPack(directory))).toEqual([
      "records/lot.json /records/2/lotNumber: 'LOT-2602-3' does not follow lot's pattern LOT-{yyMMdd}-{seq:4}",
      'records/lot.json /records/3/quantity: Quantity received or made: must be >= 0',
      "records/lot.json /records/1/lotNumber: 'LOT-260225-0001' is already the code of records/lot.json#/records/0",
      "records/work-order.json /records/0/routing: 'FG-IVS-20D' is a material, not a routing",
      "records/lot.json /records/0/material: 'CP-NOPE' is not a material of the pack",
    ]);
  });
});
