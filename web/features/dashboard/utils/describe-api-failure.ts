import type { ApiResult } from '../../../shared/api/api-client';
import type { Translate } from '../../../shared/i18n/create-translator';

/** A sentence for a call that did not answer with data. */
export function describeApiFailure(result: Exclude<ApiResult<unknown>, { outcome: 'ok' }>, t: Translate): string {
  switch (result.outcome) {
    case 'problem':
      return t('dashboard.error.problem', { message: result.problem.detail ?? result.problem.title, status: result.status });
    case 'unreachable':
      return t('dashboard.error.unreachable', { reason: result.cause });
    case 'invalid-response':
      return t('dashboard.error.invalid', { reason: result.reason });
  }
}
