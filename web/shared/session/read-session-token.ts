import { cookies } from 'next/headers';
import { SESSION_COOKIE } from './session-cookie';

/** The api session token of the current request, or `undefined` when nobody signed in here. */
export async function readSessionToken(): Promise<string | undefined> {
  const cookieStore = await cookies();
  return cookieStore.get(SESSION_COOKIE)?.value || undefined;
}
