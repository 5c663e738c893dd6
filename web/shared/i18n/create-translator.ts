import en from '../../messages/en.json';
import zhCN from '../../messages/zh-CN.json';
import type { Locale } from './locales';

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
