import { NumberingPatternInvalidError } from './numbering.errors.js';

export type DateToken = 'yyyy' | 'yy' | 'MM' | 'dd';

export type NumberingPart = { kind: 'literal'; text: string } | { kind: 'date'; token: DateToken } | { kind: 'sequence'; width: number };

/** How often the counter starts again at 1: with the finest date unit the pattern shows. */
export type NumberingPeriod = 'day' | 'month' | 'year' | 'never';

export interface NumberingPattern {
  source: string;
  parts: NumberingPart[];
  /** Digits of `{seq:N}`; the largest number a period can hand out is 10^width − 1. */
  width: number;
  period: NumberingPeriod;
  /** Matches exactly the numbers the pattern produces, e.g. to check an imported code. */
  expression: RegExp;
}

const dateTokens: readonly DateToken[] = ['yyyy', 'yy', 'MM', 'dd'];
const unitOf: Record<DateToken, 'year' | 'month' | 'day'> = { yyyy: 'year', yy: 'year', MM: 'month', dd: 'day' };
const digitsOf: Record<DateToken, number> = { yyyy: 4, yy: 2, MM: 2, dd: 2 };
const literal = /^[A-Za-z0-9._-]+$/;
const maxWidth = 9;

/**
 * Reads a numbering pattern such as `LOT-{yyMMdd}-{seq:4}`. Braces hold date tokens (yyyy, yy,
 * MM, dd, written together or apart) or the sequence `{seq:N}`, zero-padded to N digits; the text
 * between them is kept as written. A pattern that resets by day must show year, month and day
 * (by month: year and month), or two periods would hand out the same numbers.
 */
export function parseNumberingPattern(source: string): NumberingPattern {
  const fail = (reason: string): never => {
    throw new NumberingPatternInvalidError(source, reason);
  };
  const parts: NumberingPart[] = [];
  let position = 0;
  while (position < source.length) {
    const open = source.indexOf('{', position);
    const textEnd = open === -1 ? source.length : open;
    if (textEnd > position) {
      const text = source.slice(position, textEnd);
      if (text.includes('}')) fail(`'}' at position ${position + text.indexOf('}') + 1} closes nothing`);
      if (!literal.test(text)) fail(`'${text}' may hold letters, digits, '-', '_' and '.' only`);
      parts.push({ kind: 'literal', text });
    }
    if (open === -1) break;
    const close = source.indexOf('}', open);
    if (close === -1 || source.slice(open + 1, close).includes('{')) fail(`'{' at position ${open + 1} is never closed`);
    parts.push(...readToken(source.slice(open + 1, close), fail));
    position = close + 1;
  }

  const sequences = parts.filter((part) => part.kind === 'sequence');
  if (sequences.length !== 1) fail(`it needs exactly one {seq:N}, found ${sequences.length}`);
  const units = parts.flatMap((part) => (part.kind === 'date' ? [unitOf[part.token]] : []));
  for (const unit of new Set(units)) if (units.filter((other) => other === unit).length > 1) fail(`it shows the ${unit} twice`);
  const period: NumberingPeriod = units.includes('day') ? 'day' : units.includes('month') ? 'month' : units.includes('year') ? 'year' : 'never';
  const needed = { day: ['year', 'month'], month: ['year'], year: [], never: [] }[period];
  const missing = needed.filter((unit) => !units.includes(unit as 'year' | 'month'));
  if (missing.length > 0) {
    const shown = missing.map((unit) => (unit === 'year' ? 'the year ({yyyy} or {yy})' : 'the month ({MM})')).join(' and ');
    fail(`it starts again every ${period} but does not show ${shown}, so two periods would hand out the same numbers`);
  }

  return {
    source,
    parts,
    width: (sequences[0] as { width: number }).width,
    period,
    expression: new RegExp(`^${parts.map(partExpression).join('')}$`),
  };
}

function readToken(content: string, fail: (reason: string) => never): NumberingPart[] {
  if (content.startsWith('seq')) {
    const width = /^seq:(\d+)$/.exec(content)?.[1];
    if (width === undefined) return fail(`{${content}} must give the number of digits, e.g. {seq:4}`);
    if (Number(width) < 1 || Number(width) > maxWidth) return fail(`{${content}} must have from 1 to ${maxWidth} digits`);
    return [{ kind: 'sequence', width: Number(width) }];
  }
  const parts: NumberingPart[] = [];
  let rest = content;
  while (rest.length > 0) {
    const token = dateTokens.find((candidate) => rest.startsWith(candidate));
    if (!token) return fail(`{${content}} is not a token: use yyyy, yy, MM, dd (e.g. {yyMMdd}) or seq:N`);
    parts.push({ kind: 'date', token });
    rest = rest.slice(token.length);
  }
  return parts;
}

function partExpression(part: NumberingPart): string {
  switch (part.kind) {
    case 'literal':
      return part.text.replace(/[.]/g, '\\.');
    case 'date':
      return `\\d{${digitsOf[part.token]}}`;
    case 'sequence':
      return `\\d{${part.width}}`;
  }
}
