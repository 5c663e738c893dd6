/**
 * GS1 Unique Device Identifiers (21 CFR 830 / 801.40, EU MDR Art. 27): the device identifier
 * (01) GTIN-14 and the production identifiers (10) lot, (11) production date, (17) expiry date and
 * (21) serial number, built and parsed as GS1 element strings (GS1 General Specifications §3, §7.8,
 * §7.12). Pure functions: no I/O, no clock unless given one.
 */

/** The group separator (FNC1 in the data) that ends a variable-length field followed by another. */
export const GROUP_SEPARATOR = '\u001d';

export interface Udi {
  /** The device identifier: a GTIN-14 with a valid check digit. */
  gtin: string;
  lot?: string;
  /** ISO date `yyyy-mm-dd`. */
  productionDate?: string;
  /** ISO date `yyyy-mm-dd`; a GS1 day `00` means the last day of the month. */
  expiryDate?: string;
  serial?: string;
}

export interface UdiIssue {
  /** The application identifier concerned, or `udi` for the string as a whole. */
  ai: '01' | '10' | '11' | '17' | '21' | 'udi';
  message: string;
}

export class UdiError extends Error {
  constructor(readonly issues: UdiIssue[]) {
    super(issues.map((issue) => (issue.ai === 'udi' ? issue.message : `(${issue.ai}) ${issue.message}`)).join('; '));
  }
}

const FIXED_LENGTH: Readonly<Record<string, number>> = { '01': 14, '11': 6, '17': 6 };
const VARIABLE_MAXIMUM: Readonly<Record<string, number>> = { '10': 20, '21': 20 };
const KNOWN_AIS = ['01', '10', '11', '17', '21'] as const;
type Ai = (typeof KNOWN_AIS)[number];
/** GS1 AI encodable character set 82 (General Specifications Figure 7.11-1). */
const CHARACTER_SET_82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]+$/;
/** Symbology identifiers a scanner may put in front: GS1-128, GS1 DataMatrix, GS1 QR, GS1 DataBar. */
const SYMBOLOGY_IDENTIFIER = /^\](C1|d2|Q3|e0)/;

/** The GS1 mod-10 check digit of the digits before it (weights 3, 1, 3… from the right). */
export function gs1CheckDigit(digitsWithoutCheck: string): number {
  let sum = 0;
  for (let index = 0; index < digitsWithoutCheck.length; index += 1) {
    const digit = Number(digitsWithoutCheck[digitsWithoutCheck.length - 1 - index]);
    sum += digit * (index % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** A GTIN-8, -12, -13 or -14 padded to 14 digits, or the reason it is not one. */
export function normaliseGtin(value: string): { gtin: string } | { problem: string } {
  if (!/^\d+$/.test(value)) return { problem: 'a GTIN has digits only' };
  if (![8, 12, 13, 14].includes(value.length)) return { problem: `a GTIN has 8, 12, 13 or 14 digits, not ${value.length}` };
  const gtin = value.padStart(14, '0');
  const expected = gs1CheckDigit(gtin.slice(0, 13));
  if (Number(gtin[13]) !== expected) return { problem: `the check digit is ${gtin[13]}, but the digits before it give ${expected}` };
  return { gtin };
}

/** `yyyy-mm-dd` → GS1 `YYMMDD`. */
function toGs1Date(iso: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match || !isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) return undefined;
  return `${match[1]!.slice(2)}${match[2]}${match[3]}`;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * GS1 `YYMMDD` → `yyyy-mm-dd`, the century by the General Specifications' sliding window (§7.12):
 * a year more than 50 ahead of `today` is last century, more than 49 behind is next century.
 */
export function fromGs1Date(value: string, today: Date): string | undefined {
  if (!/^\d{6}$/.test(value)) return undefined;
  const yy = Number(value.slice(0, 2));
  const month = Number(value.slice(2, 4));
  let day = Number(value.slice(4, 6));
  const currentYear = today.getUTCFullYear();
  const century = Math.floor(currentYear / 100) * 100;
  const difference = yy - (currentYear % 100);
  const year = difference >= 51 ? century - 100 + yy : difference <= -50 ? century + 100 + yy : century + yy;
  if (day === 0 && month >= 1 && month <= 12) day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!isRealDate(year, month, day)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function checkText(ai: '10' | '21', value: string, issues: UdiIssue[]): void {
  if (value.length === 0 || value.length > VARIABLE_MAXIMUM[ai]!) issues.push({ ai, message: `must be 1 to ${VARIABLE_MAXIMUM[ai]} characters` });
  else if (!CHARACTER_SET_82.test(value)) issues.push({ ai, message: "may use only letters, digits and !\"%&'()*+,-./:;<=>?_ (GS1 character set 82)" });
}

function fields(udi: Udi): { fields: Array<[Ai, string]>; issues: UdiIssue[] } {
  const issues: UdiIssue[] = [];
  const gtin = normaliseGtin(udi.gtin);
  if ('problem' in gtin) issues.push({ ai: '01', message: gtin.problem });
  const production = udi.productionDate === undefined ? undefined : toGs1Date(udi.productionDate);
  if (udi.productionDate !== undefined && production === undefined) issues.push({ ai: '11', message: 'must be a date yyyy-mm-dd' });
  const expiry = udi.expiryDate === undefined ? undefined : toGs1Date(udi.expiryDate);
  if (udi.expiryDate !== undefined && expiry === undefined) issues.push({ ai: '17', message: 'must be a date yyyy-mm-dd' });
  if (udi.lot !== undefined) checkText('10', udi.lot, issues);
  if (udi.serial !== undefined) checkText('21', udi.serial, issues);
  if (udi.lot === undefined && udi.serial === undefined && production === undefined && expiry === undefined) {
    issues.push({ ai: 'udi', message: 'a UDI needs at least one production identifier: lot, serial, production date or expiry date' });
  }
  // Fixed-length fields first, then the variable ones: only a variable field not at the end needs a separator.
  const result: Array<[Ai, string]> = [];
  if ('gtin' in gtin) result.push(['01', gtin.gtin]);
  if (production) result.push(['11', production]);
  if (expiry) result.push(['17', expiry]);
  if (udi.lot !== undefined) result.push(['10', udi.lot]);
  if (udi.serial !== undefined) result.push(['21', udi.serial]);
  return { fields: result, issues };
}

/** The UDI as GS1 element string (what a DataMatrix encodes after FNC1) and as human-readable text. */
export function buildUdi(udi: Udi): { elementString: string; humanReadable: string } {
  const { fields: parts, issues } = fields(udi);
  if (issues.length > 0) throw new UdiError(issues);
  const elementString = parts
    .map(([ai, value], index) => `${ai}${value}${VARIABLE_MAXIMUM[ai] !== undefined && index < parts.length - 1 ? GROUP_SEPARATOR : ''}`)
    .join('');
  const humanReadable = parts.map(([ai, value]) => `(${ai})${value}`).join('');
  return { elementString, humanReadable };
}

/**
 * Reads a UDI from a scanner (element string, with or without a symbology identifier, variable
 * fields ended by GS) or from its human-readable text `(01)…(17)…(10)…`. Unknown AIs, a wrong
 * check digit, an impossible date or a duplicated AI are refused with every problem listed.
 */
export function parseUdi(input: string, today: Date = new Date()): Udi {
  const text = input.trim().replace(SYMBOLOGY_IDENTIFIER, '');
  const pairs = text.startsWith('(') ? splitHumanReadable(text) : splitElementString(text);
  const issues: UdiIssue[] = [...pairs.issues];
  const seen = new Set<string>();
  const udi: Partial<Udi> = {};
  for (const [ai, value] of pairs.fields) {
    if (seen.has(ai)) {
      issues.push({ ai, message: 'appears twice' });
      continue;
    }
    seen.add(ai);
    switch (ai) {
      case '01': {
        const gtin = normaliseGtin(value);
        if ('problem' in gtin) issues.push({ ai, message: gtin.problem });
        else udi.gtin = gtin.gtin;
        break;
      }
      case '11':
      case '17': {
        const date = fromGs1Date(value, today);
        if (date === undefined) issues.push({ ai, message: `'${value}' is not a date YYMMDD` });
        else if (ai === '11') udi.productionDate = date;
        else udi.expiryDate = date;
        break;
      }
      case '10':
      case '21':
        checkText(ai, value, issues);
        if (ai === '10') udi.lot = value;
        else udi.serial = value;
        break;
    }
  }
  if (!seen.has('01')) issues.push({ ai: 'udi', message: 'has no device identifier (01)' });
  if (issues.length > 0) throw new UdiError(issues);
  return udi as Udi;
}

function isKnownAi(ai: string): ai is Ai {
  return (KNOWN_AIS as readonly string[]).includes(ai);
}

function splitHumanReadable(text: string): { fields: Array<[Ai, string]>; issues: UdiIssue[] } {
  const fields: Array<[Ai, string]> = [];
  const issues: UdiIssue[] = [];
  const pattern = /\((\d{2,4})\)([^(]*)/g;
  let consumed = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index !== consumed) break;
    consumed += match[0].length;
    const ai = match[1]!;
    if (!isKnownAi(ai)) issues.push({ ai: 'udi', message: `(${ai}) is not a UDI application identifier (01, 10, 11, 17, 21)` });
    else fields.push([ai, match[2]!]);
  }
  if (consumed !== text.length) issues.push({ ai: 'udi', message: `cannot read '${text.slice(consumed)}'` });
  return { fields, issues };
}

function splitElementString(text: string): { fields: Array<[Ai, string]>; issues: UdiIssue[] } {
  const fields: Array<[Ai, string]> = [];
  const issues: UdiIssue[] = [];
  let position = 0;
  while (position < text.length) {
    if (text[position] === GROUP_SEPARATOR) {
      position += 1;
      continue;
    }
    const ai = text.slice(position, position + 2);
    if (!isKnownAi(ai)) {
      issues.push({ ai: 'udi', message: `'${ai}' at position ${position + 1} is not a UDI application identifier (01, 10, 11, 17, 21)` });
      break;
    }
    position += 2;
    const fixed = FIXED_LENGTH[ai];
    if (fixed !== undefined) {
      const value = text.slice(position, position + fixed);
      if (value.length < fixed) issues.push({ ai, message: `needs ${fixed} digits, found ${value.length}` });
      fields.push([ai, value]);
      position += fixed;
    } else {
      const end = text.indexOf(GROUP_SEPARATOR, position);
      const value = text.slice(position, end === -1 ? undefined : end);
      fields.push([ai, value]);
      position = end === -1 ? text.length : end + 1;
    }
  }
  return { fields, issues };
}
