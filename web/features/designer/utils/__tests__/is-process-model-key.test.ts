import { describe, expect, it } from 'vitest';
import { isProcessModelKey } from '../is-process-model-key';

describe('isProcessModelKey', () => {
  it.each(['incoming-inspection', 'a', '0', '9-lives', 'x'.repeat(80)])('given %j, then the api accepts it as a key', (key) => {
    expect(isProcessModelKey(key)).toBe(true);
  });

  it.each(['', '-leading-dash', 'Upper', 'under_score', 'with space', 'dot.ted', 'ü', 'x'.repeat(81), 'trailing\n'])(
    'given %j, then it is refused',
    (key) => {
      expect(isProcessModelKey(key)).toBe(false);
    },
  );

  it('given something other than a string, then it is refused', () => {
    expect(isProcessModelKey(undefined)).toBe(false);
    expect(isProcessModelKey(42)).toBe(false);
  });
});
