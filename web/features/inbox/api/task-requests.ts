import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import {
  candidateListShape,
  completionShape,
  taskCountsShape,
  taskDetailShape,
  taskPageShape,
  type Candidate,
  type Completion,
  type TaskCounts,
  type TaskDetail,
  type TaskPage,
} from './task.shape';
import type { InboxQuery } from '../utils/inbox-query';
import { toApiSearch } from '../utils/inbox-query';

export interface Caller {
  readonly apiBaseUrl: string;
  readonly sessionToken: string;
}

const taskPath = (id: string, rest = '') => `tasks/${encodeURIComponent(id)}${rest}`;

export function getTaskPage({ apiBaseUrl, sessionToken }: Caller, query: InboxQuery): Promise<ApiResult<TaskPage>> {
  return fetchApiJson({ baseUrl: apiBaseUrl, path: `tasks?${toApiSearch(query)}`, sessionToken, shape: taskPageShape, timeoutMs: 10_000 });
}

export function getTaskCounts({ apiBaseUrl, sessionToken }: Caller): Promise<ApiResult<TaskCounts>> {
  return fetchApiJson({ baseUrl: apiBaseUrl, path: 'tasks/counts', sessionToken, shape: taskCountsShape });
}

export function getTask({ apiBaseUrl, sessionToken }: Caller, id: string): Promise<ApiResult<TaskDetail>> {
  return fetchApiJson({ baseUrl: apiBaseUrl, path: taskPath(id), sessionToken, shape: taskDetailShape, timeoutMs: 10_000 });
}

export function getTaskCandidates({ apiBaseUrl, sessionToken }: Caller, id: string): Promise<ApiResult<Candidate[]>> {
  return fetchApiJson({ baseUrl: apiBaseUrl, path: taskPath(id, '/candidates'), sessionToken, shape: candidateListShape });
}

export type TaskChange =
  | { readonly kind: 'claim' }
  | { readonly kind: 'unclaim' }
  | { readonly kind: 'assign'; readonly username: string }
  | { readonly kind: 'comment'; readonly text: string }
  | { readonly kind: 'dates'; readonly due: string | null; readonly followUp: string | null };

export function changeTask({ apiBaseUrl, sessionToken }: Caller, id: string, change: TaskChange): Promise<ApiResult<TaskDetail>> {
  const common = { baseUrl: apiBaseUrl, sessionToken, shape: taskDetailShape, timeoutMs: 10_000 } as const;
  switch (change.kind) {
    case 'claim':
    case 'unclaim':
      return fetchApiJson({ ...common, path: taskPath(id, `/${change.kind}`), method: 'POST', body: {} });
    case 'assign':
      return fetchApiJson({ ...common, path: taskPath(id, '/assign'), method: 'POST', body: { username: change.username } });
    case 'comment':
      return fetchApiJson({ ...common, path: taskPath(id, '/comments'), method: 'POST', body: { text: change.text }, acceptedStatuses: [201] });
    case 'dates':
      return fetchApiJson({ ...common, path: taskPath(id), method: 'PATCH', body: { due: change.due, followUp: change.followUp } });
  }
}

export function completeTask(
  { apiBaseUrl, sessionToken }: Caller,
  id: string,
  input: { values: unknown; signature?: { password: string; meaning: string } },
  locale: string,
): Promise<ApiResult<Completion>> {
  return fetchApiJson({
    baseUrl: apiBaseUrl,
    path: `${taskPath(id, '/complete')}?locale=${encodeURIComponent(locale)}`,
    method: 'POST',
    body: input,
    sessionToken,
    shape: completionShape,
    timeoutMs: 30_000,
  });
}
