import { readApiBaseUrl } from '../../../shared/api/read-api-base-url';
import type { Translate } from '../../../shared/i18n/create-translator';
import { getRequestTranslator } from '../../../shared/i18n/get-request-locale';
import type { Locale } from '../../../shared/i18n/locales';
import { readSessionToken } from '../../../shared/session/read-session-token';
import { redirectToSignIn } from '../../../shared/session/redirect-to-sign-in';
import type { Caller } from './dictionary-types.api';

export interface DictionaryPageContext {
  readonly caller: Caller;
  readonly locale: Locale;
  readonly t: Translate;
}

/** What every dictionary page needs: the api caller and the language; without a session, sign in first. */
export async function loadDictionaryPage(thisPage: string): Promise<DictionaryPageContext> {
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) {
    redirectToSignIn(thisPage);
  }
  const { locale, t } = await getRequestTranslator();
  return { caller: { apiBaseUrl: readApiBaseUrl(), sessionToken }, locale, t };
}
