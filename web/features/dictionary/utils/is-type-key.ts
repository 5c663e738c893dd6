/** The api's rule for an artifact key: lower-case letters, digits and dashes, at most 80. */
const TYPE_KEY = /^[a-z0-9][a-z0-9-]{0,79}$/;

export const TYPE_KEY_MAX_LENGTH = 80;

export function isTypeKey(value: string): boolean {
  return TYPE_KEY.test(value);
}
