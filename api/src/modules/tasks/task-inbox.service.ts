import { randomUUID } from 'node:crypto';
import { readUserTaskSettings, type UserTaskSettings } from '@lotflow/processes';
import type { Locale, TypeDefinition } from '@lotflow/dictionary';
import type { DataSource } from 'typeorm';
import { inTransaction } from '../../database/transaction.js';
import type { EngineClient, EngineTask, EngineTaskQuery, ProcessDefinition } from '../../engine-client/engine-client.js';
import { ConflictError, EngineRejectedError, ForbiddenError, NotFoundError, RequestInvalidError } from '../../http/lotflow-error.js';
import type { AuditTrail } from '../audit/audit-trail.service.js';
import type { AuthenticatedUser, IdentityService } from '../identity/identity.service.js';
import type { RecordService } from '../records/record.service.js';
import { signedContent, type SignatureService, type SignatureView } from '../signatures/signature.service.js';
import { TaskCommentEntity, type TaskComment } from './task-comment.entity.js';
import { ActionReceiptEntity } from '../action-receipts/action-receipt.entity.js';
import { ActionRequestChangedError, hashActionRequest, once } from '../action-receipts/once.js';
import { readOnce } from '../../shared/read-once.js';
import { fromEngineDate, toEngineDate } from './engine-dates.js';

export const TASK_LISTS = ['mine', 'groups', 'all'] as const;
export type TaskList = (typeof TASK_LISTS)[number];
export const TASK_SORTS = { created: 'created', due: 'dueDate', followUp: 'followUpDate', priority: 'priority', name: 'name' } as const;
export type TaskSort = keyof typeof TASK_SORTS;

export interface TaskListQuery {
  list: TaskList;
  processKey?: string;
  businessKey?: string;
  /** A lot code: tasks whose process has the variable `lot` with this value. */
  lot?: string;
  dueBefore?: string;
  dueAfter?: string;
  minPriority?: number;
  maxPriority?: number;
  sort: TaskSort;
  order: 'asc' | 'desc';
  offset: number;
  limit: number;
}

export interface TaskSummary {
  id: string;
  name: string | null;
  processKey: string | null;
  processName: string | null;
  processVersion: number | null;
  processInstanceId: string | null;
  businessKey: string | null;
  taskDefinitionKey: string | null;
  assignee: string | null;
  created: string;
  due: string | null;
  followUp: string | null;
  priority: number;
  /** The dictionary type whose form the task shows. */
  formType: string | null;
}

export interface RelatedRecord {
  type: string;
  code: string;
  revision: number;
  values: Record<string, unknown>;
  signatures: SignatureView[];
}

export interface TaskDetail extends TaskSummary {
  description: string | null;
  candidateGroups: string[];
  variables: Record<string, unknown>;
  form: { type: string; version: number; definition: TypeDefinition; initialValues: Record<string, unknown> } | null;
  /** Present when completing the task is an electronic signature with this meaning. */
  signature: { meaning: string } | null;
  comments: Array<Pick<TaskComment, 'id' | 'author' | 'printedName' | 'text'> & { createdAt: string }>;
  records: RelatedRecord[];
  /** What the signed-in user may do with it now. */
  allowed: { claim: boolean; unclaim: boolean; assign: boolean; complete: boolean };
}

export interface CompletionInput {
  values: Record<string, unknown>;
  signature?: { password: string; meaning: string };
  locale: Locale;
}

export interface CompletionResult {
  taskId: string;
  processInstanceId: string | null;
  record: { type: string; code: string; revision: number } | null;
  signature: { id: string; meaning: string; printedName: string; signedAt: string } | null;
  /** False when this completion had already happened: a retry changes nothing. */
  completedNow: boolean;
}

const PRIMITIVE_VARIABLE_TYPES = new Set(['String', 'Integer', 'Long', 'Double', 'Short', 'Boolean', 'Date']);

/** `inspection-decision` → `inspectionDecisionCode`: the process variable naming the record a task wrote. */
export function recordCodeVariable(typeKey: string): string {
  return `${typeKey.replace(/-([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase())}Code`;
}

/**
 * The approvers' task inbox over the engine's user tasks. The engine stays the one source of truth
 * for tasks; this service decides who may see and act on which task (roles are candidate groups),
 * generates the form from the dictionary type the task names and makes completing a task that
 * requires it an electronic signature bound to the record it writes.
 */
export class TaskInboxService {
  private readonly definitions = new Map<string, Promise<ProcessDefinition>>();
  private readonly settings = new Map<string, Promise<Map<string, UserTaskSettings>>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: EngineClient,
    private readonly identity: IdentityService,
    private readonly records: RecordService,
    private readonly signatures: SignatureService,
    private readonly audit: AuditTrail,
  ) {}

  async list(user: AuthenticatedUser, query: TaskListQuery): Promise<{ items: TaskSummary[]; total: number; offset: number; limit: number }> {
    // A lot names process instances first: a variable lookup, then tasks of those instances.
    const lotInstances = query.lot ? await this.engine.processInstancesWithVariable('lot', query.lot) : undefined;
    if (lotInstances?.length === 0) return { items: [], total: 0, offset: query.offset, limit: query.limit };
    const engineQuery: EngineTaskQuery = {
      ...this.visibility(user, query.list),
      ...(query.processKey ? { processDefinitionKey: query.processKey } : {}),
      ...(query.businessKey ? { processInstanceBusinessKeyLike: `%${query.businessKey}%` } : {}),
      ...(lotInstances ? { processInstanceIdIn: lotInstances } : {}),
      ...(query.dueBefore ? { dueBefore: toEngineDate(query.dueBefore) } : {}),
      ...(query.dueAfter ? { dueAfter: toEngineDate(query.dueAfter) } : {}),
      ...(query.minPriority === undefined ? {} : { minPriority: query.minPriority }),
      ...(query.maxPriority === undefined ? {} : { maxPriority: query.maxPriority }),
      // The id breaks ties, so pages never repeat or skip a task whose sort value equals its neighbour's.
      sorting: [
        { sortBy: TASK_SORTS[query.sort], sortOrder: query.order },
        { sortBy: 'created', sortOrder: 'asc' },
      ],
    };
    const [tasks, total] = await Promise.all([
      this.engine.queryTasks(engineQuery, { firstResult: query.offset, maxResults: query.limit }),
      this.engine.countTasks(engineQuery),
    ]);
    return { items: await this.summarise(tasks), total, offset: query.offset, limit: query.limit };
  }

  async counts(user: AuthenticatedUser): Promise<Record<TaskList, number>> {
    const [mine, groups, all] = await Promise.all(TASK_LISTS.map((list) => this.engine.countTasks(this.visibility(user, list))));
    return { mine: mine!, groups: groups!, all: all! };
  }

  async detail(user: AuthenticatedUser, taskId: string): Promise<TaskDetail> {
    const { task, candidateGroups } = await this.visibleTask(user, taskId);
    const [[summary], settings, rawVariables, comments] = await Promise.all([
      this.summarise([task]),
      this.userTaskSettings(task),
      this.engine.taskVariables(taskId),
      this.dataSource.getRepository(TaskCommentEntity).find({ where: { taskId }, order: { createdAt: 'ASC' } }),
    ]);
    const variables = Object.fromEntries(
      Object.entries(rawVariables)
        .filter(([, variable]) => PRIMITIVE_VARIABLE_TYPES.has(variable.type) || variable.type === 'Json')
        .map(([name, variable]) => [name, variable.type === 'Json' && typeof variable.value === 'string' ? safeJson(variable.value) : variable.value]),
    );
    let form: TaskDetail['form'] = null;
    if (settings?.formType) {
      const { version, type } = await this.records.publishedType(settings.formType);
      // A process variable named like a field starts the form, unless the field could never hold it
      // (the rule table's 'hold' is no choice of a decision's accept/reject).
      const initialValues = Object.fromEntries(
        type.fields
          .filter((field) => variables[field.name] !== undefined)
          .filter((field) => field.kind !== 'enum' || field.values.some((choice) => choice.value === variables[field.name]))
          .map((field) => [field.name, variables[field.name]]),
      );
      form = { type: settings.formType, version, definition: type, initialValues };
    }
    const codes = new Set<string>();
    if (summary!.businessKey) codes.add(summary!.businessKey);
    for (const value of Object.values(variables)) if (typeof value === 'string' && value.length <= 120) codes.add(value);
    const related = await this.records.findByCodes([...codes]);
    const records = await Promise.all(
      related.map(async (record) => ({
        type: record.typeKey,
        code: record.code,
        revision: record.revision,
        values: record.values,
        signatures: await this.signatures.forSubject(record.typeKey, record.code, { version: record.revision, content: signedContent(record) }),
      })),
    );
    const isAdmin = user.roles.includes('admin');
    const isCandidate = isAdmin || candidateGroups.some((group) => (user.roles as string[]).includes(group));
    return {
      ...summary!,
      description: task.description,
      candidateGroups,
      variables,
      form,
      signature: settings?.signatureMeaning ? { meaning: settings.signatureMeaning } : null,
      comments: comments.map((comment) => ({ id: comment.id, author: comment.author, printedName: comment.printedName, text: comment.text, createdAt: comment.createdAt.toISOString() })),
      records,
      allowed: {
        claim: task.assignee === null && isCandidate,
        unclaim: task.assignee !== null && (task.assignee === user.username || isAdmin),
        assign: isCandidate,
        complete: task.assignee === user.username,
      },
    };
  }

  async claim(user: AuthenticatedUser, taskId: string): Promise<TaskDetail> {
    const { task, candidateGroups } = await this.visibleTask(user, taskId);
    if (task.assignee === user.username) return this.detail(user, taskId);
    if (task.assignee !== null) throw new ConflictError(`The task is already claimed by ${task.assignee}. Ask them or an administrator to hand it over.`, '/assignee');
    this.requireCandidate(user, candidateGroups);
    await this.audited(user, 'task.claimed', task, () => this.engine.claimTask(taskId, user.username), { assignee: user.username });
    return this.detail(user, taskId);
  }

  async unclaim(user: AuthenticatedUser, taskId: string): Promise<TaskDetail> {
    const { task } = await this.visibleTask(user, taskId);
    if (task.assignee === null) return this.detail(user, taskId);
    if (task.assignee !== user.username && !user.roles.includes('admin')) {
      throw new ConflictError(`The task is claimed by ${task.assignee}; only they or an administrator can give it back.`, '/assignee');
    }
    await this.audited(user, 'task.unclaimed', task, () => this.engine.unclaimTask(taskId), { assignee: null });
    return this.detail(user, taskId);
  }

  /** Hands the task to a colleague who could claim it themselves. */
  async assign(user: AuthenticatedUser, taskId: string, username: string): Promise<TaskDetail> {
    const { task, candidateGroups } = await this.visibleTask(user, taskId);
    this.requireCandidate(user, candidateGroups);
    const colleague = (await this.identity.listUsers()).find((candidate) => candidate.username === username);
    if (!colleague) throw new RequestInvalidError([{ pointer: '/username', message: `there is no user '${username}'`, keyword: 'exists' }]);
    if (!colleague.roles.some((role) => role === 'admin' || candidateGroups.includes(role))) {
      throw new RequestInvalidError([
        { pointer: '/username', message: `${colleague.displayName} has none of the task's groups (${candidateGroups.join(', ') || 'none'})`, keyword: 'candidate' },
      ]);
    }
    await this.audited(user, 'task.assigned', task, () => this.engine.setTaskAssignee(taskId, username), { assignee: username });
    return this.detail(user, taskId);
  }

  /** The colleagues who may work the task: users with one of its groups. */
  async candidates(user: AuthenticatedUser, taskId: string): Promise<Array<{ username: string; displayName: string }>> {
    const { candidateGroups } = await this.visibleTask(user, taskId);
    return (await this.identity.listUsers())
      .filter((candidate) => candidate.roles.some((role) => candidateGroups.includes(role)))
      .map(({ username, displayName }) => ({ username, displayName }));
  }

  async setDates(user: AuthenticatedUser, taskId: string, dates: { due?: string | null; followUp?: string | null }): Promise<TaskDetail> {
    const { task, candidateGroups } = await this.visibleTask(user, taskId);
    this.requireCandidate(user, candidateGroups, task);
    const updated: EngineTask = {
      ...task,
      ...(dates.due === undefined ? {} : { due: dates.due === null ? null : toEngineDate(dates.due) }),
      ...(dates.followUp === undefined ? {} : { followUp: dates.followUp === null ? null : toEngineDate(dates.followUp) }),
    };
    await this.audited(user, 'task.dates-changed', task, () => this.engine.updateTask(updated), { due: dates.due, followUp: dates.followUp });
    return this.detail(user, taskId);
  }

  async comment(user: AuthenticatedUser, taskId: string, text: string): Promise<TaskDetail> {
    const { task } = await this.visibleTask(user, taskId);
    await inTransaction(this.dataSource, async (manager) => {
      const comment: TaskComment = {
        id: randomUUID(),
        taskId,
        processInstanceId: task.processInstanceId,
        author: user.username,
        printedName: user.displayName,
        text,
        createdAt: new Date(),
      };
      await manager.getRepository(TaskCommentEntity).insert(comment);
      await this.audit.append(manager, { actor: user.username, action: 'task.commented', entityType: 'task', entityId: taskId, after: { text } });
    });
    return this.detail(user, taskId);
  }

  /**
   * Completes the task: the values are validated against the task's dictionary type and stored as a
   * record, a required signature is checked (password) and bound to that record version — in one
   * transaction, so invalid values or a wrong password leave nothing behind — and then the engine
   * moves on. The write is keyed by the task: when the engine does not answer, sending the same
   * values again completes the task without writing anything twice; a completion that went through
   * answers the same result.
   */
  async complete(user: AuthenticatedUser, taskId: string, input: CompletionInput): Promise<CompletionResult> {
    const task = await this.engine.task(taskId);
    if (!task) return this.earlierCompletion(user, taskId);
    const { candidateGroups } = await this.visibleTask(user, taskId, task);
    if (task.assignee !== user.username) {
      throw new ConflictError(
        task.assignee === null ? 'Claim the task before completing it.' : `The task is claimed by ${task.assignee}; only the assignee can complete it.`,
        '/assignee',
      );
    }
    void candidateGroups;
    const settings = await this.userTaskSettings(task);
    const meaning = settings?.signatureMeaning ?? null;
    if (meaning) {
      if (!input.signature) {
        throw new RequestInvalidError([{ pointer: '/signature', message: `this task is signed: give your password and the meaning '${meaning}'`, keyword: 'required' }]);
      }
      if (input.signature.meaning !== meaning) {
        throw new RequestInvalidError([{ pointer: '/signature/meaning', message: `must be '${meaning}', the meaning this step's signature has`, keyword: 'const' }]);
      }
    }
    const formType = settings?.formType ?? null;
    if (!formType) assertPrimitiveValues(input.values);
    if (meaning) await this.signatures.authenticateSigner(user, input.signature!.password, { type: formType ?? 'task', id: taskId });

    // First the record, the signature and the audit, committed — keyed by the task, so a retry
    // after the engine did not answer replays them instead of writing them twice. Then the engine:
    // the next steps of the process only start once what this task wrote can be read.
    const { result } = await inTransaction(this.dataSource, (manager) =>
      once<StoredCompletion>(manager, completionKey(taskId), hashActionRequest({ user: user.username, values: input.values }), async () => {
        let record: CompletionResult['record'] = null;
        let variables: Record<string, unknown> = input.values;
        let subject = { type: 'task', id: taskId, version: 1, content: { task: taskId, values: input.values } as unknown };
        if (formType) {
          const stored = await this.records.create(
            formType,
            { values: input.values, actor: user.username, locale: input.locale, reason: `Completed the task '${task.name ?? task.id}'` },
            manager,
          );
          record = { type: formType, code: stored.code, revision: stored.revision };
          variables = {
            ...Object.fromEntries(Object.entries(stored.values).filter(([, value]) => ['string', 'number', 'boolean'].includes(typeof value))),
            [recordCodeVariable(formType)]: stored.code,
          };
          subject = { type: formType, id: stored.code, version: stored.revision, content: signedContent(stored) };
        }
        const signature = meaning
          ? await this.signatures.sign(manager, { signer: user, meaning, subject, taskId, processInstanceId: task.processInstanceId })
          : null;
        await this.audit.append(manager, {
          actor: user.username,
          action: 'task.completed',
          entityType: 'task',
          entityId: taskId,
          after: { name: task.name, processInstanceId: task.processInstanceId, ...(record ? { record: record.code } : {}), ...(signature ? { signature: signature.id } : {}) },
        });
        return {
          processInstanceId: task.processInstanceId,
          record,
          signature: signature ? { id: signature.id, meaning: signature.meaning, printedName: signature.printedName, signedAt: signature.signedAt.toISOString() } : null,
          variables,
        };
      }),
    ).catch((error: unknown) => {
      if (error instanceof ActionRequestChangedError) {
        throw new ConflictError('This task was already completed with other values, and the process has not taken them yet: send the same values again.', '/values');
      }
      throw error;
    });
    await this.engine.completeTask(taskId, result.variables);
    const { variables: _variables, ...answer } = result;
    // Whether or not the record was written by an earlier attempt, this call moved the task on.
    return { taskId, ...answer, completedNow: true };
  }

  private async earlierCompletion(user: AuthenticatedUser, taskId: string): Promise<CompletionResult> {
    const receipt = await this.dataSource.getRepository(ActionReceiptEntity).findOneBy({ key: completionKey(taskId) });
    const stored = receipt?.result as StoredCompletion | null | undefined;
    if (stored && !stored.signature) {
      const { variables: _variables, ...answer } = stored;
      return { taskId, ...answer, completedNow: false };
    }
    const signature = await this.signatures.byTask(taskId);
    if (!signature || signature.signerUsername !== user.username) throw new NotFoundError(`The task '${taskId}'`);
    return {
      taskId,
      processInstanceId: signature.processInstanceId,
      record: signature.subjectType === 'task' ? null : { type: signature.subjectType, code: signature.subjectId, revision: signature.subjectVersion },
      signature: { id: signature.id, meaning: signature.meaning, printedName: signature.printedName, signedAt: signature.signedAt.toISOString() },
      completedNow: false,
    };
  }

  /** The filters that make a list: whose tasks the user sees. */
  private visibility(user: AuthenticatedUser, list: TaskList): EngineTaskQuery {
    const groups = [...user.roles];
    switch (list) {
      case 'mine':
        return { assignee: user.username };
      case 'groups':
        return { candidateGroups: groups };
      case 'all':
        return user.roles.includes('admin') ? {} : { orQueries: [{ assignee: user.username, candidateGroups: groups, includeAssignedTasks: true }] };
    }
  }

  private async visibleTask(user: AuthenticatedUser, taskId: string, known?: EngineTask): Promise<{ task: EngineTask; candidateGroups: string[] }> {
    const task = known ?? (await this.engine.task(taskId));
    if (!task) throw new NotFoundError(`The task '${taskId}'`);
    const links = await this.engine.taskIdentityLinks(taskId);
    const candidateGroups = links.filter((link) => link.type === 'candidate' && link.groupId).map((link) => link.groupId!);
    const visible = user.roles.includes('admin') || task.assignee === user.username || candidateGroups.some((group) => (user.roles as string[]).includes(group));
    // A task the user may not see is reported as missing: its existence is not theirs to know.
    if (!visible) throw new NotFoundError(`The task '${taskId}'`);
    return { task, candidateGroups };
  }

  private requireCandidate(user: AuthenticatedUser, candidateGroups: string[], task?: EngineTask): void {
    if (user.roles.includes('admin') || task?.assignee === user.username) return;
    if (!candidateGroups.some((group) => (user.roles as string[]).includes(group))) throw new ForbiddenError(candidateGroups);
  }

  private async audited(user: AuthenticatedUser, action: string, task: EngineTask, change: () => Promise<void>, after: Record<string, unknown>): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      await this.audit.append(manager, { actor: user.username, action, entityType: 'task', entityId: task.id, before: { assignee: task.assignee, due: task.due, followUp: task.followUp }, after });
      try {
        await change();
      } catch (error) {
        if (error instanceof EngineRejectedError && /already claimed/i.test(error.message)) {
          throw new ConflictError('Someone else claimed the task a moment ago.', '/assignee');
        }
        throw error;
      }
    });
  }

  private async summarise(tasks: EngineTask[]): Promise<TaskSummary[]> {
    const instanceIds = [...new Set(tasks.map((task) => task.processInstanceId).filter((id): id is string => id !== null))];
    const [instances, definitions] = await Promise.all([
      this.engine.processInstances(instanceIds),
      Promise.all([...new Set(tasks.map((task) => task.processDefinitionId).filter((id): id is string => id !== null))].map((id) => this.definition(id))),
    ]);
    const businessKeys = new Map(instances.map((instance) => [instance.id, instance.businessKey]));
    const definitionsById = new Map(definitions.map((definition) => [definition.id, definition]));
    return tasks.map((task) => {
      const definition = task.processDefinitionId ? definitionsById.get(task.processDefinitionId) : undefined;
      return {
        id: task.id,
        name: task.name,
        processKey: definition?.key ?? null,
        processName: definition?.name ?? null,
        processVersion: definition?.version ?? null,
        processInstanceId: task.processInstanceId,
        businessKey: (task.processInstanceId && businessKeys.get(task.processInstanceId)) || null,
        taskDefinitionKey: task.taskDefinitionKey,
        assignee: task.assignee,
        created: fromEngineDate(task.created)!,
        due: fromEngineDate(task.due),
        followUp: fromEngineDate(task.followUp),
        priority: task.priority,
        formType: task.formKey?.startsWith('lotflow:form:') ? task.formKey.slice('lotflow:form:'.length) : null,
      };
    });
  }

  private definition(definitionId: string): Promise<ProcessDefinition> {
    return readOnce(this.definitions, definitionId, () => this.engine.processDefinition(definitionId));
  }

  private async userTaskSettings(task: EngineTask): Promise<UserTaskSettings | undefined> {
    const { processDefinitionId, taskDefinitionKey } = task;
    if (!processDefinitionId || !taskDefinitionKey) return undefined;
    const settings = await readOnce(this.settings, processDefinitionId, () => this.engine.processDefinitionXml(processDefinitionId).then(readUserTaskSettings));
    return settings.get(taskDefinitionKey);
  }
}

/** What a completion stored before the engine was told: the answer, and the variables to send it. */
interface StoredCompletion {
  processInstanceId: string | null;
  record: CompletionResult['record'];
  signature: CompletionResult['signature'];
  variables: Record<string, unknown>;
}

function completionKey(taskId: string): string {
  return `task-completion:${taskId}`;
}

function assertPrimitiveValues(values: Record<string, unknown>): void {
  const issues = Object.entries(values)
    .filter(([name, value]) => !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name) || !['string', 'number', 'boolean'].includes(typeof value))
    .map(([name]) => ({ pointer: `/values/${name}`, message: 'a task without a dictionary form takes only text, number or yes/no values with simple names', keyword: 'type' }));
  if (issues.length > 0) throw new RequestInvalidError(issues);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
