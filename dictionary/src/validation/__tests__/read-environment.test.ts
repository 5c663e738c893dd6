import { describe, expect, it } from 'vitest';
import { createEnvironmentReader, EnvironmentError } from '../../index.js';

const readConfig = createEnvironmentReader<{ PORT: number; URL: string; LEVEL: string }>('api', {
  type: 'object',
  properties: {
    PORT: { type: 'integer', minimum: 1, maximum: 65535, default: 3001 },
    URL: { type: 'string', pattern: '^https?://' },
    LEVEL: { enum: ['info', 'debug'], default: 'info' },
  },
  required: ['PORT', 'URL', 'LEVEL'],
} as never);

describe('createEnvironmentReader', () => {
  it('given good variables, coerces them and fills defaults, ignoring unrelated ones', () => {
    expect(readConfig({ URL: 'http://x', PORT: '8080', HOME: '/root' })).toEqual({ URL: 'http://x', PORT: 8080, LEVEL: 'info' });
  });

  it('given several bad variables, lists every one of them with what was expected', () => {
    const error = (() => {
      try {
        readConfig({ PORT: '99999', URL: 'ftp://x', LEVEL: 'loud' });
      } catch (caught) {
        return caught as EnvironmentError;
      }
      throw new Error('expected an error');
    })();
    expect(error).toBeInstanceOf(EnvironmentError);
    expect(error.message).toContain("The api's configuration is invalid");
    expect(error.message).toContain('PORT must be <= 65535');
    expect(error.message).toContain('URL must match pattern');
    expect(error.message).toContain('LEVEL must be one of "info", "debug"');
  });

  it('treats an empty variable as unset', () => {
    expect(() => readConfig({ URL: '' })).toThrow(/URL is required/);
  });
});
