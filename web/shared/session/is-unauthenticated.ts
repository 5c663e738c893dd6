import type { ApiResult } from '../api/api-client';

const UNAUTHORIZED = 401;

/** The api refused the call because the session is missing, unknown or expired. */
export function isUnauthenticated(result: ApiResult<unknown>): boolean {
  return result.outcome === 'problem' && result.status === UNAUTHORIZED;
}
