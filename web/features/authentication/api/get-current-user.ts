import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import { currentUserShape, type SignedInUser } from './session.shape';

/** The person a session token belongs to; an unknown or expired token comes back as a 401 problem. */
export async function getCurrentUser(apiBaseUrl: string, sessionToken: string): Promise<ApiResult<SignedInUser>> {
  const result = await fetchApiJson({ baseUrl: apiBaseUrl, path: 'auth/me', sessionToken, shape: currentUserShape });
  return result.outcome === 'ok' ? { ...result, data: result.data.user } : result;
}
