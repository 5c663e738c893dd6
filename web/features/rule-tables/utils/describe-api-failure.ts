import type { ApiResult } from '../../../shared/api/api-client';
import { describeUnreachableCause } from '../../../shared/api/describe-unreachable-cause';
import type { Translate } from '../../../shared/i18n/create-translator';
import { assertUnreachable } from '../../../shared/utils/assert-unreachable';

type Failure = Exclude<ApiResult<unknown>, { outcome: 'ok' }>;

/** One sentence for a call that did not succeed; the api's own `detail` is written for people. */
export function describeApiFailure(failure: Failure, t: Translate): string {
  switch (failure.outcome) {
    case 'problem':
      return t('ruleTables.error.problem', { message: failure.problem.detail ?? failure.problem.title, status: failure.status });
    case 'unreachable':
      return t('ruleTables.error.unreachable', { reason: describeUnreachableCause(failure, t) });
    case 'invalid-response':
      return t('ruleTables.error.invalid', { reason: failure.reason });
    default:
      return assertUnreachable(failure);
  }
}
