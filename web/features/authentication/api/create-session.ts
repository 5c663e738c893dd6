import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import { sessionShape, type Session } from './session.shape';

export interface Credentials {
  readonly username: string;
  readonly password: string;
}

/** Signs in at the api; a wrong user name or password comes back as a 401 problem. */
export function createSession(apiBaseUrl: string, credentials: Credentials): Promise<ApiResult<Session>> {
  return fetchApiJson({ baseUrl: apiBaseUrl, path: 'auth/login', method: 'POST', body: credentials, shape: sessionShape });
}
