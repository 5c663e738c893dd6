export const SUPPORTED_LOCALES = ['en', 'zh-CN'] as const;

export type Locale = (typeof SUPPORTED_LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

export const LOCALE_COOKIE = 'lotflow-locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** Each language named in itself, so a person can find their own language whatever is shown. */
export const LOCALE_AUTONYMS: Readonly<Record<Locale, string>> = {
  en: 'English',
  'zh-CN': '简体中文',
};
