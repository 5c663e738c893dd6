import type { ValidationIssue } from './create-validator.js';

/** "/rules/0/conditions: is required; /name: must be string" — one line a person can act on. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => `${issue.pointer === '' ? '(root)' : issue.pointer}: ${issue.message}`).join('; ');
}
