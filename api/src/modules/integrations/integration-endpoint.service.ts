import { createValidator, type Validator } from '@lotflow/dictionary';
import type { DataSource } from 'typeorm';
import { inTransaction, writeLock } from '../../database/transaction.js';
import { ConflictError, NotFoundError, RequestInvalidError } from '../../http/lotflow-error.js';
import { canonicalJson } from '../../shared/canonical-json.js';
import type { AuditTrail } from '../audit/audit-trail.service.js';
import { IntegrationEndpointEntity, type EndpointKind, type InboundEventType, type IntegrationEndpoint } from './integration.entity.js';
import { fingerprintSecret, SecretBox } from './secret-box.js';

export interface EndpointInput {
  kind: EndpointKind;
  description?: string;
  url?: string;
  secret?: string;
  inboundEventTypes?: Record<string, InboundEventType>;
}

/** What an admin sees of an endpoint: never the secret, only its fingerprint. */
export type EndpointView = Omit<IntegrationEndpoint, 'sealedSecret'>;

/** An endpoint with its secret in clear, for signing and verifying only. */
export interface EndpointWithSecret extends IntegrationEndpoint {
  secret: string;
}

/** The MES, WMS and LIMS endpoints Lotflow exchanges signed calls with. */
export class IntegrationEndpointService {
  private readonly secretBox: SecretBox | undefined;
  private readonly validators = new Map<string, Validator<Record<string, unknown>>>();

  constructor(private readonly dataSource: DataSource, private readonly audit: AuditTrail, secretKey: string | undefined) {
    this.secretBox = secretKey ? new SecretBox(secretKey) : undefined;
  }

  async list(): Promise<EndpointView[]> {
    const endpoints = await this.dataSource.getRepository(IntegrationEndpointEntity).find({ order: { name: 'ASC' } });
    return endpoints.map(toView);
  }

  async get(name: string): Promise<EndpointView> {
    return toView(await this.load(name));
  }

  /** Creates or replaces an endpoint; the secret may be left out to keep the one already set. */
  async save(name: string, input: EndpointInput, actor: string): Promise<{ endpoint: EndpointView; created: boolean }> {
    const inboundEventTypes = input.inboundEventTypes ?? {};
    this.checkEventSchemas(inboundEventTypes);
    if (input.secret !== undefined && !this.secretBox) {
      throw new ConflictError('Endpoint secrets are stored encrypted, and the api has no key for it: set INTEGRATION_SECRET_KEY (openssl rand -hex 32) and restart the api.', '/body/secret');
    }
    return inTransaction(this.dataSource, async (manager) => {
      const repository = manager.getRepository(IntegrationEndpointEntity);
      const existing = await repository.findOne({ where: { name }, ...writeLock(manager) });
      if (!existing && input.secret === undefined) {
        throw new RequestInvalidError([{ pointer: '/secret', message: 'is required for a new endpoint: the shared secret both sides sign with (at least 32 characters)', keyword: 'required' }]);
      }
      const now = new Date();
      const endpoint: IntegrationEndpoint = {
        name,
        kind: input.kind,
        description: input.description ?? null,
        url: input.url ?? null,
        sealedSecret: input.secret === undefined ? existing!.sealedSecret : this.secretBox!.seal(input.secret),
        secretFingerprint: input.secret === undefined ? existing!.secretFingerprint : fingerprintSecret(input.secret),
        inboundEventTypes,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
        updatedBy: actor,
      };
      await repository.save(endpoint);
      await this.audit.append(manager, {
        actor,
        action: existing ? 'integration-endpoint.changed' : 'integration-endpoint.created',
        entityType: 'integration-endpoint',
        entityId: name,
        before: existing ? auditView(existing) : null,
        after: auditView(endpoint),
      });
      return { endpoint: toView(endpoint), created: !existing };
    });
  }

  /** The endpoint with its secret in clear; throws when the api cannot open it. */
  async withSecret(name: string): Promise<EndpointWithSecret> {
    const endpoint = await this.load(name);
    return { ...endpoint, secret: this.openSecret(endpoint) };
  }

  openSecret(endpoint: IntegrationEndpoint): string {
    if (!this.secretBox) throw new ConflictError(`The secret of integration endpoint '${endpoint.name}' cannot be read: INTEGRATION_SECRET_KEY is not set in the api's environment.`);
    return this.secretBox.open(endpoint.sealedSecret);
  }

  /** The validator of an event type's data, compiled once per distinct schema. */
  validatorFor(eventType: InboundEventType): Validator<Record<string, unknown>> {
    const key = canonicalJson(eventType.schema);
    let validator = this.validators.get(key);
    if (!validator) {
      // ajv keeps every schema it compiled by its $id: two versions of one endpoint's schema would clash.
      const { $id: _id, ...schema } = eventType.schema;
      validator = createValidator<Record<string, unknown>>(schema);
      this.validators.set(key, validator);
    }
    return validator;
  }

  private async load(name: string): Promise<IntegrationEndpoint> {
    const endpoint = await this.dataSource.getRepository(IntegrationEndpointEntity).findOneBy({ name });
    if (!endpoint) throw new NotFoundError(`Integration endpoint '${name}'`, 'An admin configures it with PUT /integrations/endpoints/{name}.');
    return endpoint;
  }

  private checkEventSchemas(eventTypes: Record<string, InboundEventType>): void {
    const issues = Object.entries(eventTypes).flatMap(([type, eventType]) => {
      try {
        this.validatorFor(eventType);
        return [];
      } catch (error) {
        return [{ pointer: `/inboundEventTypes/${escapePointer(type)}/schema`, message: `is not a valid JSON Schema 2020-12: ${(error as Error).message}`, keyword: 'schema' }];
      }
    });
    if (issues.length > 0) throw new RequestInvalidError(issues);
  }
}

function toView({ sealedSecret: _sealedSecret, ...view }: IntegrationEndpoint): EndpointView {
  return view;
}

function auditView(endpoint: IntegrationEndpoint): object {
  const { sealedSecret: _sealedSecret, createdAt: _createdAt, updatedAt: _updatedAt, ...rest } = endpoint;
  return rest;
}

function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
