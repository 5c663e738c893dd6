/**
 * A rule table key as a DMN decision id, which is an XML id and may not start with a digit:
 * `2026-recall` → `_2026-recall`. toTableKey reads it back.
 */
export function toDecisionId(key: string): string {
  return /^[0-9]/.test(key) ? `_${key}` : key;
}

/** A decision id as a rule table key: lower case, other characters as dashes, no leading dash, at most 80. */
export function toTableKey(decisionId: string): string {
  return decisionId
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-')
    .replace(/^-+/, '')
    .slice(0, 80);
}
