import { describeApiFailure, type ApiFailure } from '../../../shared/api/describe-api-failure';
import type { Translate } from '../../../shared/i18n/create-translator';

/** One sentence for a call that did not succeed, in this screen's words. */
export function describeStartFailure(failure: ApiFailure, t: Translate): string {
  return describeApiFailure(failure, t, { problem: 'start.error.problem', unreachable: 'start.error.unreachable', invalid: 'start.error.invalid' });
}
