import { DictionaryError } from '../dictionary.errors.js';

export class NumberingPatternInvalidError extends DictionaryError {
  readonly code = 'LOTFLOW_NUMBERING_PATTERN_INVALID';
  constructor(
    readonly pattern: string,
    readonly reason: string,
  ) {
    super(`Numbering pattern '${pattern}' is invalid: ${reason}`);
  }
}

/**
 * The counter has gone past what `{seq:N}` can show. Widening silently would break labels, fixed
 * width parsing and sorting, so the period is exhausted until the pattern is widened.
 */
export class NumberingExhaustedError extends DictionaryError {
  readonly code = 'LOTFLOW_NUMBERING_EXHAUSTED';
  constructor(
    readonly pattern: string,
    readonly sequence: number,
    readonly width: number,
    readonly periodKey: string,
  ) {
    super(
      `Numbering pattern '${pattern}' has no number left for period ${periodKey}: ${sequence} needs more than ${width} digits. ` +
        `Publish the sequence with a wider {seq:N}.`,
    );
  }
}

export class TimeZoneInvalidError extends DictionaryError {
  readonly code = 'LOTFLOW_TIME_ZONE_INVALID';
  constructor(readonly timeZone: string) {
    super(`Unknown time zone '${timeZone}': use an IANA name such as Asia/Shanghai`);
  }
}
