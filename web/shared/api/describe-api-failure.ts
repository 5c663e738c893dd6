import type { MessageKey, Translate } from '../i18n/create-translator';
import { assertUnreachable } from '../utils/assert-unreachable';
import type { ApiResult } from './api-client';
import { describeUnreachableCause } from './describe-unreachable-cause';

export type ApiFailure = Exclude<ApiResult<unknown>, { outcome: 'ok' }>;

/** A screen's own wording of the three ways a call fails: `{message} (HTTP {status})`, `{reason}`, `{reason}`. */
export interface FailureMessages {
  readonly problem: MessageKey;
  readonly unreachable: MessageKey;
  readonly invalid: MessageKey;
}

/** One sentence for a call that did not succeed; the api's own `detail` is written for people. */
export function describeApiFailure(failure: ApiFailure, t: Translate, messages: FailureMessages): string {
  switch (failure.outcome) {
    case 'problem':
      return t(messages.problem, { message: failure.problem.detail ?? failure.problem.title, status: failure.status });
    case 'unreachable':
      return t(messages.unreachable, { reason: describeUnreachableCause(failure, t) });
    case 'invalid-response':
      return t(messages.invalid, { reason: failure.reason });
    default:
      return assertUnreachable(failure);
  }
}
