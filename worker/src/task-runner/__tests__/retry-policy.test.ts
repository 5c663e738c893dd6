import { describe, expect, it } from 'vitest';
import { nextRetry } from '../retry-policy.js';

const policy = { maxRetries: 3, backoffMs: 1000, backoffMaxMs: 3000 };

describe('nextRetry', () => {
  it('counts retries down from the maximum with a doubling, capped delay, ending in an incident', () => {
    const first = nextRetry(policy, null, true);
    const second = nextRetry(policy, first.retries, true);
    const third = nextRetry(policy, second.retries, true);
    expect([first, second, third]).toEqual([
      { retries: 2, retryTimeout: 1000 },
      { retries: 1, retryTimeout: 2000 },
      { retries: 0, retryTimeout: 0 },
    ]);
    expect(nextRetry({ ...policy, maxRetries: 6 }, 2, true).retryTimeout).toBe(3000);
  });

  it('sends a failure that retrying cannot mend straight to an incident', () => {
    expect(nextRetry(policy, null, false)).toEqual({ retries: 0, retryTimeout: 0 });
  });

  it('with no retries configured, the first failure is an incident', () => {
    expect(nextRetry({ ...policy, maxRetries: 0 }, null, true)).toEqual({ retries: 0, retryTimeout: 0 });
  });
});
