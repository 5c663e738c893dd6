import type { Translate } from '../i18n/create-translator';
import { assertUnreachable } from '../utils/assert-unreachable';
import { DEFAULT_TIMEOUT_MS, type ApiResult } from './api-client';

type Unreachable = Extract<ApiResult<unknown>, { outcome: 'unreachable' }>;

export function describeUnreachableCause({ cause, detail }: Unreachable, t: Translate): string {
  switch (cause) {
    case 'connection-refused':
      return t('unreachable.connection-refused');
    case 'timeout':
      return t('unreachable.timeout', { seconds: DEFAULT_TIMEOUT_MS / 1_000 });
    case 'network-error':
      return t('unreachable.network-error', { detail });
    default:
      return assertUnreachable(cause);
  }
}
