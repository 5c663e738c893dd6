import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

// We ship one catalog per language, so any regional variant of a language maps onto it:
// zh-TW or zh-Hans still read the zh-CN catalog rather than falling back to English.
const LOCALE_BY_LANGUAGE: Readonly<Record<string, Locale>> = {
  en: 'en',
  zh: 'zh-CN',
};

interface LanguagePreference {
  readonly tag: string;
  readonly quality: number;
  readonly position: number;
}

export interface LocaleSignals {
  /** Value of the `lotflow-locale` cookie, if the person picked a language before. */
  readonly cookie?: string | undefined;
  /** The browser's `Accept-Language` header. */
  readonly acceptLanguage?: string | null | undefined;
}

/**
 * An explicit choice (the cookie) wins; otherwise the first language the browser prefers that
 * we have a catalog for; otherwise English.
 */
export function negotiateLocale({ cookie, acceptLanguage }: LocaleSignals): Locale {
  if (isLocale(cookie)) {
    return cookie;
  }
  for (const preference of parseAcceptLanguage(acceptLanguage ?? '')) {
    const language = preference.tag.split('-')[0] ?? '';
    const locale = LOCALE_BY_LANGUAGE[language];
    if (locale !== undefined) {
      return locale;
    }
  }
  return DEFAULT_LOCALE;
}

function parseAcceptLanguage(header: string): LanguagePreference[] {
  return header
    .split(',')
    .map((entry, position): LanguagePreference => {
      const [rawTag = '', ...parameters] = entry.trim().split(';');
      const qualityParameter = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith('q='));
      const quality = qualityParameter === undefined ? 1 : Number(qualityParameter.slice(2));
      return { tag: rawTag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, position };
    })
    .filter((preference) => preference.tag !== '' && preference.tag !== '*' && preference.quality > 0)
    .sort((left, right) => right.quality - left.quality || left.position - right.position);
}
