/** The api's rule for artifact keys: it refuses any other key with a 400 before looking anything up. */
export const PROCESS_MODEL_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;

export const PROCESS_MODEL_KEY_MAX_LENGTH = 80;

/** Lower-case letters, digits and dashes, starting with a letter or digit, at most 80 characters. */
export function isProcessModelKey(candidate: unknown): candidate is string {
  return typeof candidate === 'string' && PROCESS_MODEL_KEY_PATTERN.test(candidate);
}
