/** The api's rule for a table's key: lower-case letters, digits and dashes, at most 80. */
export const RULE_TABLE_KEY_MAX_LENGTH = 80;

export function isRuleTableKey(value: string): boolean {
  return /^[a-z0-9][a-z0-9-]{0,79}$/.test(value);
}
