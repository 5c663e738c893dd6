import type { Translate } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';
import type { DuplicateReason } from '../api/data-quality.shape';
import { formatFigure } from './format-figure';

/** Why two records look like one, as a sentence in the page's language. */
export function describeDuplicateReason(reason: DuplicateReason, locale: Locale, t: Translate): string {
  if (reason.kind === 'same-identifier') return t('dataQuality.reason.sameIdentifier', { field: reason.label[locale], value: reason.value ?? '' });
  const [first = '', second = ''] = reason.values ?? [];
  const similarity = formatFigure(reason.similarity ?? 0, locale, 'percent');
  if (reason.otherField === undefined || reason.otherField === reason.field) return t('dataQuality.reason.similarName', { field: reason.label[locale], similarity, first, second });
  return t('dataQuality.reason.similarNameAcross', { field: reason.label[locale], otherField: reason.otherLabel?.[locale] ?? reason.otherField, similarity, first, second });
}
