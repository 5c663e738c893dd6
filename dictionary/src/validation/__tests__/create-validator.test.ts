import { describe, expect, it } from 'vitest';
import { createValidator, formatIssues } from '../../index.js';

const lotSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['lotNumber', 'quantity'],
  properties: {
    lotNumber: { type: 'string', pattern: '^LOT-' },
    quantity: { type: 'integer', minimum: 1 },
    status: { enum: ['quarantine', 'released'] },
  },
};

describe('createValidator', () => {
  it('given a valid record, returns it unchanged', () => {
    const validate = createValidator<{ lotNumber: string; quantity: number }>(lotSchema);
    expect(validate({ lotNumber: 'LOT-1', quantity: 5 })).toEqual({ ok: true, value: { lotNumber: 'LOT-1', quantity: 5 } });
  });

  it('given several mistakes, names every field with what was expected', () => {
    const validate = createValidator(lotSchema);
    const result = validate({ quantity: 0, status: 'lost', colour: 'red' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pointer: '/lotNumber', message: 'is required' }),
        expect.objectContaining({ pointer: '/quantity', message: 'must be >= 1' }),
        expect.objectContaining({ pointer: '/status', message: 'must be one of "quarantine", "released"' }),
        expect.objectContaining({ pointer: '/colour', message: 'is not a known property' }),
      ]),
    );
    expect(formatIssues(result.issues)).toContain('/lotNumber: is required');
  });

  it('when coercing, turns environment strings into typed values and fills defaults', () => {
    const validate = createValidator<{ port: number; debug: boolean }>(
      { type: 'object', properties: { port: { type: 'integer', default: 3001 }, debug: { type: 'boolean' } } },
      { coerce: true },
    );
    const result = validate({ debug: 'true' });
    expect(result).toEqual({ ok: true, value: { port: 3001, debug: true } });
  });
});
