export interface RetryPolicy {
  maxRetries: number;
  backoffMs: number;
  backoffMaxMs: number;
}

/**
 * The retries left after this failure and how long the engine waits before offering the task
 * again: the delay doubles with each attempt. The engine reports `retries` as null on the first
 * attempt; 0 left means the engine raises an incident.
 */
export function nextRetry(policy: RetryPolicy, retriesBefore: number | null | undefined, retryable: boolean): { retries: number; retryTimeout: number } {
  if (!retryable) return { retries: 0, retryTimeout: 0 };
  const remaining = Math.max(0, (retriesBefore ?? policy.maxRetries) - 1);
  const attempt = policy.maxRetries - remaining;
  const retryTimeout = remaining === 0 ? 0 : Math.min(policy.backoffMaxMs, policy.backoffMs * 2 ** Math.max(0, attempt - 1));
  return { retries: remaining, retryTimeout };
}
