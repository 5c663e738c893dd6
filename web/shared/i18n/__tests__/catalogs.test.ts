import { describe, expect, it } from 'vitest';
import { CATALOG_PARTS, CATALOGS, createTranslator } from '../create-translator';
import { SUPPORTED_LOCALES } from '../locales';

const placeholdersOf = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('message catalogs', () => {
  const english = CATALOGS.en;

  it.each(SUPPORTED_LOCALES)('given the %s catalog, then it has exactly the English keys', (locale) => {
    expect(Object.keys(CATALOGS[locale]).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(SUPPORTED_LOCALES)('given the %s catalog, then no key is defined by two screens', (locale) => {
    const owners = new Map<string, string[]>();
    for (const [screen, part] of Object.entries(CATALOG_PARTS[locale])) {
      for (const key of Object.keys(part)) owners.set(key, [...(owners.get(key) ?? []), screen]);
    }
    expect([...owners].filter(([, screens]) => screens.length > 1)).toEqual([]);
  });

  it.each(SUPPORTED_LOCALES)('given the %s catalog, then each screen file has the same keys as in English', (locale) => {
    for (const [screen, part] of Object.entries(CATALOG_PARTS[locale])) {
      expect({ screen, keys: Object.keys(part).sort() }).toEqual({ screen, keys: Object.keys(CATALOG_PARTS.en[screen as keyof typeof CATALOG_PARTS.en]).sort() });
    }
  });

  it.each(SUPPORTED_LOCALES)('given the %s catalog, then no message is empty', (locale) => {
    const empty = Object.entries(CATALOGS[locale]).filter(([, message]) => message.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(SUPPORTED_LOCALES)('given the %s catalog, then each message uses the same placeholders as in English', (locale) => {
    for (const [key, message] of Object.entries(CATALOGS[locale])) {
      expect({ key, placeholders: placeholdersOf(message) }).toEqual({
        key,
        placeholders: placeholdersOf(english[key as keyof typeof english]),
      });
    }
  });
});

describe('createTranslator', () => {
  it('given parameters, then it fills the placeholders of the chosen language', () => {
    expect(createTranslator('en')('processes.error.status', { status: 503 })).toBe('HTTP 503');
    expect(createTranslator('zh-CN')('health.apiVersion', { version: '0.1.0' })).toBe('接口服务 0.1.0');
  });

  it('given a missing parameter, then the placeholder stays visible', () => {
    expect(createTranslator('en')('health.checkedAt')).toBe('Checked at {time}');
  });
});
