'use client';

import type { Translate } from '../../../shared/i18n/create-translator';
import type { LintMessageTranslator } from '../utils/create-lint-message-translator';
import type { DesignerIssue } from '../utils/designer-issue';
import { translateIssueMessage } from '../utils/translate-issue-message';

interface IssueListProps {
  readonly issues: readonly DesignerIssue[];
  readonly t: Translate;
  readonly translateLintMessage: LintMessageTranslator;
  onSelectElement(elementId: string): void;
}

/** What the api found; an issue that names an element selects it on the canvas. */
export function IssueList({ issues, t, translateLintMessage, onSelectElement }: IssueListProps) {
  if (issues.length === 0) {
    return (
      <p className="designer-side__empty" data-testid="designer-issues-none">
        {t('designer.issues.none')}
      </p>
    );
  }
  return (
    <>
      <p className="designer-side__hint">{t('designer.issues.hint')}</p>
      <ul className="issue-list" data-testid="designer-issue-list">
        {issues.map((issue, index) => (
          <li key={`${issue.source}-${issue.elementId ?? ''}-${index}`}>
            <button
              type="button"
              className="issue-list__item"
              disabled={issue.elementId === undefined}
              onClick={() => issue.elementId !== undefined && onSelectElement(issue.elementId)}
              data-testid="designer-issue"
              data-element-id={issue.elementId ?? ''}
            >
              <span className="issue-list__meta">
                <span className="issue-list__source">{t(`designer.issues.source.${issue.source}`)}</span>
                <code className="issue-list__element">{issue.elementId ?? t('designer.issues.wholeModel')}</code>
              </span>
              <span className="issue-list__message">{translateIssueMessage(issue, translateLintMessage)}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
