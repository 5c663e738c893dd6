import { EngineRejectedError, EngineUnavailableError, ProcessNotFoundError } from '../http/lotflow-error.js';
import { toTypedVariables } from './engine-variables.js';

export interface EngineClientOptions {
  url: string;
  user?: string;
  password?: string;
  timeoutMs: number;
}

export interface EngineDeployment {
  id: string;
  name: string | null;
  deploymentTime: string;
  deployedProcessDefinitions: Record<string, ProcessDefinition> | null;
}

export interface ProcessDefinition {
  id: string;
  key: string;
  name: string | null;
  version: number;
  deploymentId: string;
  resource: string;
  suspended: boolean;
}

export interface StartedInstance {
  id: string;
  definitionId: string;
  businessKey: string | null;
  ended: boolean;
}

/** A process instance as the history API keeps it: running ones have no end time. */
export interface HistoricProcessInstance {
  id: string;
  businessKey: string | null;
  processDefinitionId: string;
  processDefinitionKey: string;
  processDefinitionName: string | null;
  processDefinitionVersion: number;
  startTime: string;
  endTime: string | null;
  state: 'ACTIVE' | 'SUSPENDED' | 'COMPLETED' | 'EXTERNALLY_TERMINATED' | 'INTERNALLY_TERMINATED';
}

/** One node of a running instance's activity instance tree (GET /process-instance/{id}/activity-instances). */
export interface ActivityInstanceTree {
  id: string;
  activityId: string;
  activityName: string | null;
  activityType: string;
  childActivityInstances: ActivityInstanceTree[];
  /** Tokens waiting at an asynchronous continuation before or after an activity. */
  childTransitionInstances: Array<{ id: string; activityId: string; activityName: string | null; activityType: string }>;
}

export type IncidentType = 'failedJob' | 'failedExternalTask' | (string & {});

export interface EngineIncident {
  id: string;
  processDefinitionId: string;
  processInstanceId: string;
  executionId: string;
  incidentTimestamp: string;
  incidentType: IncidentType;
  activityId: string;
  failedActivityId: string | null;
  causeIncidentId: string;
  rootCauseIncidentId: string;
  /** The id of the failed job or external task. */
  configuration: string | null;
  incidentMessage: string | null;
}

/** What failed: an external task (a worker's topic) or a job (an asynchronous continuation, a timer). */
export interface FailedWork {
  id: string;
  retries: number | null;
  errorMessage: string | null;
}

export interface HistoricActivityInstance {
  id: string;
  activityId: string;
  activityName: string | null;
  activityType: string;
  startTime: string;
  endTime: string | null;
  assignee: string | null;
  canceled: boolean;
}

export interface InstanceFilter {
  processKey?: string;
  /** Part of the business key. */
  businessKey?: string;
  offset: number;
  limit: number;
}

export interface IncidentFilter {
  processKey?: string;
  processInstanceId?: string;
  offset: number;
  limit: number;
}

/** A Camunda 7 task as its REST API returns it. */
export interface EngineTask {
  id: string;
  name: string | null;
  description: string | null;
  assignee: string | null;
  owner: string | null;
  created: string;
  due: string | null;
  followUp: string | null;
  priority: number;
  delegationState: string | null;
  parentTaskId: string | null;
  caseInstanceId: string | null;
  tenantId: string | null;
  processDefinitionId: string | null;
  processInstanceId: string | null;
  taskDefinitionKey: string | null;
  formKey: string | null;
  suspended: boolean;
}

/** The filters and sorting of Camunda's task query (POST /task), as far as the inbox uses them. */
export interface EngineTaskQuery {
  assignee?: string;
  candidateGroups?: string[];
  includeAssignedTasks?: boolean;
  unassigned?: boolean;
  processDefinitionKey?: string;
  processInstanceBusinessKeyLike?: string;
  processVariables?: Array<{ name: string; operator: 'eq' | 'like'; value: unknown }>;
  processInstanceIdIn?: string[];
  dueBefore?: string;
  dueAfter?: string;
  withoutDueDate?: boolean;
  minPriority?: number;
  maxPriority?: number;
  taskId?: string;
  orQueries?: Array<Omit<EngineTaskQuery, 'orQueries' | 'sorting'>>;
  sorting?: Array<{ sortBy: 'created' | 'dueDate' | 'followUpDate' | 'priority' | 'name'; sortOrder: 'asc' | 'desc' }>;
}

/** The subset of Camunda 7's REST API (/engine-rest) the api uses. */
export class EngineClient {
  private readonly authorization?: string;

  constructor(private readonly options: EngineClientOptions) {
    if (options.user) {
      this.authorization = `Basic ${Buffer.from(`${options.user}:${options.password ?? ''}`).toString('base64')}`;
    }
  }

  get url(): string {
    return this.options.url;
  }

  async version(): Promise<string> {
    return (await this.request<{ version: string }>('GET', '/version')).version;
  }

  async deploy(input: { name: string; source: string; resources: Array<{ name: string; content: string }> }): Promise<EngineDeployment> {
    const form = new FormData();
    form.set('deployment-name', input.name);
    form.set('deployment-source', input.source);
    form.set('deploy-changed-only', 'true');
    form.set('enable-duplicate-filtering', 'true');
    for (const resource of input.resources) {
      form.append(resource.name, new Blob([resource.content], { type: 'application/xml' }), resource.name);
    }
    return this.request<EngineDeployment>('POST', '/deployment/create', form);
  }

  async latestProcessDefinitions(): Promise<ProcessDefinition[]> {
    return this.request<ProcessDefinition[]>('GET', '/process-definition?latestVersion=true&sortBy=key&sortOrder=asc');
  }

  async countInstances(processKey: string, state: 'running' | 'finished'): Promise<number> {
    const flag = state === 'running' ? 'unfinished' : 'finished';
    const query = `processDefinitionKey=${encodeURIComponent(processKey)}&${flag}=true`;
    return (await this.request<{ count: number }>('GET', `/history/process-instance/count?${query}`)).count;
  }

  async startInstance(processKey: string, input: { businessKey?: string; variables: Record<string, unknown> }): Promise<StartedInstance> {
    try {
      return await this.request<StartedInstance>('POST', `/process-definition/key/${encodeURIComponent(processKey)}/start`, {
        businessKey: input.businessKey,
        variables: toTypedVariables(input.variables),
      });
    } catch (error) {
      if (error instanceof EngineRejectedError && error.status === 404) throw new ProcessNotFoundError(processKey);
      throw error;
    }
  }

  /** Starts exactly this version of a process, as the start form checked it. */
  async startDefinition(definitionId: string, input: { businessKey: string; variables: Record<string, unknown> }): Promise<StartedInstance> {
    return this.request<StartedInstance>('POST', `/process-definition/${encodeURIComponent(definitionId)}/start`, {
      businessKey: input.businessKey,
      variables: toTypedVariables(input.variables),
    });
  }

  /** The latest version of a process; null when none is deployed. */
  async latestProcessDefinition(processKey: string): Promise<ProcessDefinition | null> {
    return this.orNullWhenMissing(() => this.request<ProcessDefinition>('GET', `/process-definition/key/${encodeURIComponent(processKey)}`));
  }

  /** The instances of a process with exactly this business key, running or ended, oldest first. */
  async instancesWithBusinessKey(processKey: string, businessKey: string): Promise<HistoricProcessInstance[]> {
    const query = new URLSearchParams({ processDefinitionKey: processKey, processInstanceBusinessKey: businessKey, sortBy: 'startTime', sortOrder: 'asc' });
    return this.request<HistoricProcessInstance[]>('GET', `/history/process-instance?${query.toString()}`);
  }

  async runningInstances(filter: InstanceFilter): Promise<{ items: HistoricProcessInstance[]; total: number }> {
    const query = instanceQuery(filter);
    const [items, total] = await Promise.all([
      this.request<HistoricProcessInstance[]>('GET', `/history/process-instance?${query}&sortBy=startTime&sortOrder=desc&firstResult=${filter.offset}&maxResults=${filter.limit}`),
      this.request<{ count: number }>('GET', `/history/process-instance/count?${query}`),
    ]);
    return { items, total: total.count };
  }

  /** A process instance, running or ended; null when the engine never had it (or its history was removed). */
  async historicProcessInstance(id: string): Promise<HistoricProcessInstance | null> {
    return this.orNullWhenMissing(() => this.request<HistoricProcessInstance>('GET', `/history/process-instance/${encodeURIComponent(id)}`));
  }

  /** Where a running instance's tokens are; null when the instance is not running. */
  async activityInstanceTree(processInstanceId: string): Promise<ActivityInstanceTree | null> {
    return this.orNullWhenMissing(() => this.request<ActivityInstanceTree>('GET', `/process-instance/${encodeURIComponent(processInstanceId)}/activity-instances`));
  }

  /** Every activity the instance entered, in the order it entered them. */
  async activityHistory(processInstanceId: string): Promise<HistoricActivityInstance[]> {
    return this.request<HistoricActivityInstance[]>('POST', '/history/activity-instance?maxResults=2000', {
      processInstanceId,
      sorting: [
        { sortBy: 'startTime', sortOrder: 'asc' },
        { sortBy: 'occurrence', sortOrder: 'asc' },
      ],
    });
  }

  async processDefinitionXml(processDefinitionId: string): Promise<string> {
    return (await this.request<{ id: string; bpmn20Xml: string }>('GET', `/process-definition/${encodeURIComponent(processDefinitionId)}/xml`)).bpmn20Xml;
  }

  async incidents(filter: IncidentFilter): Promise<{ items: EngineIncident[]; total: number }> {
    const parameters = new URLSearchParams();
    if (filter.processKey) parameters.set('processDefinitionKeyIn', filter.processKey);
    if (filter.processInstanceId) parameters.set('processInstanceId', filter.processInstanceId);
    const query = parameters.toString();
    const [items, total] = await Promise.all([
      this.request<EngineIncident[]>('GET', `/incident?${query}&sortBy=incidentTimestamp&sortOrder=desc&firstResult=${filter.offset}&maxResults=${filter.limit}`),
      this.request<{ count: number }>('GET', `/incident/count?${query}`),
    ]);
    return { items, total: total.count };
  }

  async countIncidents(processInstanceId: string): Promise<number> {
    return (await this.request<{ count: number }>('GET', `/incident/count?processInstanceId=${encodeURIComponent(processInstanceId)}`)).count;
  }

  /** An open incident; null once it was resolved (retried, or its instance ended). */
  async incident(id: string): Promise<EngineIncident | null> {
    return this.orNullWhenMissing(() => this.request<EngineIncident>('GET', `/incident/${encodeURIComponent(id)}`));
  }

  async externalTask(id: string): Promise<FailedWork | null> {
    return this.orNullWhenMissing(() => this.request<FailedWork>('GET', `/external-task/${encodeURIComponent(id)}`));
  }

  /** The worker's full error report (the stack or the explanation it sent with handleFailure). */
  async externalTaskErrorDetails(id: string): Promise<string | null> {
    return this.orNullWhenMissing(() => this.requestText('GET', `/external-task/${encodeURIComponent(id)}/errorDetails`));
  }

  async job(id: string): Promise<FailedWork | null> {
    const job = await this.orNullWhenMissing(() => this.request<{ id: string; retries: number | null; exceptionMessage: string | null }>('GET', `/job/${encodeURIComponent(id)}`));
    return job ? { id: job.id, retries: job.retries, errorMessage: job.exceptionMessage } : null;
  }

  async jobStacktrace(id: string): Promise<string | null> {
    return this.orNullWhenMissing(() => this.requestText('GET', `/job/${encodeURIComponent(id)}/stacktrace`));
  }

  /** Retries above 0 resolve the external task's incident: a worker fetches it again. */
  async setExternalTaskRetries(id: string, retries: number): Promise<void> {
    await this.request<void>('PUT', `/external-task/${encodeURIComponent(id)}/retries`, { retries });
  }

  /** Retries above 0 resolve the job's incident: the job executor runs it again. */
  async setJobRetries(id: string, retries: number): Promise<void> {
    await this.request<void>('PUT', `/job/${encodeURIComponent(id)}/retries`, { retries });
  }

  /**
   * Delivers a BPMN message (POST /message) to the one execution waiting for it, found by business
   * key or process instance id. The engine refuses with 400 when none or several wait.
   */
  async correlateMessage(input: { messageName: string; businessKey?: string; processInstanceId?: string; variables: Record<string, unknown> }): Promise<Array<{ resultType: 'Execution' | 'ProcessDefinition'; processInstanceId: string | null }>> {
    const results = await this.request<Array<{ resultType: 'Execution' | 'ProcessDefinition'; execution: { processInstanceId: string } | null; processInstance: { id: string } | null }>>('POST', '/message', {
      messageName: input.messageName,
      ...(input.businessKey === undefined ? {} : { businessKey: input.businessKey }),
      ...(input.processInstanceId === undefined ? {} : { processInstanceId: input.processInstanceId }),
      processVariables: toTypedVariables(input.variables),
      resultEnabled: true,
    });
    return results.map((result) => ({ resultType: result.resultType, processInstanceId: result.execution?.processInstanceId ?? result.processInstance?.id ?? null }));
  }

  private async orNullWhenMissing<T>(call: () => Promise<T>): Promise<T | null> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof EngineRejectedError && error.status === 404) return null;
      throw error;
    }
  }

  private async requestText(method: string, path: string): Promise<string> {
    return this.send(method, path, undefined, 'text/plain');
  }

  /** One page of a task query (Camunda's POST /task body), newest engine semantics. */
  async queryTasks(query: EngineTaskQuery, page: { firstResult: number; maxResults: number }): Promise<EngineTask[]> {
    return this.request<EngineTask[]>('POST', `/task?firstResult=${page.firstResult}&maxResults=${page.maxResults}`, query);
  }

  async countTasks(query: EngineTaskQuery): Promise<number> {
    const { sorting: _sorting, ...filter } = query;
    return (await this.request<{ count: number }>('POST', '/task/count', filter)).count;
  }

  /**
   * The process instances whose own (not local) variable has this text value. Asked of the
   * variables directly, which is far cheaper than a task query correlating variables per task.
   */
  async processInstancesWithVariable(name: string, value: string): Promise<string[]> {
    const variables = await this.request<Array<{ processInstanceId: string; executionId: string }>>('POST', '/variable-instance?deserializeValues=false', {
      variableName: name,
      variableValues: [{ name, operator: 'eq', value }],
    });
    return [...new Set(variables.filter((variable) => variable.executionId === variable.processInstanceId).map((variable) => variable.processInstanceId))];
  }

  /** The task, or `null` when it does not exist (any more): completed, deleted or never there. */
  async task(taskId: string): Promise<EngineTask | null> {
    try {
      return await this.request<EngineTask>('GET', `/task/${encodeURIComponent(taskId)}`);
    } catch (error) {
      if (error instanceof EngineRejectedError && error.status === 404) return null;
      throw error;
    }
  }

  async taskIdentityLinks(taskId: string): Promise<Array<{ userId: string | null; groupId: string | null; type: string }>> {
    return this.request('GET', `/task/${encodeURIComponent(taskId)}/identity-links`);
  }

  async taskVariables(taskId: string): Promise<Record<string, { type: string; value: unknown }>> {
    return this.request('GET', `/task/${encodeURIComponent(taskId)}/variables?deserializeValues=false`);
  }

  async claimTask(taskId: string, userId: string): Promise<void> {
    await this.request('POST', `/task/${encodeURIComponent(taskId)}/claim`, { userId });
  }

  async unclaimTask(taskId: string): Promise<void> {
    await this.request('POST', `/task/${encodeURIComponent(taskId)}/unclaim`, {});
  }

  async setTaskAssignee(taskId: string, userId: string): Promise<void> {
    await this.request('POST', `/task/${encodeURIComponent(taskId)}/assignee`, { userId });
  }

  /** Camunda's PUT /task replaces every attribute, so the caller passes the whole task back. */
  async updateTask(task: EngineTask): Promise<void> {
    const { id, name, description, priority, assignee, owner, delegationState, due, followUp, parentTaskId, caseInstanceId, tenantId } = task;
    await this.request('PUT', `/task/${encodeURIComponent(id)}`, {
      name, description, priority, assignee, owner, delegationState, due, followUp, parentTaskId, caseInstanceId, tenantId,
    });
  }

  async completeTask(taskId: string, variables: Record<string, unknown>): Promise<void> {
    await this.request('POST', `/task/${encodeURIComponent(taskId)}/complete`, { variables: toTypedVariables(variables) });
  }

  async processInstances(ids: readonly string[]): Promise<Array<{ id: string; businessKey: string | null; definitionId: string }>> {
    if (ids.length === 0) return [];
    return this.request('POST', '/process-instance', { processInstanceIds: ids });
  }

  async processDefinition(definitionId: string): Promise<ProcessDefinition> {
    return this.request<ProcessDefinition>('GET', `/process-definition/${encodeURIComponent(definitionId)}`);
  }

  private async request<T>(method: string, path: string, body?: FormData | object): Promise<T> {
    const text = await this.send(method, path, body, 'application/json');
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }

  private async send(method: string, path: string, body: FormData | object | undefined, accept: string): Promise<string> {
    const headers: Record<string, string> = { accept };
    if (this.authorization) headers.authorization = this.authorization;
    let payload: FormData | string | undefined;
    if (body instanceof FormData) {
      payload = body;
    } else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    let response: Response;
    try {
      response = await fetch(`${this.options.url}${path}`, {
        method,
        headers,
        body: payload ?? null,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      throw new EngineUnavailableError(this.options.url, (error as { cause?: unknown }).cause ?? error);
    }
    const text = await response.text();
    if (!response.ok) {
      const problem = parseJson(text) as { type?: string; message?: string; details?: unknown } | undefined;
      if (response.status === 401 || response.status === 403) {
        throw new EngineUnavailableError(this.options.url, new Error(`the engine refused the api's credentials (HTTP ${response.status})`));
      }
      throw new EngineRejectedError(
        response.status,
        problem?.type ?? 'HttpError',
        problem?.message ?? `HTTP ${response.status} from ${method} ${path}`,
        problem?.details,
      );
    }
    return text;
  }
}

function instanceQuery(filter: InstanceFilter): string {
  const parameters = new URLSearchParams({ unfinished: 'true' });
  if (filter.processKey) parameters.set('processDefinitionKey', filter.processKey);
  if (filter.businessKey) parameters.set('processInstanceBusinessKeyLike', `%${filter.businessKey}%`);
  return parameters.toString();
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
