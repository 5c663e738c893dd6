import enApp from '../../messages/en/app.json';
import enDashboard from '../../messages/en/dashboard.json';
import enDataQuality from '../../messages/en/data-quality.json';
import enDictionary from '../../messages/en/dictionary.json';
import enInbox from '../../messages/en/inbox.json';
import enOperations from '../../messages/en/operations.json';
import enRuleTables from '../../messages/en/rule-tables.json';
import enStart from '../../messages/en/start.json';
import enTraceability from '../../messages/en/traceability.json';
import zhApp from '../../messages/zh-CN/app.json';
import zhDashboard from '../../messages/zh-CN/dashboard.json';
import zhDataQuality from '../../messages/zh-CN/data-quality.json';
import zhDictionary from '../../messages/zh-CN/dictionary.json';
import zhInbox from '../../messages/zh-CN/inbox.json';
import zhOperations from '../../messages/zh-CN/operations.json';
import zhRuleTables from '../../messages/zh-CN/rule-tables.json';
import zhStart from '../../messages/zh-CN/start.json';
import zhTraceability from '../../messages/zh-CN/traceability.json';
import type { Locale } from './locales';

/**
 * Each screen keeps its messages in its own file per language (messages/<locale>/<screen>.json);
 * a key lives in exactly one of them.
 */
export const CATALOG_PARTS = {
  en: { app: enApp, dashboard: enDashboard, 'data-quality': enDataQuality, dictionary: enDictionary, inbox: enInbox, operations: enOperations, 'rule-tables': enRuleTables, start: enStart, traceability: enTraceability },
  'zh-CN': { app: zhApp, dashboard: zhDashboard, 'data-quality': zhDataQuality, dictionary: zhDictionary, inbox: zhInbox, operations: zhOperations, 'rule-tables': zhRuleTables, start: zhStart, traceability: zhTraceability },
} as const;

const en = { ...enApp, ...enDashboard, ...enDataQuality, ...enDictionary, ...enInbox, ...enOperations, ...enRuleTables, ...enStart, ...enTraceability };
const zhCN = { ...zhApp, ...zhDashboard, ...zhDataQuality, ...zhDictionary, ...zhInbox, ...zhOperations, ...zhRuleTables, ...zhStart, ...zhTraceability };

/** The English catalog defines the keys; every other catalog must provide each of them. */
export type MessageKey = keyof typeof en;

export type MessageParameters = Readonly<Record<string, string | number>>;

export type Translate = (key: MessageKey, parameters?: MessageParameters) => string;

export const CATALOGS: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = {
  en,
  'zh-CN': zhCN,
};

/** For keys built from data, such as `role.${role}`: a value the catalogs don't know is shown as it is. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

const PLACEHOLDER = /\{(\w+)\}/g;

export function createTranslator(locale: Locale): Translate {
  const catalog = CATALOGS[locale];
  // An unknown placeholder stays visible as "{name}" so a missing argument is seen, not hidden.
  return (key, parameters = {}) =>
    catalog[key].replace(PLACEHOLDER, (placeholder, name: string) => {
      const value = parameters[name];
      return value === undefined ? placeholder : String(value);
    });
}
