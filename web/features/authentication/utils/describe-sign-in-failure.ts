import type { ApiResult } from '../../../shared/api/api-client';
import { describeUnreachableCause } from '../../../shared/api/describe-unreachable-cause';
import type { MessageKey, Translate } from '../../../shared/i18n/create-translator';
import { assertUnreachable } from '../../../shared/utils/assert-unreachable';

const PROBLEM_TYPE_BASE = 'https://lotflow.dev/problems/';

/** The problems the api answers a sign-in with, and what the sign-in page says for each. */
export const SIGN_IN_MESSAGE_BY_PROBLEM_TYPE: ReadonlyMap<string, MessageKey> = new Map([
  [`${PROBLEM_TYPE_BASE}invalid-credentials`, 'signIn.error.invalidCredentials'],
  [`${PROBLEM_TYPE_BASE}request-invalid`, 'signIn.error.incomplete'],
]);

export type SignInFailure = Exclude<ApiResult<unknown>, { outcome: 'ok' }>;

interface DescribeContext {
  readonly t: Translate;
  readonly apiBaseUrl: string;
}

/** What the sign-in page tells the person when signing in did not work, in their language. */
export function describeSignInFailure(failure: SignInFailure, { t, apiBaseUrl }: DescribeContext): string {
  switch (failure.outcome) {
    case 'problem': {
      const { type, title, detail } = failure.problem;
      const messageKey = type === undefined ? undefined : SIGN_IN_MESSAGE_BY_PROBLEM_TYPE.get(type);
      // A problem the catalogs have no words for: the api's own sentence still tells the person what happened.
      return messageKey === undefined ? t('signIn.error.problem', { message: detail ?? title, status: failure.status }) : t(messageKey);
    }
    case 'unreachable':
      return t('signIn.error.unreachable', { url: apiBaseUrl, reason: describeUnreachableCause(failure, t) });
    case 'invalid-response':
      return t('signIn.error.invalid', { reason: failure.reason });
    default:
      return assertUnreachable(failure);
  }
}
