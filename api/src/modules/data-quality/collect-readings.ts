import type { FieldDefinition, ListItemDefinition, LocalizedText, TypeDefinition } from '@lotflow/dictionary';
import type { Reading } from './find-outlying-readings.js';

/** The type whose records name what is measured: a result row referring to one is a reading of that point. */
const inspectionPointType = 'inspection-point';

/** What the readings of one characteristic are, for a person: the field's labels, its unit, the inspection point. */
export interface CharacteristicDescription {
  key: string;
  type: string;
  typeLabel: LocalizedText;
  /** The field's labels from the record down: "Results › Readings". */
  fieldLabel: LocalizedText;
  unit?: string;
  inspectionPoint?: string;
}

type ValueDefinition = FieldDefinition | ListItemDefinition;

const isNumber = (definition: ValueDefinition | undefined) => definition?.kind === 'decimal' || definition?.kind === 'integer';
const isNumberList = (definition: ValueDefinition) => definition.kind === 'list' && isNumber(definition.items);
const unitOf = (definition: ValueDefinition) => (definition.kind === 'decimal' || definition.kind === 'integer' ? definition.unit : definition.kind === 'list' && definition.items && (definition.items.kind === 'decimal' || definition.items.kind === 'integer') ? definition.items.unit : undefined);
const path = (...labels: LocalizedText[]): LocalizedText => ({ en: labels.map((label) => label.en).join(' › '), 'zh-CN': labels.map((label) => label['zh-CN']).join(' › ') });

/**
 * A type holds inspection readings when the dictionary says so in one of two ways: its key ends
 * in `-result` (what an inspector or a contractor measured: incoming-inspection-result,
 * sterilization-result), whose every number is a reading; or its list rows refer to an
 * inspection point (an inspection lot's results), whose numbers are readings of that point.
 */
export function holdsReadings(type: TypeDefinition): boolean {
  return type.key.endsWith('-result') || type.fields.some((field) => field.kind === 'list' && field.fields?.some((row) => row.kind === 'reference' && row.targetType === inspectionPointType));
}

/** The numeric readings of records of a type, each with its characteristic, and what each characteristic is. */
export function collectReadings(type: TypeDefinition, records: ReadonlyArray<{ code: string; values: Record<string, unknown> }>): { readings: Reading[]; characteristics: Map<string, CharacteristicDescription> } {
  const readings: Reading[] = [];
  const characteristics = new Map<string, CharacteristicDescription>();
  const describe = (key: string, fieldLabel: LocalizedText, definition: ValueDefinition, inspectionPoint?: string) => {
    if (characteristics.has(key)) return;
    const unit = unitOf(definition);
    characteristics.set(key, { key, type: type.key, typeLabel: type.label, fieldLabel, ...(unit ? { unit } : {}), ...(inspectionPoint ? { inspectionPoint } : {}) });
  };
  const topLevel = type.key.endsWith('-result') ? type.fields.filter((field) => field.name !== type.codeField && (isNumber(field) || isNumberList(field))) : [];
  const pointLists = type.fields.flatMap((field) => {
    const point = field.kind === 'list' ? field.fields?.find((row) => row.kind === 'reference' && row.targetType === inspectionPointType) : undefined;
    return field.kind === 'list' && field.fields && point ? [{ list: field, point: point.name, numbers: field.fields.filter((row) => isNumber(row) || isNumberList(row)) }] : [];
  });

  for (const record of records) {
    const lot = typeof record.values.lot === 'string' ? { lot: record.values.lot } : {};
    const add = (characteristic: string, pointer: string, value: unknown) => {
      if (typeof value === 'number' && Number.isFinite(value)) readings.push({ characteristic, type: type.key, code: record.code, pointer, value, ...lot });
    };
    const addAll = (characteristic: string, pointer: string, value: unknown) => {
      if (Array.isArray(value)) value.forEach((item, index) => add(characteristic, `${pointer}/${index}`, item));
      else add(characteristic, pointer, value);
    };
    for (const field of topLevel) {
      const key = `${type.key}/${field.name}`;
      describe(key, field.label, field);
      addAll(key, `/${field.name}`, record.values[field.name]);
    }
    for (const { list, point, numbers } of pointLists) {
      const rows = record.values[list.name];
      if (!Array.isArray(rows)) continue;
      rows.forEach((row: Record<string, unknown>, index) => {
        const code = row?.[point];
        if (typeof code !== 'string') return;
        for (const field of numbers) {
          const key = `${type.key}/${list.name}/${code}/${field.name}`;
          describe(key, path(list.label, field.label), field, code);
          addAll(key, `/${list.name}/${index}/${field.name}`, row[field.name]);
        }
      });
    }
  }
  return { readings, characteristics };
}
