'use server';

import { cookies } from 'next/headers';
import { isLocale, LOCALE_COOKIE } from '../../../shared/i18n/locales';

const ONE_YEAR_IN_SECONDS = 60 * 60 * 24 * 365;

/** Remembers the chosen language; setting the cookie makes Next render the current page again. */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData.get('locale');
  if (!isLocale(locale)) {
    return;
  }
  const cookieStore = await cookies();
  cookieStore.set(LOCALE_COOKIE, locale, { path: '/', maxAge: ONE_YEAR_IN_SECONDS, sameSite: 'lax' });
}
