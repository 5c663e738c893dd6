import { DictionaryError } from '../dictionary.errors.js';

/** A problem in one file of a pack: `records/lot.json` at `/records/3/material`. */
export interface PackIssue {
  /** The file, relative to the pack directory. */
  source: string;
  pointer: string;
  message: string;
}

export class PackInvalidError extends DictionaryError {
  readonly code = 'LOTFLOW_PACK_INVALID';
  constructor(
    readonly directory: string,
    readonly issues: PackIssue[],
  ) {
    super(
      `The pack in ${directory} has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${issues
        .map((issue) => `  - ${issue.source}${issue.pointer === '' ? '' : ` ${issue.pointer}`}: ${issue.message}`)
        .join('\n')}`,
    );
  }
}
