/** The languages Lotflow speaks; every label in the dictionary carries both. */
export const locales = ['en', 'zh-CN'] as const;

export type Locale = (typeof locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
