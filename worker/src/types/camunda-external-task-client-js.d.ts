// The client ships no type declarations; this covers what Lotflow uses.
declare module 'camunda-external-task-client-js' {
  export interface ExternalTask {
    id: string;
    topicName: string;
    processDefinitionId: string;
    processInstanceId: string;
    businessKey: string | null;
    activityId: string;
    retries: number | null;
    variables: { getAll(): Record<string, unknown> };
  }
  export class Variables {
    setAll(values: Record<string, unknown>): this;
  }
  export interface TaskService {
    complete(task: ExternalTask, processVariables?: Variables, localVariables?: Variables): Promise<void>;
    handleFailure(task: ExternalTask, options: { errorMessage: string; errorDetails?: string; retries: number; retryTimeout: number }): Promise<void>;
    handleBpmnError(task: ExternalTask, errorCode: string, errorMessage?: string, variables?: Variables): Promise<void>;
    unlock(task: ExternalTask): Promise<void>;
  }
  export interface ClientOptions {
    baseUrl: string;
    workerId?: string;
    maxTasks?: number;
    interval?: number;
    lockDuration?: number;
    asyncResponseTimeout?: number;
    autoPoll?: boolean;
    use?: unknown;
    interceptors?: unknown;
  }
  export class Client {
    constructor(options: ClientOptions);
    subscribe(topic: string, options: { lockDuration?: number }, handler: (args: { task: ExternalTask; taskService: TaskService }) => Promise<void>): unknown;
    start(): void;
    stop(): void;
    on(event: string, listener: (...args: unknown[]) => void): this;
    once(event: string, listener: (...args: unknown[]) => void): this;
  }
  export class BasicAuthInterceptor {
    constructor(options: { username: string; password: string });
  }
}
