import type { Locale } from '../../../shared/i18n/locales';
import type { ElementTemplate } from '../api/element-template.shape';

export type StepSource = 'topic' | 'rule-table' | 'approval';

export interface StepChoice {
  readonly template: ElementTemplate;
  readonly source: StepSource;
  readonly name: string;
  readonly description: string;
}

const SOURCES: readonly StepSource[] = ['rule-table', 'approval', 'topic'];

/**
 * The templates in the reader's language, grouped by where they come from and narrowed to those
 * whose name, description, id or keywords contain every word of the query.
 */
export function filterStepTemplates(templates: readonly ElementTemplate[], query: string, locale: Locale): Array<{ source: StepSource; choices: StepChoice[] }> {
  const words = query.toLocaleLowerCase(locale).split(/\s+/).filter((word) => word.length > 0);
  const choices = templates.map((template): StepChoice => {
    const lotflow = template.metadata?.lotflow;
    return {
      template,
      source: lotflow?.source ?? 'topic',
      name: lotflow?.name[locale] ?? template.name,
      description: lotflow?.description[locale] ?? template.description ?? '',
    };
  });
  const matches = choices.filter((choice) => {
    const keywords = Array.isArray(choice.template.keywords) ? choice.template.keywords.join(' ') : '';
    const english = choice.template.metadata?.lotflow?.name.en ?? '';
    const haystack = [choice.name, choice.description, choice.template.name, english, choice.template.id, keywords].join(' ').toLocaleLowerCase(locale);
    return words.every((word) => haystack.includes(word));
  });
  return SOURCES.map((source) => ({ source, choices: matches.filter((choice) => choice.source === source) })).filter((group) => group.choices.length > 0);
}
