import type { Locale } from '@lotflow/dictionary';
import type { Request } from 'express';

/** zh-CN when the caller prefers Chinese (`?locale=` or Accept-Language), English otherwise. */
export function requestLocale(request: Request): Locale {
  const asked = typeof request.query.locale === 'string' ? request.query.locale : undefined;
  if (asked === 'zh-CN' || asked === 'en') return asked;
  const header = request.headers['accept-language']?.trim();
  // No preference (or "*", as fetch sends by default) means English, not the first language offered.
  if (!header || header === '*') return 'en';
  const preferred = request.acceptsLanguages('en', 'zh-CN', 'zh');
  return preferred === 'zh-CN' || preferred === 'zh' ? 'zh-CN' : 'en';
}
