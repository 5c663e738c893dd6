import type { DesignerIssue } from './designer-issue';
import type { LintMessageTranslator } from './create-lint-message-translator';

// Saving and publishing word a lint issue "<element>: <message> (<rule>)"; deploying gives the message alone.
const WORDED = /^(?<element>[^\s:]+: )?(?<message>.+?)(?<rule> \([^()\s]+\))?$/s;

/** An issue the api found, in the page's language when it is a lint rule's message the designer knows. */
export function translateIssueMessage(issue: DesignerIssue, translateLintMessage: LintMessageTranslator): string {
  if (issue.rule === undefined) {
    return issue.message;
  }
  const groups = WORDED.exec(issue.message)?.groups;
  if (groups?.message === undefined) {
    return issue.message;
  }
  return `${groups.element ?? ''}${translateLintMessage(issue.rule, groups.message)}${groups.rule ?? ''}`;
}
