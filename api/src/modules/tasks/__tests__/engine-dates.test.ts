import { describe, expect, it } from 'vitest';
import { fromEngineDate, toEngineDate } from '../engine-dates.js';

describe('engine dates', () => {
  it('given an ISO date-time with an offset, then the engine gets the same instant in UTC', () => {
    expect(toEngineDate('2026-11-24T16:30:00+08:00')).toBe('2026-11-24T08:30:00.000+0000');
  });

  it('given an engine date with an offset without colon, then it reads the instant as ISO in UTC', () => {
    expect(fromEngineDate('2026-11-24T16:30:00.123+0800')).toBe('2026-11-24T08:30:00.123Z');
    expect(fromEngineDate(null)).toBeNull();
  });

  it('given something that is not a date, then it refuses to send it', () => {
    expect(() => toEngineDate('tomorrow')).toThrow(/not a date-time/);
  });
});
