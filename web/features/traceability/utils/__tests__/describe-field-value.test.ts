import type { FieldDefinition } from '@lotflow/dictionary/browser';
import { describe, expect, it } from 'vitest';
import { describeFieldValue } from '../describe-field-value';

const yesNo = { yes: 'Yes', no: 'No' };
const field = (definition: Record<string, unknown>) => ({ name: 'x', label: { en: 'X', 'zh-CN': 'X' }, ...definition }) as unknown as FieldDefinition;

describe('a field value as people read it', () => {
  it('keeps a date-time on the clock it was recorded in, whatever the server’s time zone', () => {
    expect(describeFieldValue(field({ kind: 'date-time' }), '2026-08-26T10:30:00+08:00', 'en', yesNo)).toBe('2026-08-26 10:30 (UTC+08:00)');
    expect(describeFieldValue(field({ kind: 'date-time' }), '2026-08-26T02:30:00.000Z', 'zh-CN', yesNo)).toBe('2026-08-26 02:30 (UTC)');
  });

  it('shows an enum value by its label in the reader’s language and a number with its unit', () => {
    const status = field({ kind: 'enum', values: [{ value: 'released', label: { en: 'Released', 'zh-CN': '已放行' } }] });
    expect(describeFieldValue(status, 'released', 'zh-CN', yesNo)).toBe('已放行');
    expect(describeFieldValue(status, 'unknown', 'en', yesNo)).toBe('unknown');
    expect(describeFieldValue(field({ kind: 'decimal', unit: '°C' }), 49.6, 'en', yesNo)).toBe('49.6 °C');
    expect(describeFieldValue(field({ kind: 'boolean' }), false, 'en', yesNo)).toBe('No');
    expect(describeFieldValue(field({ kind: 'text' }), undefined, 'en', yesNo)).toBe('');
  });
});
