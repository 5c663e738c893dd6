'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { readApiBaseUrl } from '../../../shared/api/read-api-base-url';
import { getRequestTranslator } from '../../../shared/i18n/get-request-locale';
import { isSecureRequest } from '../../../shared/session/is-secure-request';
import { readReturnPath } from '../../../shared/session/read-return-path';
import { SESSION_COOKIE } from '../../../shared/session/session-cookie';
import { createSession } from '../api/create-session';
import { describeSignInFailure } from '../utils/describe-sign-in-failure';
import type { SignInState } from './sign-in-state';

/**
 * Signs in at the api and keeps the session token in an httpOnly cookie on this site, then sends
 * the person back to the page they came from. Runs as a plain form post too, without JavaScript.
 */
export async function signIn(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const username = readField(formData, 'username').trim();
  const password = readField(formData, 'password');
  // The form field is as untrusted as the query parameter it was copied from: check it again.
  const returnPath = readReturnPath(formData.get('next'));
  const { t } = await getRequestTranslator();
  if (username === '' || password === '') {
    return { username, error: t('signIn.error.incomplete') };
  }

  const apiBaseUrl = readApiBaseUrl();
  const result = await createSession(apiBaseUrl, { username, password });
  if (result.outcome !== 'ok') {
    return { username, error: describeSignInFailure(result, { t, apiBaseUrl }) };
  }

  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  cookieStore.set(SESSION_COOKIE, result.data.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecureRequest(headerList.get('x-forwarded-proto')),
    path: '/',
    expires: new Date(result.data.expiresAt),
  });
  redirect(returnPath);
}

function readField(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}
