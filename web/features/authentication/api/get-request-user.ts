import { cache } from 'react';
import type { ApiResult } from '../../../shared/api/api-client';
import { readApiBaseUrl } from '../../../shared/api/read-api-base-url';
import { readSessionToken } from '../../../shared/session/read-session-token';
import { getCurrentUser } from './get-current-user';
import type { SignedInUser } from './session.shape';

/**
 * Who is signed in for the current request; the header and the page share one api call.
 * `undefined` when the request carries no session cookie at all.
 */
export const getRequestUser = cache(async (): Promise<ApiResult<SignedInUser> | undefined> => {
  const sessionToken = await readSessionToken();
  return sessionToken === undefined ? undefined : getCurrentUser(readApiBaseUrl(), sessionToken);
});
