import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findTypeSetIssues } from '../model/find-type-set-issues.js';
import { orderTypesByDependency, TypeReferenceCycleError } from '../model/order-types-by-dependency.js';
import type { TypeDefinition } from '../model/type-definition.types.js';
import { validateTypeDefinition } from '../model/validate-type-definition.js';
import { type Sequence, validateSequenceDefinition } from '../numbering/parse-sequence-definition.js';
import { findReferences } from '../record/find-references.js';
import { createRecordValidator } from '../record/validate-record.js';
import { createValidator, type ValidationIssue } from '../validation/create-validator.js';
import { PackInvalidError, type PackIssue } from './pack.errors.js';

/** One record of the pack, with the file it came from. */
export interface PackRecord {
  type: string;
  code: string;
  values: Record<string, unknown>;
  /** `records/lot.json#/records/2`. */
  source: string;
}

export interface Pack {
  directory: string;
  /** Every type after the types it references: create them in this order. */
  types: TypeDefinition[];
  sequences: Sequence[];
  /** Grouped by type in the order of `types`, so every reference points backwards. */
  records: PackRecord[];
}

/** The medical-device pack shipped with the dictionary. */
export const builtInPackDirectory = path.join(import.meta.dirname, '..', '..', 'pack');

interface RecordFile {
  type: string;
  records: Record<string, unknown>[];
}

const validateSequencesFile = createValidator<{ sequences: unknown[] }>({
  type: 'object',
  additionalProperties: false,
  required: ['sequences'],
  properties: { $schema: { type: 'string' }, sequences: { type: 'array', items: { type: 'object' } } },
});
const validateRecordFile = createValidator<RecordFile>({
  type: 'object',
  additionalProperties: false,
  required: ['type', 'records'],
  properties: { $schema: { type: 'string' }, type: { type: 'string' }, records: { type: 'array', items: { type: 'object' } } },
});

/**
 * Reads a pack — `types/<key>.json`, `sequences.json`, `records/<type>.json` — and checks all of
 * it: every type and sequence definition, references between types, every record against its
 * type, codes unique across the whole pack and following their sequence's pattern, and every
 * reference pointing at a record of the pack. Throws PackInvalidError listing every problem.
 * Allowed statuses are not checked on records: they hold when a reference is set, not forever.
 */
export function loadPack(directory: string = builtInPackDirectory): Pack {
  const issues: PackIssue[] = [];
  const report = (source: string, found: readonly ValidationIssue[]): void => {
    for (const issue of found) issues.push({ source, pointer: issue.pointer, message: issue.message });
  };

  const types: TypeDefinition[] = [];
  const typeSources = new Map<string, string>();
  for (const file of listJsonFiles(path.join(directory, 'types'))) {
    const source = `types/${file}`;
    const json = readJson(directory, source, issues);
    if (json === undefined) continue;
    const result = validateTypeDefinition(json);
    if (!result.ok) {
      report(source, result.issues);
      continue;
    }
    if (`${result.value.key}.json` !== file) report(source, [{ pointer: '/key', message: `must equal the file name '${file.slice(0, -5)}'`, keyword: 'const' }]);
    types.push(result.value);
    typeSources.set(result.value.key, source);
  }

  const sequences = readSequences(directory, issues, report);
  const sequenceByKey = new Map(sequences.map((sequence) => [sequence.key, sequence]));
  for (const issue of findTypeSetIssues(types, new Set(sequenceByKey.keys()))) report(typeSources.get(issue.typeKey) ?? 'types', [issue]);

  let ordered = types;
  try {
    ordered = orderTypesByDependency(types);
  } catch (error) {
    if (!(error instanceof TypeReferenceCycleError)) throw error;
    issues.push({ source: 'types', pointer: '', message: error.message });
  }
  if (issues.length > 0) throw new PackInvalidError(directory, issues);

  const records = readRecords(directory, ordered, sequenceByKey, issues, report);
  if (issues.length > 0) throw new PackInvalidError(directory, issues);
  return { directory, types: ordered, sequences, records };
}

function readSequences(directory: string, issues: PackIssue[], report: (source: string, found: readonly ValidationIssue[]) => void): Sequence[] {
  const source = 'sequences.json';
  const json = readJson(directory, source, issues);
  if (json === undefined) return [];
  const file = validateSequencesFile(json);
  if (!file.ok) {
    report(source, file.issues);
    return [];
  }
  const sequences: Sequence[] = [];
  file.value.sequences.forEach((candidate, index) => {
    const result = validateSequenceDefinition(candidate);
    const prefix = (found: ValidationIssue[]): ValidationIssue[] => found.map((issue) => ({ ...issue, pointer: `/sequences/${index}${issue.pointer}` }));
    if (!result.ok) return report(source, prefix(result.issues));
    if (sequences.some((sequence) => sequence.key === result.value.key)) {
      return report(source, prefix([{ pointer: '/key', message: `'${result.value.key}' is declared twice`, keyword: 'unique' }]));
    }
    sequences.push(result.value);
  });
  return sequences;
}

function readRecords(
  directory: string,
  types: readonly TypeDefinition[],
  sequences: ReadonlyMap<string, Sequence>,
  issues: PackIssue[],
  report: (source: string, found: readonly ValidationIssue[]) => void,
): PackRecord[] {
  const typeByKey = new Map(types.map((type) => [type.key, type]));
  const recordsByType = new Map<string, PackRecord[]>();
  for (const file of listJsonFiles(path.join(directory, 'records'))) {
    const source = `records/${file}`;
    const json = readJson(directory, source, issues);
    if (json === undefined) continue;
    const content = validateRecordFile(json);
    if (!content.ok) {
      report(source, content.issues);
      continue;
    }
    const type = typeByKey.get(content.value.type);
    if (!type) {
      report(source, [{ pointer: '/type', message: `'${content.value.type}' is not a type of the pack`, keyword: 'type' }]);
      continue;
    }
    if (`${type.key}.json` !== file) report(source, [{ pointer: '/type', message: `must equal the file name '${file.slice(0, -5)}'`, keyword: 'const' }]);
    const validate = createRecordValidator(type);
    const codeField = type.fields.find((field) => field.name === type.codeField);
    const sequence = codeField?.kind === 'code' ? sequences.get(codeField.numbering) : undefined;
    content.value.records.forEach((values, index) => {
      const pointer = `/records/${index}`;
      const result = validate(values, 'en');
      if (!result.ok) return report(source, result.issues.map((issue) => ({ ...issue, pointer: `${pointer}${issue.pointer}` })));
      const code = String(values[type.codeField]);
      if (sequence && !sequence.numbering.expression.test(code)) {
        report(source, [{ pointer: `${pointer}/${type.codeField}`, message: `'${code}' does not follow ${sequence.key}'s pattern ${sequence.pattern}`, keyword: 'numbering' }]);
      }
      const records = recordsByType.get(type.key) ?? [];
      records.push({ type: type.key, code, values, source: `${source}#${pointer}` });
      recordsByType.set(type.key, records);
    });
  }

  const records = types.flatMap((type) => recordsByType.get(type.key) ?? []);
  const byCode = new Map<string, PackRecord>();
  for (const record of records) {
    const [source = '', pointer = ''] = record.source.split('#');
    const earlier = byCode.get(record.code);
    if (earlier) {
      issues.push({ source, pointer: `${pointer}/${typeByKey.get(record.type)?.codeField}`, message: `'${record.code}' is already the code of ${earlier.source}` });
      continue;
    }
    byCode.set(record.code, record);
  }
  for (const record of records) {
    const [source = '', pointer = ''] = record.source.split('#');
    for (const reference of findReferences(typeByKey.get(record.type) as TypeDefinition, record.values)) {
      const target = byCode.get(reference.code);
      if (!target) issues.push({ source, pointer: `${pointer}${reference.pointer}`, message: `'${reference.code}' is not a ${reference.targetType} of the pack` });
      else if (target.type !== reference.targetType) {
        issues.push({ source, pointer: `${pointer}${reference.pointer}`, message: `'${reference.code}' is a ${target.type}, not a ${reference.targetType}` });
      }
    }
  }
  return records;
}

/** A pack without records is fine; a missing `types` folder shows as a pack without types. */
function listJsonFiles(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort();
}

function readJson(directory: string, source: string, issues: PackIssue[]): unknown {
  try {
    return JSON.parse(readFileSync(path.join(directory, source), 'utf8')) as unknown;
  } catch (error) {
    issues.push({ source, pointer: '', message: `could not be read as JSON (${(error as Error).message})` });
    return undefined;
  }
}
