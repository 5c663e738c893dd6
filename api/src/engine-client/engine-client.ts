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

  private async request<T>(method: string, path: string, body?: FormData | object): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
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
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
