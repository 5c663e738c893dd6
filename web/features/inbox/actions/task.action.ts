'use server';

import type { ApiResult } from '../../../shared/api/api-client';
import { readApiBaseUrl } from '../../../shared/api/read-api-base-url';
import { getRequestLocale } from '../../../shared/i18n/get-request-locale';
import { readSessionToken } from '../../../shared/session/read-session-token';
import { changeTask, completeTask, type Caller, type TaskChange } from '../api/task-requests';
import type { Completion, TaskDetail } from '../api/task.shape';

/*
 * The task page runs in the browser, which never talks to the api: each change comes here and
 * goes on with the session token from this site's httpOnly cookie. The api decides who may do what.
 */

const TASK_ID = /^[A-Za-z0-9_.:-]{1,64}$/;

async function withCaller<T>(id: string, call: (caller: Caller) => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
  if (!TASK_ID.test(id)) {
    return { outcome: 'problem', status: 400, problem: { title: 'The request is invalid', detail: `'${id}' is not a task id.` } };
  }
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) {
    return { outcome: 'problem', status: 401, problem: { title: 'Not signed in' } };
  }
  return call({ apiBaseUrl: readApiBaseUrl(), sessionToken });
}

export async function changeTaskAction(id: string, change: TaskChange): Promise<ApiResult<TaskDetail>> {
  return withCaller(id, (caller) => changeTask(caller, id, change));
}

export async function completeTaskAction(
  id: string,
  input: { values: unknown; signature?: { password: string; meaning: string } },
): Promise<ApiResult<Completion>> {
  const locale = await getRequestLocale();
  return withCaller(id, (caller) => completeTask(caller, id, input, locale));
}
