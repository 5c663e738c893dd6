import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../format-date-time';

describe('formatDateTime', () => {
  it('given an instant, then both languages show it in the plant time zone (China, UTC+8), whatever the server runs in', () => {
    expect(formatDateTime('2026-11-24T08:13:04Z', 'en')).toMatch(/Nov 24, 2026.*4:13:04\s?PM GMT\+8/);
    expect(formatDateTime('2026-11-24T20:13:04Z', 'zh-CN')).toMatch(/2026年11月25日.*04:13:04/);
  });
});
