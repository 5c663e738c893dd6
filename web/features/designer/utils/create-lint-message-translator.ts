import type { Locale } from '../../../shared/i18n/locales';
import { lintMessagesZhCn, lintValuesZhCn } from '../translations/lint-messages.zh-CN';
import { createTextTranslator, type TextTranslator } from './create-text-translator';

/** Translates what a lint rule reported; `rule` as bpmnlint names it (`label-required`, `lotflow/user-task-form`). */
export type LintMessageTranslator = (rule: string, message: string) => string;

const LINT_MESSAGES: Readonly<Record<Locale, { readonly messages: Readonly<Record<string, Readonly<Record<string, string>>>>; readonly values: Readonly<Record<string, string>> }>> = {
  en: { messages: {}, values: {} },
  'zh-CN': { messages: lintMessagesZhCn, values: lintValuesZhCn },
};

/**
 * The lint messages in the page's language, looked up by rule and English message (a message
 * with a value in it by its pattern). What the api returns stays English; an unknown message is
 * shown as it came.
 */
export function createLintMessageTranslator(locale: Locale): LintMessageTranslator {
  const { messages, values } = LINT_MESSAGES[locale];
  const byRule = new Map<string, TextTranslator>(Object.entries(messages).map(([rule, table]) => [rule, createTextTranslator(table, table, values)]));
  return (rule, message) => byRule.get(rule)?.(message) ?? message;
}
