'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { readApiBaseUrl } from '../../../shared/api/read-api-base-url';
import { SESSION_COOKIE } from '../../../shared/session/session-cookie';
import { SIGN_IN_PATH } from '../../../shared/session/sign-in-path';
import { endSession } from '../api/end-session';

/** Ends the session at the api and forgets the token here, then shows the sign-in page. */
export async function signOut(): Promise<void> {
  const cookieStore = await cookies();
  const sessionToken = cookieStore.get(SESSION_COOKIE)?.value;
  if (sessionToken) {
    // Even when the api cannot be told, the person asked to be signed out here: the cookie goes regardless.
    await endSession(readApiBaseUrl(), sessionToken);
  }
  cookieStore.delete({ name: SESSION_COOKIE, path: '/' });
  redirect(SIGN_IN_PATH);
}
