import type { DataSource } from 'typeorm';
import { inTransaction } from '../../database/transaction.js';
import type {
  ActivityInstanceTree,
  EngineClient,
  EngineIncident,
  HistoricProcessInstance,
  IncidentFilter,
  InstanceFilter,
} from '../../engine-client/engine-client.js';
import { ConflictError, NotFoundError } from '../../http/lotflow-error.js';
import type { AuditTrail } from '../audit/audit-trail.service.js';

export interface CurrentActivity {
  activityId: string;
  activityName: string | null;
  activityType: string;
}

export interface RunningInstance {
  id: string;
  processKey: string;
  processName: string | null;
  processVersion: number;
  businessKey: string | null;
  startedAt: string;
  suspended: boolean;
  currentActivities: CurrentActivity[];
  incidentCount: number;
}

export interface Incident {
  id: string;
  type: string;
  /** The short message the engine shows, e.g. the worker's errorMessage. */
  message: string | null;
  /** The full error: the worker's error details or the job's stack trace. */
  errorDetails: string | null;
  activityId: string;
  activityName: string | null;
  processInstanceId: string;
  processKey: string | null;
  businessKey: string | null;
  createdAt: string;
  externalTaskId: string | null;
  jobId: string | null;
  retriesLeft: number | null;
}

export interface RetryResult {
  incidentId: string;
  processInstanceId: string;
  activityId: string;
  externalTaskId: string | null;
  jobId: string | null;
  retries: number;
}

export interface ProcessContext {
  id: string;
  processKey: string;
  processName: string | null;
  processVersion: number;
  businessKey: string | null;
  state: HistoricProcessInstance['state'];
  startedAt: string;
  endedAt: string | null;
  bpmnXml: string;
  activeActivityIds: string[];
  incidentActivityIds: string[];
  incidents: Array<{ id: string; activityId: string; message: string | null }>;
  history: Array<{
    id: string;
    activityId: string;
    activityName: string | null;
    activityType: string;
    startedAt: string;
    endedAt: string | null;
    assignee: string | null;
    canceled: boolean;
  }>;
}

/** What an operator sees of the engine: running instances, incidents and their retry. */
export class OperationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: EngineClient,
    private readonly audit: AuditTrail,
  ) {}

  async runningInstances(filter: InstanceFilter): Promise<{ items: RunningInstance[]; total: number; offset: number; limit: number }> {
    const page = await this.engine.runningInstances(filter);
    const items = await Promise.all(
      page.items.map(async (instance) => {
        const [tree, incidentCount] = await Promise.all([this.engine.activityInstanceTree(instance.id), this.engine.countIncidents(instance.id)]);
        return {
          id: instance.id,
          processKey: instance.processDefinitionKey,
          processName: instance.processDefinitionName,
          processVersion: instance.processDefinitionVersion,
          businessKey: instance.businessKey,
          startedAt: instance.startTime,
          suspended: instance.state === 'SUSPENDED',
          currentActivities: tree ? currentActivities(tree) : [],
          incidentCount,
        };
      }),
    );
    return { items, total: page.total, offset: filter.offset, limit: filter.limit };
  }

  async incidents(filter: IncidentFilter): Promise<{ items: Incident[]; total: number; offset: number; limit: number }> {
    const page = await this.engine.incidents(filter);
    const instances = new Map<string, Promise<{ instance: HistoricProcessInstance | null; tree: ActivityInstanceTree | null }>>();
    const instanceOf = (id: string) => {
      let found = instances.get(id);
      if (!found) {
        found = Promise.all([this.engine.historicProcessInstance(id), this.engine.activityInstanceTree(id)]).then(([instance, tree]) => ({ instance, tree }));
        instances.set(id, found);
      }
      return found;
    };
    const items = await Promise.all(
      page.items.map(async (incident) => {
        const [{ instance, tree }, failed] = await Promise.all([instanceOf(incident.processInstanceId), this.failedWork(incident)]);
        return {
          id: incident.id,
          type: incident.incidentType,
          message: incident.incidentMessage,
          errorDetails: failed.errorDetails,
          activityId: incident.activityId,
          activityName: (tree && findActivityName(tree, incident.activityId)) ?? null,
          processInstanceId: incident.processInstanceId,
          processKey: instance?.processDefinitionKey ?? null,
          businessKey: instance?.businessKey ?? null,
          createdAt: incident.incidentTimestamp,
          externalTaskId: failed.externalTaskId,
          jobId: failed.jobId,
          retriesLeft: failed.retries,
        };
      }),
    );
    return { items, total: page.total, offset: filter.offset, limit: filter.limit };
  }

  /**
   * Gives the failed external task or job `retries` more attempts, which resolves the incident.
   * The audit entry is written in the transaction that is committed only after the engine took
   * the new retries, so the trail never records a retry that did not happen.
   */
  async retry(incidentId: string, input: { actor: string; retries: number; reason?: string }): Promise<RetryResult> {
    const incident = await this.engine.incident(incidentId);
    if (!incident) throw incidentGone(incidentId);
    // A call activity's incident points at the one in the called instance: that is what failed.
    const root = incident.rootCauseIncidentId && incident.rootCauseIncidentId !== incident.id ? await this.engine.incident(incident.rootCauseIncidentId) : incident;
    if (!root) throw incidentGone(incidentId);
    const kind = retryableKind(root);
    const failedId = root.configuration;
    if (!kind || !failedId) {
      throw new ConflictError(
        `Incident '${incidentId}' is of type '${root.incidentType}', which is not a failed external task or job: resolve its cause in the engine's Cockpit instead.`,
      );
    }
    const before = kind === 'external-task' ? await this.engine.externalTask(failedId) : await this.engine.job(failedId);
    if (!before) throw incidentGone(incidentId);
    await inTransaction(this.dataSource, async (manager) => {
      await this.audit.append(manager, {
        actor: input.actor,
        action: 'incident.retried',
        entityType: 'incident',
        entityId: incidentId,
        reason: input.reason ?? null,
        before: {
          incidentType: root.incidentType,
          message: root.incidentMessage,
          processInstanceId: root.processInstanceId,
          activityId: root.activityId,
          [kind === 'external-task' ? 'externalTaskId' : 'jobId']: failedId,
          retries: before.retries,
        },
        after: { retries: input.retries },
      });
      if (kind === 'external-task') await this.engine.setExternalTaskRetries(failedId, input.retries);
      else await this.engine.setJobRetries(failedId, input.retries);
    });
    return {
      incidentId,
      processInstanceId: root.processInstanceId,
      activityId: root.activityId,
      externalTaskId: kind === 'external-task' ? failedId : null,
      jobId: kind === 'job' ? failedId : null,
      retries: input.retries,
    };
  }

  /** Everything the diagram viewer needs: the model, where the tokens are, what failed and what happened. */
  async context(processInstanceId: string): Promise<ProcessContext> {
    const instance = await this.engine.historicProcessInstance(processInstanceId);
    if (!instance) throw new NotFoundError(`Process instance '${processInstanceId}'`, 'Check the id; an instance whose history was cleaned up is gone too.');
    const [bpmnXml, tree, incidents, history] = await Promise.all([
      this.engine.processDefinitionXml(instance.processDefinitionId),
      this.engine.activityInstanceTree(instance.id),
      this.engine.incidents({ processInstanceId: instance.id, offset: 0, limit: 500 }),
      this.engine.activityHistory(instance.id),
    ]);
    return {
      id: instance.id,
      processKey: instance.processDefinitionKey,
      processName: instance.processDefinitionName,
      processVersion: instance.processDefinitionVersion,
      businessKey: instance.businessKey,
      state: instance.state,
      startedAt: instance.startTime,
      endedAt: instance.endTime,
      bpmnXml,
      activeActivityIds: [...new Set((tree ? currentActivities(tree) : []).map((activity) => activity.activityId))],
      incidentActivityIds: [...new Set(incidents.items.map((incident) => incident.activityId))],
      incidents: incidents.items.map((incident) => ({ id: incident.id, activityId: incident.activityId, message: incident.incidentMessage })),
      history: history.map((entry) => ({
        id: entry.id,
        activityId: entry.activityId,
        activityName: entry.activityName,
        activityType: entry.activityType,
        startedAt: entry.startTime,
        endedAt: entry.endTime,
        assignee: entry.assignee,
        canceled: entry.canceled,
      })),
    };
  }

  private async failedWork(incident: EngineIncident): Promise<{ externalTaskId: string | null; jobId: string | null; retries: number | null; errorDetails: string | null }> {
    const kind = retryableKind(incident);
    const id = incident.configuration;
    if (kind === 'external-task' && id) {
      const [task, details] = await Promise.all([this.engine.externalTask(id), this.engine.externalTaskErrorDetails(id)]);
      return { externalTaskId: id, jobId: null, retries: task?.retries ?? null, errorDetails: details || null };
    }
    if (kind === 'job' && id) {
      const [job, stacktrace] = await Promise.all([this.engine.job(id), this.engine.jobStacktrace(id)]);
      return { externalTaskId: null, jobId: id, retries: job?.retries ?? null, errorDetails: stacktrace || null };
    }
    return { externalTaskId: null, jobId: null, retries: null, errorDetails: null };
  }
}

function retryableKind(incident: EngineIncident): 'external-task' | 'job' | null {
  if (incident.incidentType === 'failedExternalTask') return 'external-task';
  if (incident.incidentType === 'failedJob') return 'job';
  return null;
}

function incidentGone(incidentId: string): NotFoundError {
  return new NotFoundError(
    `Incident '${incidentId}'`,
    'It was resolved already (retried by someone else, or its process instance ended or was cancelled): reload the incidents to see what is still open.',
  );
}

/** The leaves of the activity instance tree: the activities the tokens wait in, not the scopes around them. */
function currentActivities(tree: ActivityInstanceTree): CurrentActivity[] {
  const found: CurrentActivity[] = [];
  const visit = (node: ActivityInstanceTree) => {
    for (const transition of node.childTransitionInstances) {
      found.push({ activityId: transition.activityId, activityName: transition.activityName, activityType: transition.activityType });
    }
    for (const child of node.childActivityInstances) {
      if (child.childActivityInstances.length === 0 && child.childTransitionInstances.length === 0) {
        found.push({ activityId: child.activityId, activityName: child.activityName, activityType: child.activityType });
      } else {
        visit(child);
      }
    }
  };
  visit(tree);
  return found;
}

function findActivityName(tree: ActivityInstanceTree, activityId: string): string | null | undefined {
  if (tree.activityId === activityId) return tree.activityName;
  for (const transition of tree.childTransitionInstances) if (transition.activityId === activityId) return transition.activityName;
  for (const child of tree.childActivityInstances) {
    const name = findActivityName(child, activityId);
    if (name !== undefined) return name;
  }
  return undefined;
}
