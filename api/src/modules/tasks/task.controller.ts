import { createValidator } from '@lotflow/dictionary';
import { SIGNATURE_MEANINGS } from '@lotflow/processes';
import { Router, type Request } from 'express';
import { RequestInvalidError } from '../../http/lotflow-error.js';
import { requestLocale } from '../../http/request-locale.js';
import { bodyParser } from '../../http/validate-body.js';
import { currentUser } from '../identity/authentication.middleware.js';
import { TASK_LISTS, TASK_SORTS, type TaskInboxService, type TaskListQuery } from './task-inbox.service.js';

const dateTime = { type: 'string', format: 'date-time' } as const;

export const taskListQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    list: { enum: [...TASK_LISTS], default: 'all', description: 'mine: assigned to me; groups: waiting to be claimed by my groups; all: everything I may see' },
    processKey: { type: 'string', maxLength: 255 },
    businessKey: { type: 'string', maxLength: 255, description: 'part of the business key' },
    lot: { type: 'string', maxLength: 120, description: "tasks whose process has the variable 'lot' with this value" },
    dueBefore: dateTime,
    dueAfter: dateTime,
    minPriority: { type: 'integer', minimum: 0 },
    maxPriority: { type: 'integer', minimum: 0 },
    sort: { enum: Object.keys(TASK_SORTS), default: 'created' },
    order: { enum: ['asc', 'desc'], default: 'desc' },
    offset: { type: 'integer', minimum: 0, default: 0 },
    limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
  },
} as const;

export const claimBodySchema = { type: 'object', additionalProperties: false, properties: {} } as const;
export const assignBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['username'],
  properties: { username: { type: 'string', minLength: 1, maxLength: 64 } },
} as const;
export const taskDatesBodySchema = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: { due: { oneOf: [dateTime, { type: 'null' }] }, followUp: { oneOf: [dateTime, { type: 'null' }] } },
} as const;
export const commentBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['text'],
  properties: { text: { type: 'string', minLength: 1, maxLength: 2000, pattern: '\\S' } },
} as const;
export const completeBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['values'],
  properties: {
    values: { type: 'object', maxProperties: 200, description: "the form's values: a record of the task's dictionary type" },
    signature: {
      type: 'object',
      additionalProperties: false,
      required: ['password', 'meaning'],
      description: 'required when the step is signed: the password you sign in with and the meaning shown',
      properties: { password: { type: 'string', minLength: 1, maxLength: 1024 }, meaning: { enum: [...SIGNATURE_MEANINGS] } },
    },
  },
} as const;

const validateListQuery = createValidator<Partial<TaskListQuery>>(taskListQuerySchema);
const INTEGER_PARAMETERS = new Set(['minPriority', 'maxPriority', 'offset', 'limit']);

function parseListQuery(request: Request): TaskListQuery {
  const raw = Object.fromEntries(
    Object.entries(request.query).map(([name, value]) => {
      const text = Array.isArray(value) ? value[0] : value;
      return [name, INTEGER_PARAMETERS.has(name) && typeof text === 'string' && /^-?\d+$/.test(text) ? Number(text) : text];
    }),
  );
  const result = validateListQuery(raw);
  if (!result.ok) throw new RequestInvalidError(result.issues, 'query');
  return { list: 'all', sort: 'created', order: 'desc', offset: 0, limit: 50, ...result.value };
}

const parseAssign = bodyParser<{ username: string }>(assignBodySchema);
const parseDates = bodyParser<{ due?: string | null; followUp?: string | null }>(taskDatesBodySchema);
const parseComment = bodyParser<{ text: string }>(commentBodySchema);
const parseComplete = bodyParser<{ values: Record<string, unknown>; signature?: { password: string; meaning: string } }>(completeBodySchema);

/** The task inbox: every signed-in user sees the tasks of their groups and their own. */
export function taskRouter(inbox: TaskInboxService): Router {
  const router = Router();
  const taskId = (request: Request) => String(request.params.id);

  router.get('/tasks', async (request, response) => {
    response.json(await inbox.list(currentUser(request), parseListQuery(request)));
  });
  router.get('/tasks/counts', async (request, response) => {
    response.json(await inbox.counts(currentUser(request)));
  });
  router.get('/tasks/:id', async (request, response) => {
    response.json(await inbox.detail(currentUser(request), taskId(request)));
  });
  router.get('/tasks/:id/candidates', async (request, response) => {
    response.json(await inbox.candidates(currentUser(request), taskId(request)));
  });
  router.post('/tasks/:id/claim', async (request, response) => {
    response.json(await inbox.claim(currentUser(request), taskId(request)));
  });
  router.post('/tasks/:id/unclaim', async (request, response) => {
    response.json(await inbox.unclaim(currentUser(request), taskId(request)));
  });
  router.post('/tasks/:id/assign', async (request, response) => {
    response.json(await inbox.assign(currentUser(request), taskId(request), parseAssign(request).username));
  });
  router.patch('/tasks/:id', async (request, response) => {
    response.json(await inbox.setDates(currentUser(request), taskId(request), parseDates(request)));
  });
  router.post('/tasks/:id/comments', async (request, response) => {
    response.status(201).json(await inbox.comment(currentUser(request), taskId(request), parseComment(request).text.trim()));
  });
  router.post('/tasks/:id/complete', async (request, response) => {
    const body = parseComplete(request);
    const result = await inbox.complete(currentUser(request), taskId(request), {
      values: body.values,
      locale: requestLocale(request),
      ...(body.signature ? { signature: body.signature } : {}),
    });
    response.json(result);
  });

  return router;
}
