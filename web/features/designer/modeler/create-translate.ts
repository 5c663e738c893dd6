import type { Locale } from '../../../shared/i18n/locales';
import { diagramZhCn } from '../translations/diagram.zh-CN';
import { elementTemplatePatternsZhCn, elementTemplatesZhCn } from '../translations/element-templates.zh-CN';
import { propertiesPanelZhCn } from '../translations/properties-panel.zh-CN';
import { createTextTranslator } from '../utils/create-text-translator';

/** bpmn-js's `translate` service: the English template and the values of its `{placeholders}`. */
export type DiagramTranslate = (template: string, replacements?: Readonly<Record<string, string | undefined>>) => string;

/**
 * What bpmn-js, its properties panel and its extensions pass to `translate`, by page language.
 * English is the packages' own text.
 */
export const DIAGRAM_TRANSLATIONS: Readonly<Record<Locale, { readonly exact: Readonly<Record<string, string>>; readonly patterns: Readonly<Record<string, string>> }>> = {
  en: { exact: {}, patterns: {} },
  'zh-CN': { exact: { ...diagramZhCn, ...propertiesPanelZhCn, ...elementTemplatesZhCn }, patterns: elementTemplatePatternsZhCn },
};

/**
 * bpmn-js's documented way to speak another language: a `translate` that looks the template up,
 * then fills `{placeholders}` exactly as diagram-js's own does (an unknown one stays visible).
 */
export function createTranslate(locale: Locale): DiagramTranslate {
  const { exact, patterns } = DIAGRAM_TRANSLATIONS[locale];
  const translateText = createTextTranslator(exact, patterns);
  return (template, replacements = {}) =>
    translateText(template).replace(/{([^}]+)}/g, (_, key: string) => replacements[key] || `{${key}}`);
}

/** The module that replaces diagram-js's `translate` service for the page's language. */
export function createTranslateModule(locale: Locale): Record<string, unknown> {
  return { translate: ['value', createTranslate(locale)] };
}
