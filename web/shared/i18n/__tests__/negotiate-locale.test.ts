import { describe, expect, it } from 'vitest';
import { negotiateLocale } from '../negotiate-locale';

describe('negotiateLocale', () => {
  it.each([
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['zh-TW,zh;q=0.9', 'zh-CN'],
    ['en-US', 'en'],
    ['en-GB,en;q=0.9,zh-CN;q=0.8', 'en'],
    ['fr-FR,fr;q=0.9,zh-CN;q=0.5', 'zh-CN'],
    ['en;q=0.3,zh-CN;q=0.7', 'zh-CN'],
    ['fr-FR', 'en'],
    ['*', 'en'],
    ['', 'en'],
  ] as const)('given Accept-Language "%s" and no cookie, then the page is in %s', (acceptLanguage, expected) => {
    expect(negotiateLocale({ acceptLanguage })).toBe(expected);
  });

  it('given no Accept-Language header at all, then the page is in English', () => {
    expect(negotiateLocale({ acceptLanguage: null })).toBe('en');
  });

  it('given a Chinese browser and a cookie choosing English, then the cookie wins', () => {
    expect(negotiateLocale({ cookie: 'en', acceptLanguage: 'zh-CN,zh;q=0.9' })).toBe('en');
  });

  it('given an English browser and a cookie choosing Chinese, then the cookie wins', () => {
    expect(negotiateLocale({ cookie: 'zh-CN', acceptLanguage: 'en-US,en;q=0.9' })).toBe('zh-CN');
  });

  it('given a cookie with an unsupported value, then the browser preference decides', () => {
    expect(negotiateLocale({ cookie: 'de', acceptLanguage: 'zh-CN' })).toBe('zh-CN');
  });

  it('given a language refused with q=0, then it is not chosen', () => {
    expect(negotiateLocale({ acceptLanguage: 'zh-CN;q=0, en;q=0.5' })).toBe('en');
  });
});
