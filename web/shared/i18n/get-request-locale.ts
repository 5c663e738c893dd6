import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { createTranslator, type Translate } from './create-translator';
import { LOCALE_COOKIE, type Locale } from './locales';
import { negotiateLocale } from './negotiate-locale';

/** The locale of the current request; layout and page share one answer per request. */
export const getRequestLocale = cache(async (): Promise<Locale> => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return negotiateLocale({
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get('accept-language'),
  });
});

export async function getRequestTranslator(): Promise<{ locale: Locale; t: Translate }> {
  const locale = await getRequestLocale();
  return { locale, t: createTranslator(locale) };
}
