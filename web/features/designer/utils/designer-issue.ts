import type { ProblemEntry } from '../../../shared/api/api-client';
import type { DraftIssue } from '../api/process-model.shape';
import { readElementId } from './read-element-id';

/** Which step found the issue: saving the draft, publishing it, or deploying it to the engine. */
export type IssueSource = 'draft' | 'publish' | 'deploy';

export interface DesignerIssue {
  readonly source: IssueSource;
  readonly message: string;
  /** The element at fault; absent when the issue concerns the whole model. */
  readonly elementId?: string;
  readonly rule?: string;
}

/** A draft's issues as `PUT …/draft` lists them. */
export function fromDraftIssues(issues: readonly DraftIssue[]): DesignerIssue[] {
  return issues.map((issue) => withElement({ source: 'draft', message: issue.message, ...(issue.keyword ? { rule: issue.keyword } : {}) }, readElementId(issue.pointer)));
}

/** The `errors` of a problem+json answer to publish (400) or deploy (422). */
export function fromProblemEntries(source: IssueSource, entries: readonly ProblemEntry[]): DesignerIssue[] {
  return entries.map((entry) =>
    withElement({ source, message: entry.detail, ...(entry.rule ? { rule: entry.rule } : {}) }, entry.elementId ?? readElementId(entry.pointer)),
  );
}

function withElement(issue: DesignerIssue, elementId: string | undefined): DesignerIssue {
  return elementId === undefined ? issue : { ...issue, elementId };
}
