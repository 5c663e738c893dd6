import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../format-date-time';

describe('formatDateTime', () => {
  it('given an instant, then both languages show it in the plant time zone (China, UTC+8), whatever the server runs in', () => {
    expect(formatDateTime('2026-11-24T08:13:04Z', 'en')).toMatch(/Nov 24, 2026.*4:13:04\s?PM GMT\+8/);
    expect(formatDateTime('2026-11-24T20:13:04Z', 'zh-CN')).toMatch(/2026年11月25日.*04:13:04/);
  });
});

describe('plant wall-clock times', async () => {
  const { fromPlantWallTime, toPlantWallTime, zoneOffset } = await import('../format-date-time');

  it('given the plant in China, then a wall time and an instant convert both ways at +08:00', () => {
    expect(zoneOffset(new Date('2026-11-24T00:00:00Z'))).toBe('+08:00');
    expect(fromPlantWallTime('2026-12-01T17:00').toISOString()).toBe('2026-12-01T09:00:00.000Z');
    expect(toPlantWallTime(new Date('2026-12-01T09:00:00Z'))).toBe('2026-12-01T17:00');
  });

  it('given a plant with summer time, then each side of the change keeps its own offset', () => {
    expect(fromPlantWallTime('2026-01-15T08:00', 'Europe/Berlin').toISOString()).toBe('2026-01-15T07:00:00.000Z');
    expect(fromPlantWallTime('2026-07-15T08:00', 'Europe/Berlin').toISOString()).toBe('2026-07-15T06:00:00.000Z');
    expect(toPlantWallTime(new Date('2026-07-15T06:00:00Z'), 'Europe/Berlin')).toBe('2026-07-15T08:00');
    expect(zoneOffset(new Date('2026-07-15T06:00:00Z'), 'UTC')).toBe('+00:00');
  });
});
