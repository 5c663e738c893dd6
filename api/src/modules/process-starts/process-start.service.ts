import { readStartSettings, type StartSettings } from '@lotflow/processes';
import type { Locale, TypeDefinition } from '@lotflow/dictionary';
import type { DataSource } from 'typeorm';
import { inTransaction } from '../../database/transaction.js';
import type { EngineClient, ProcessDefinition } from '../../engine-client/engine-client.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../http/lotflow-error.js';
import { readOnce } from '../../shared/read-once.js';
import { ActionRequestChangedError, hashActionRequest, once } from '../action-receipts/once.js';
import type { AuditTrail } from '../audit/audit-trail.service.js';
import type { AuthenticatedUser } from '../identity/identity.service.js';
import type { RecordService } from '../records/record.service.js';
import { recordCodeVariable } from '../tasks/task-inbox.service.js';

/** Who may start a process whose model names no starter group. */
const STARTERS_WITHOUT_GROUPS = ['analyst'] as const;

interface DefinitionView {
  id: string;
  key: string;
  name: string | null;
  version: number;
}

export interface StartableProcess extends DefinitionView {
  documentation: string | null;
  /** The start form's dictionary type, with its label and help in the caller's language. */
  form: { type: string; label: string; help: string | null };
}

export interface StartForm extends DefinitionView {
  documentation: string | null;
  form: { type: string; version: number; label: string; definition: TypeDefinition; initialValues: Record<string, unknown> };
}

export interface StartInput {
  /** Generated once per form: a retry with the same id never starts twice. */
  requestId: string;
  values: Record<string, unknown>;
  businessKey?: string;
  locale: Locale;
}

export interface StartResult {
  definition: DefinitionView;
  record: { type: string; code: string; revision: number };
  instance: { id: string; businessKey: string };
  /** False when an earlier attempt with this request id had already started the instance. */
  startedNow: boolean;
}

/** What a start stored before the engine was told: the answer, and what to start the instance with. */
interface StoredStart {
  definition: DefinitionView;
  record: StartResult['record'];
  businessKey: string;
  variables: Record<string, unknown>;
}

/** Whether the user's roles let them start a process with these starter groups; admin starts any. */
export function mayStart(user: AuthenticatedUser, candidateStarterGroups: readonly string[]): boolean {
  const roles = user.roles as readonly string[];
  if (roles.includes('admin')) return true;
  const starters = candidateStarterGroups.length > 0 ? candidateStarterGroups : STARTERS_WITHOUT_GROUPS;
  return starters.some((group) => roles.includes(group));
}

/**
 * Starting the deployed processes from a form: a process names who may start it
 * (`camunda:candidateStarterGroups`) and its start form's dictionary type on its none start
 * event. The form's values become a record of that type, audited, and the instance starts with
 * every value as a variable and the record's code as business key.
 */
export class ProcessStartService {
  private readonly settings = new Map<string, Promise<Map<string, StartSettings>>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: EngineClient,
    private readonly records: RecordService,
    private readonly audit: AuditTrail,
  ) {}

  /** The latest processes with a start form that the user may start. */
  async list(user: AuthenticatedUser, locale: Locale): Promise<StartableProcess[]> {
    const definitions = await this.engine.latestProcessDefinitions();
    const startable = await Promise.all(
      definitions.map(async (definition): Promise<StartableProcess | null> => {
        const settings = await this.startSettings(definition);
        if (!settings?.formType || !mayStart(user, settings.candidateStarterGroups)) return null;
        const type = await this.records.publishedType(settings.formType).catch((error: unknown) => {
          // A form type not published yet leaves the process off the list: it could not be started.
          if (error instanceof NotFoundError) return null;
          throw error;
        });
        if (!type) return null;
        return {
          ...view(definition),
          documentation: settings.documentation,
          form: { type: settings.formType, label: type.type.label[locale], help: type.type.help?.[locale] ?? null },
        };
      }),
    );
    return startable.filter((entry): entry is StartableProcess => entry !== null);
  }

  /** The start form of the latest version: the published type, its version and the fields' defaults. */
  async form(user: AuthenticatedUser, processKey: string, locale: Locale): Promise<StartForm> {
    const { definition, settings, formType } = await this.startable(user, processKey);
    const { version, type } = await this.records.publishedType(formType);
    const initialValues = Object.fromEntries(type.fields.filter((field) => 'default' in field && field.default !== undefined).map((field) => [field.name, (field as { default: unknown }).default]));
    return {
      ...view(definition),
      documentation: settings.documentation,
      form: { type: formType, version, label: type.label[locale], definition: type, initialValues },
    };
  }

  /**
   * Stores the form's values as a record with its audit entry, keyed by the request id in the same
   * transaction, then starts the instance. A retry after the engine did not answer replays the
   * stored record and starts the instance only when the engine has none with its business key.
   */
  async start(user: AuthenticatedUser, processKey: string, input: StartInput): Promise<StartResult> {
    const { definition, settings, formType } = await this.startable(user, processKey);
    const request = hashActionRequest({ user: user.username, processKey, values: input.values, businessKey: input.businessKey ?? null });
    const { replayed, result } = await inTransaction(this.dataSource, (manager) =>
      once<StoredStart>(manager, startKey(input.requestId), request, async () => {
        const stored = await this.records.create(
          formType,
          { values: input.values, actor: user.username, locale: input.locale, reason: `Started the process '${settings.name ?? processKey}'` },
          manager,
        );
        const businessKey = input.businessKey ?? stored.code;
        await this.audit.append(manager, {
          actor: user.username,
          action: 'process.started',
          entityType: 'process',
          entityId: processKey,
          after: { definitionId: definition.id, version: definition.version, businessKey, record: stored.code, recordType: formType },
        });
        return {
          definition: view(definition),
          record: { type: formType, code: stored.code, revision: stored.revision },
          businessKey,
          variables: { ...stored.values, [recordCodeVariable(formType)]: stored.code },
        };
      }),
    ).catch((error: unknown) => {
      if (error instanceof ActionRequestChangedError) {
        throw new ConflictError('This form was already sent with other values. Open the form again to start another instance.', '/requestId');
      }
      throw error;
    });
    const earlier = replayed ? (await this.engine.instancesWithBusinessKey(result.definition.key, result.businessKey))[0] : undefined;
    if (earlier) {
      return { definition: result.definition, record: result.record, instance: { id: earlier.id, businessKey: result.businessKey }, startedNow: false };
    }
    const instance = await this.engine.startDefinition(result.definition.id, { businessKey: result.businessKey, variables: result.variables });
    return { definition: result.definition, record: result.record, instance: { id: instance.id, businessKey: result.businessKey }, startedNow: true };
  }

  /** The latest definition of a process the user may start from a form, or why not. */
  private async startable(user: AuthenticatedUser, processKey: string): Promise<{ definition: ProcessDefinition; settings: StartSettings; formType: string }> {
    const definition = await this.engine.latestProcessDefinition(processKey);
    const settings = definition ? await this.startSettings(definition) : undefined;
    if (!definition || !settings?.formType) {
      throw new NotFoundError(`The start form of the process '${processKey}'`, 'Only processes whose start event names a dictionary type (lotflow:form:<type>) are started from a form; see GET /process-starts.');
    }
    if (!mayStart(user, settings.candidateStarterGroups)) {
      throw new ForbiddenError(settings.candidateStarterGroups.length > 0 ? settings.candidateStarterGroups : STARTERS_WITHOUT_GROUPS);
    }
    return { definition, settings, formType: settings.formType };
  }

  private async startSettings(definition: ProcessDefinition): Promise<StartSettings | undefined> {
    const settings = await readOnce(this.settings, definition.id, () => this.engine.processDefinitionXml(definition.id).then(readStartSettings));
    return settings.get(definition.key);
  }
}

function view(definition: ProcessDefinition | DefinitionView): DefinitionView {
  return { id: definition.id, key: definition.key, name: definition.name, version: definition.version };
}

function startKey(requestId: string): string {
  return `process-start:${requestId}`;
}
