import type { Locale } from '../../../../shared/i18n/locales';
import { tokenSimulationPatternsZhCn, tokenSimulationZhCn } from '../../translations/token-simulation.zh-CN';
import { createTextTranslator, type TextTranslator } from '../../utils/create-text-translator';
import { TokenSimulationLanguage } from './token-simulation-language';

const TOKEN_SIMULATION_TRANSLATORS: Readonly<Record<Locale, TextTranslator | null>> = {
  en: null,
  'zh-CN': createTextTranslator(tokenSimulationZhCn, tokenSimulationPatternsZhCn, tokenSimulationZhCn),
};

/** Token simulation in the page's language; list it after bpmn-js-token-simulation's module. */
export function createTokenSimulationLanguageModule(locale: Locale): Record<string, unknown> {
  return {
    __init__: ['tokenSimulationLanguage'],
    tokenSimulationTranslate: ['value', TOKEN_SIMULATION_TRANSLATORS[locale]],
    tokenSimulationLanguage: ['type', TokenSimulationLanguage],
  };
}
