import type { ApiResult } from '../../../shared/api/api-client';
import { readApiBaseUrl } from '../../../shared/api/read-api-base-url';
import { readSessionToken } from '../../../shared/session/read-session-token';
import type { Caller } from '../api/dictionary-types.api';
import { isTypeKey } from '../utils/is-type-key';

/** Runs an api call for a type key with the session token from this site's httpOnly cookie. */
export async function withCaller<T>(key: string, call: (caller: Caller) => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
  if (!isTypeKey(key)) {
    return { outcome: 'problem', status: 400, problem: { title: 'The request is invalid', detail: `'${key}' is not a dictionary type key.` } };
  }
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) {
    return { outcome: 'problem', status: 401, problem: { title: 'Not signed in' } };
  }
  return call({ apiBaseUrl: readApiBaseUrl(), sessionToken });
}
