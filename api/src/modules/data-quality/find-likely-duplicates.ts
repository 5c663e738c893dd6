import { distance } from 'fastest-levenshtein';
import { normaliseIdentifier } from './utils/normalise-identifier.util.js';
import { normaliseName } from './utils/normalise-name.util.js';

/**
 * Two names whose normalised forms are at least this similar (1 − Levenshtein distance ÷ the
 * longer length) are likely one company or material: "Kunshan Lianhe Medical Tubing" and
 * "Kunshan Lianhe Medical Tubes" (0.88) are, "上海医用管材" and "上海医用管件" (0.83) are not.
 */
export const nameSimilarityThreshold = 0.85;

/** How records of one type are compared. */
export interface DuplicateRule {
  type: string;
  /** The name in each language: each is compared with each of the other record's, as a name may be typed in the wrong one. */
  nameFields: readonly string[];
  /** Fields whose equal value means the same thing (`list/field` for a list's rows): a certificate is issued to one company. */
  identifierFields: readonly string[];
}

export const duplicateRules: readonly DuplicateRule[] = [
  { type: 'supplier', nameFields: ['name', 'nameZh'], identifierFields: ['certificates/number', 'contactEmail'] },
  { type: 'material', nameFields: ['name', 'nameZh'], identifierFields: ['gtins/gtin'] },
];

export type DuplicateReason =
  | { kind: 'similar-name'; field: string; otherField: string; similarity: number; values: [string, string] }
  | { kind: 'same-identifier'; field: string; value: string };

export interface DuplicateCandidate {
  code: string;
  values: Record<string, unknown>;
}

export interface DuplicatePair {
  type: string;
  /** 1 for a shared identifier, else the best name similarity. */
  score: number;
  records: [DuplicateRecord, DuplicateRecord];
  reasons: DuplicateReason[];
}

export interface DuplicateRecord {
  code: string;
  /** The record's names, by field, as stored. */
  names: Record<string, string>;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** The text values at `path` (`certificates/number` reads every row's number). */
function readTexts(values: unknown, path: readonly string[]): string[] {
  if (Array.isArray(values)) return values.flatMap((item) => readTexts(item, path));
  if (path.length === 0) return typeof values === 'string' && values.trim() !== '' ? [values] : [];
  if (typeof values !== 'object' || values === null) return [];
  return readTexts((values as Record<string, unknown>)[path[0]!], path.slice(1));
}

/**
 * The pairs of records of one type that are likely the same thing entered twice: names alike
 * once normalised, or an identifier in common. Each pair says why, as data.
 */
export function findLikelyDuplicates(rule: DuplicateRule, candidates: readonly DuplicateCandidate[]): DuplicatePair[] {
  const reasons = new Map<string, { first: number; second: number; reasons: DuplicateReason[] }>();
  const reasonsOf = (first: number, second: number) => {
    const [low, high] = first < second ? [first, second] : [second, first];
    const key = `${low}:${high}`;
    let entry = reasons.get(key);
    if (!entry) reasons.set(key, (entry = { first: low, second: high, reasons: [] }));
    return entry.reasons;
  };

  const names = candidates.map((candidate) =>
    rule.nameFields.flatMap((field) => {
      const value = candidate.values[field];
      if (typeof value !== 'string') return [];
      const normalised = normaliseName(value);
      return normalised === '' ? [] : [{ field, value, normalised }];
    }),
  );
  for (let first = 0; first < candidates.length; first += 1) {
    for (let second = first + 1; second < candidates.length; second += 1) {
      // Per name of the first record, the other's name most like it: the English and the Chinese name each say so.
      for (const a of names[first]!) {
        let best: Extract<DuplicateReason, { kind: 'similar-name' }> | undefined;
        for (const b of names[second]!) {
          const longer = Math.max(a.normalised.length, b.normalised.length);
          // The distance is at least the difference in length: most pairs end here.
          if (1 - Math.abs(a.normalised.length - b.normalised.length) / longer < nameSimilarityThreshold) continue;
          const similarity = 1 - distance(a.normalised, b.normalised) / longer;
          if (similarity >= nameSimilarityThreshold && (!best || similarity > best.similarity)) {
            best = { kind: 'similar-name', field: a.field, otherField: b.field, similarity: round(similarity), values: [a.value, b.value] };
          }
        }
        if (best) reasonsOf(first, second).push(best);
      }
    }
  }

  for (const field of rule.identifierFields) {
    const holders = new Map<string, { value: string; indexes: number[] }>();
    candidates.forEach((candidate, index) => {
      for (const value of new Set(readTexts(candidate.values, field.split('/')))) {
        const key = normaliseIdentifier(value);
        const entry = holders.get(key) ?? { value, indexes: [] };
        if (!entry.indexes.includes(index)) entry.indexes.push(index);
        holders.set(key, entry);
      }
    });
    for (const { value, indexes } of holders.values()) {
      for (let a = 0; a < indexes.length; a += 1) {
        for (let b = a + 1; b < indexes.length; b += 1) reasonsOf(indexes[a]!, indexes[b]!).push({ kind: 'same-identifier', field, value });
      }
    }
  }

  const describe = (index: number): DuplicateRecord => ({
    code: candidates[index]!.code,
    names: Object.fromEntries(names[index]!.map((name) => [name.field, name.value])),
  });
  return [...reasons.values()]
    .map(({ first, second, reasons: why }) => ({
      type: rule.type,
      score: why.some((reason) => reason.kind === 'same-identifier') ? 1 : Math.max(...why.map((reason) => (reason.kind === 'similar-name' ? reason.similarity : 0))),
      records: [describe(first), describe(second)] as [DuplicateRecord, DuplicateRecord],
      reasons: why,
    }))
    .sort((a, b) => b.score - a.score || a.records[0].code.localeCompare(b.records[0].code) || a.records[1].code.localeCompare(b.records[1].code));
}
