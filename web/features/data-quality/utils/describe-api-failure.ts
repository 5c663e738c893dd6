import { describeApiFailure as describeFailure, type ApiFailure } from '../../../shared/api/describe-api-failure';
import type { Translate } from '../../../shared/i18n/create-translator';

/** One sentence for a call that did not succeed, in this screen's words. */
export function describeApiFailure(failure: ApiFailure, t: Translate): string {
  return describeFailure(failure, t, { problem: 'dataQuality.error.problem', unreachable: 'dataQuality.error.unreachable', invalid: 'dataQuality.error.invalid' });
}
