import { computePeriodKey } from './compute-period-key.js';
import { NumberingExhaustedError } from './numbering.errors.js';
import { type DateToken, type NumberingPattern, parseNumberingPattern } from './parse-numbering-pattern.js';
import { type CalendarDate, defaultTimeZone, readCalendarDate } from './read-calendar-date.js';

export interface FormatNumberOptions {
  /** The instant the number is assigned at; its date in `timeZone` fills the date tokens. */
  at: Date;
  /** IANA time zone of the plant; Asia/Shanghai unless told. */
  timeZone?: string;
}

const dateText: Record<DateToken, (date: CalendarDate) => string> = {
  yyyy: (date) => String(date.year).padStart(4, '0'),
  yy: (date) => String(date.year % 100).padStart(2, '0'),
  MM: (date) => String(date.month).padStart(2, '0'),
  dd: (date) => String(date.day).padStart(2, '0'),
};

/**
 * The number for the `sequence`-th value of its period: `LOT-{yyMMdd}-{seq:4}`, 7 on 2 March 2026
 * → `LOT-260302-0007`. A sequence that does not fit `{seq:N}` throws NumberingExhaustedError
 * rather than growing a digit.
 */
export function formatNumber(pattern: NumberingPattern | string, sequence: number, options: FormatNumberOptions): string {
  const parsed = typeof pattern === 'string' ? parseNumberingPattern(pattern) : pattern;
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`A sequence number is a whole number from 1, got ${sequence}`);
  const timeZone = options.timeZone ?? defaultTimeZone;
  if (sequence >= 10 ** parsed.width) throw new NumberingExhaustedError(parsed.source, sequence, parsed.width, computePeriodKey(parsed, options.at, timeZone));
  const date = readCalendarDate(options.at, timeZone);
  return parsed.parts
    .map((part) => {
      switch (part.kind) {
        case 'literal':
          return part.text;
        case 'date':
          return dateText[part.token](date);
        case 'sequence':
          return String(sequence).padStart(part.width, '0');
      }
    })
    .join('');
}
