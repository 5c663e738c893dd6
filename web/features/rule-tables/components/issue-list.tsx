'use client';

import type { Translate } from '../../../shared/i18n/create-translator';
import { isMessageKey } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';
import type { RuleTableDocument, RuleTableIssue } from '../api/rule-table.shape';
import styles from './rule-table-editor.module.css';

interface IssueListProps {
  readonly issues: readonly RuleTableIssue[];
  readonly document: RuleTableDocument;
  readonly locale: Locale;
  readonly t: Translate;
  onShow(issue: RuleTableIssue): void;
  onTry(issue: RuleTableIssue): void;
}

/**
 * Everything the analysis found, gravest first: what kind of problem (in the page language, from
 * its code) and the api's sentence, in the page language when the api has it. Each can be shown on
 * the grid, and an overlap or gap can be tried on the test bench with the example the api found.
 */
export function IssueList({ issues, document, locale, t, onShow, onTry }: IssueListProps) {
  if (issues.length === 0) {
    return (
      <p className={styles.sideEmpty} data-testid="rule-issues-empty">
        {t('ruleTables.issues.none')}
      </p>
    );
  }
  const rowNumbers = new Map(document.rows.map((row, index) => [row.id, index + 1]));
  return (
    <ul className={styles.issueList} data-testid="rule-issues">
      {issues.map((issue, index) => {
        const codeKey = `ruleTables.issueCode.${issue.code}`;
        const place = issue.rowIds
          .map((id) => rowNumbers.get(id))
          .filter((number) => number !== undefined)
          .map((number) => t('ruleTables.issues.row', { number: number! }))
          .join(', ');
        return (
          <li key={index} className={`${styles.issueItem} ${styles[`severity-${issue.severity}`]}`} data-testid="rule-issue" data-code={issue.code} data-severity={issue.severity} data-row-ids={issue.rowIds.join(' ')}>
            <div className={styles.issueHeader}>
              <span className={styles.issueSeverity}>{t(`ruleTables.severity.${issue.severity}`)}</span>
              <span className={styles.issueCode}>{isMessageKey(codeKey) ? t(codeKey) : issue.code}</span>
              {place !== '' && <span className={styles.issuePlace}>{place}</span>}
            </div>
            <p className={styles.issueMessage} lang={issue.message[locale] === undefined ? 'en' : locale}>
              {issue.message[locale] ?? issue.message.en}
            </p>
            <div className={styles.issueActions}>
              {(issue.rowIds.length > 0 || issue.columnIds.length > 0) && (
                <button type="button" className="button button--ghost button--small" onClick={() => onShow(issue)}>
                  {t('ruleTables.issues.show')}
                </button>
              )}
              {issue.witness !== undefined && (
                <button type="button" className="button button--ghost button--small" onClick={() => onTry(issue)} data-testid="rule-issue-try">
                  {t('ruleTables.issues.try')}
                </button>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
