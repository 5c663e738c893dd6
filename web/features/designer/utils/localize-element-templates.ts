import type { Locale } from '../../../shared/i18n/locales';
import type { ElementTemplate } from '../api/element-template.shape';

/**
 * Lotflow's templates named and described in the page's language (from `metadata.lotflow`), so
 * the properties panel shows the step as the analyst knows it. Only the wording changes: the id
 * and version the model records stay the same.
 */
export function localizeElementTemplates(templates: readonly ElementTemplate[], locale: Locale): ElementTemplate[] {
  return templates.map((template) => {
    const lotflow = template.metadata?.lotflow;
    return lotflow === undefined ? template : { ...template, name: lotflow.name[locale], description: lotflow.description[locale] };
  });
}
