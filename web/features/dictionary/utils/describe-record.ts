import type { Locale } from '../../../shared/i18n/locales';

const NAME_FIELDS: Readonly<Record<Locale, readonly string[]>> = {
  en: ['name', 'title', 'description', 'characteristic'],
  'zh-CN': ['nameZh', 'name', 'title', 'description', 'characteristic'],
};

/** What a person recognises a record by besides its code: its name in their language, when it has one. */
export function describeRecord(values: Readonly<Record<string, unknown>>, locale: Locale): string | undefined {
  for (const field of NAME_FIELDS[locale]) {
    const value = values[field];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return undefined;
}
