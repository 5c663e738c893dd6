import { createHash, randomUUID } from 'node:crypto';
import diff from 'microdiff';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { inTransaction, writeLock } from '../../database/transaction.js';
import { ConflictError, NotFoundError, RequestInvalidError } from '../../http/lotflow-error.js';
import { canonicalJson } from '../../shared/canonical-json.js';
import type { AuditTrail } from '../audit/audit-trail.service.js';
import { isBlocking, type ArtifactIssue, type ArtifactKindDefinition, type ValidationContext } from './artifact-kinds.js';
import { ArtifactVersionEntity, type ArtifactKind, type ArtifactVersion } from './artifact-version.entity.js';

export type VersionSelector = number | 'draft' | 'latest';

/** Runs inside the publishing transaction, once the new version is written: a failure undoes it. */
export type PublishHook = (manager: EntityManager, published: ArtifactVersion) => Promise<void>;

export interface ArtifactSummary {
  key: string;
  latestVersion: number | null;
  latestPublishedAt: string | null;
  hasDraft: boolean;
}

export interface VersionDifference {
  op: 'add' | 'remove' | 'change';
  /** JSON Pointer into the content. */
  path: string;
  before?: unknown;
  after?: unknown;
}

const draftVersion = 0;

export function hashContent(content: unknown): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** Draft → published (immutable, numbered, hashed) → superseded; rollback; diff. Audited. */
export class ArtifactService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly definition: ArtifactKindDefinition,
    private readonly context: ValidationContext,
  ) {}

  private get kind(): ArtifactKind {
    return this.definition.kind;
  }

  async list(): Promise<ArtifactSummary[]> {
    const rows = await this.dataSource.getRepository(ArtifactVersionEntity).find({
      where: { kind: this.kind },
      select: { key: true, version: true, status: true, publishedAt: true },
      order: { key: 'ASC', version: 'ASC' },
    });
    const byKey = new Map<string, ArtifactSummary>();
    for (const row of rows) {
      const summary = byKey.get(row.key) ?? { key: row.key, latestVersion: null, latestPublishedAt: null, hasDraft: false };
      if (row.version === draftVersion) summary.hasDraft = true;
      else if (row.status === 'published') {
        summary.latestVersion = row.version;
        summary.latestPublishedAt = row.publishedAt?.toISOString() ?? null;
      }
      byKey.set(row.key, summary);
    }
    return [...byKey.values()];
  }

  async versions(key: string): Promise<Array<Omit<ArtifactVersion, 'content'>>> {
    const rows = await this.dataSource.getRepository(ArtifactVersionEntity).find({
      where: { kind: this.kind, key },
      select: {
        id: true,
        kind: true,
        key: true,
        version: true,
        status: true,
        contentHash: true,
        createdBy: true,
        createdAt: true,
        publishedBy: true,
        publishedAt: true,
        reason: true,
        basedOnVersion: true,
      },
      order: { version: 'DESC' },
    });
    if (rows.length === 0) throw new NotFoundError(`The ${this.definition.noun} '${key}'`);
    return rows;
  }

  async get(key: string, selector: VersionSelector, manager: EntityManager = this.dataSource.manager): Promise<ArtifactVersion> {
    const repository = manager.getRepository(ArtifactVersionEntity);
    const found =
      selector === 'latest'
        ? await repository.findOne({ where: { kind: this.kind, key, status: 'published' } })
        : await repository.findOne({ where: { kind: this.kind, key, version: selector === 'draft' ? draftVersion : selector } });
    if (!found) {
      const which = selector === 'draft' ? 'draft of' : selector === 'latest' ? 'published version of' : `version ${selector} of`;
      throw new NotFoundError(`The ${which} ${this.definition.noun} '${key}'`);
    }
    return found;
  }

  /** Saves the draft (creating it), whatever its state: the issues say what blocks publishing. */
  async saveDraft(key: string, content: unknown, actor: string): Promise<{ draft: ArtifactVersion; issues: ArtifactIssue[] }> {
    const issues = await this.definition.validate(content, key, this.context);
    const draft = await inTransaction(this.dataSource, async (manager) => {
      const repository = manager.getRepository(ArtifactVersionEntity);
      const existing = await repository.findOne({ where: { kind: this.kind, key, version: draftVersion }, ...writeLock(manager) });
      const row: ArtifactVersion = {
        id: existing?.id ?? randomUUID(),
        kind: this.kind,
        key,
        version: draftVersion,
        status: 'draft',
        content,
        contentHash: hashContent(content),
        createdBy: actor,
        createdAt: new Date(),
        publishedBy: null,
        publishedAt: null,
        reason: null,
        basedOnVersion: null,
      };
      await repository.save(row as never);
      await this.audit.append(manager, {
        actor,
        action: 'artifact.draft-saved',
        entityType: this.kind,
        entityId: key,
        before: existing ? { contentHash: existing.contentHash } : null,
        after: { contentHash: row.contentHash, blockingIssues: issues.filter(isBlocking).length },
      });
      return row;
    });
    return { draft, issues };
  }

  async discardDraft(key: string, actor: string): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      const draft = await this.get(key, 'draft', manager);
      await manager.getRepository(ArtifactVersionEntity).delete({ id: draft.id });
      await this.audit.append(manager, { actor, action: 'artifact.draft-discarded', entityType: this.kind, entityId: key, before: { contentHash: draft.contentHash } });
    });
  }

  /** Publishes the draft as the next version, if it has no issues. */
  /** Publishes the draft; `onPublished` runs in the same transaction (an electronic signature). */
  async publish(key: string, reason: string, actor: string, onPublished?: PublishHook): Promise<ArtifactVersion> {
    const draft = await this.get(key, 'draft');
    const blocking = (await this.definition.validate(draft.content, key, this.context)).filter(isBlocking);
    if (blocking.length > 0) throw new RequestInvalidError(blocking.map((issue) => ({ ...issue, pointer: `/content${issue.pointer}` })));
    return this.publishContent(key, draft.content, { reason, actor, fromDraft: draft, basedOnVersion: null, ...(onPublished ? { onPublished } : {}) });
  }

  /**
   * Publishes content shipped with Lotflow (bundled rule tables, the pack's types) through a draft,
   * unless some version ever had exactly this content: it is brought in once, and what analysts
   * publish after it stays in force across restarts. Returns the new version, if any.
   */
  async publishIfChanged(key: string, content: unknown, reason: string, actor: string): Promise<ArtifactVersion | null> {
    const seen = await this.dataSource.getRepository(ArtifactVersionEntity).existsBy({ kind: this.kind, key, contentHash: hashContent(content), status: In(['published', 'superseded']) });
    if (seen) return null;
    await this.saveDraft(key, content, actor);
    return this.publish(key, reason, actor);
  }

  /** Publishes an earlier version's content again as the newest version. */
  async rollback(key: string, toVersion: number, reason: string, actor: string, onPublished?: PublishHook): Promise<ArtifactVersion> {
    const earlier = await this.get(key, toVersion);
    if (earlier.status === 'draft') throw new ConflictError('A draft cannot be rolled back to; publish it instead.', '/version');
    return this.publishContent(key, earlier.content, { reason, actor, fromDraft: null, basedOnVersion: toVersion, ...(onPublished ? { onPublished } : {}) });
  }

  private async publishContent(
    key: string,
    content: unknown,
    options: { reason: string; actor: string; fromDraft: ArtifactVersion | null; basedOnVersion: number | null; onPublished?: PublishHook },
  ): Promise<ArtifactVersion> {
    return inTransaction(this.dataSource, async (manager) => {
      const repository = manager.getRepository(ArtifactVersionEntity);
      const current = await repository.findOne({ where: { kind: this.kind, key, status: 'published' }, ...writeLock(manager) });
      const highest = await repository.maximum('version', { kind: this.kind, key });
      const contentHash = hashContent(content);
      if (current && current.contentHash === contentHash) {
        throw new ConflictError(`Version ${current.version} of the ${this.definition.noun} '${key}' already has this content: nothing to publish.`);
      }
      const now = new Date();
      const published: ArtifactVersion = {
        id: randomUUID(),
        kind: this.kind,
        key,
        version: (highest ?? 0) + 1,
        status: 'published',
        content,
        contentHash,
        createdBy: options.fromDraft?.createdBy ?? options.actor,
        createdAt: options.fromDraft?.createdAt ?? now,
        publishedBy: options.actor,
        publishedAt: now,
        reason: options.reason,
        basedOnVersion: options.basedOnVersion,
      };
      if (current) await repository.update({ id: current.id }, { status: 'superseded' });
      if (options.fromDraft) await repository.delete({ id: options.fromDraft.id });
      try {
        await repository.insert(published as never);
      } catch (error) {
        throw new ConflictError(`Someone published the ${this.definition.noun} '${key}' at the same moment; reload and try again.`);
      }
      await this.audit.append(manager, {
        actor: options.actor,
        action: options.basedOnVersion === null ? 'artifact.published' : 'artifact.rolled-back',
        entityType: this.kind,
        entityId: key,
        reason: options.reason,
        before: current ? { version: current.version, contentHash: current.contentHash } : null,
        after: { version: published.version, contentHash, basedOnVersion: options.basedOnVersion },
      });
      await options.onPublished?.(manager, published);
      return published;
    });
  }

  async diff(key: string, from: VersionSelector, to: VersionSelector): Promise<{ from: number; to: number; changes: VersionDifference[] }> {
    const [before, after] = await Promise.all([this.get(key, from), this.get(key, to)]);
    const changes = diff(asObject(before.content), asObject(after.content)).map((change): VersionDifference => {
      const path = `/${change.path.map((segment) => String(segment).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
      switch (change.type) {
        case 'CREATE':
          return { op: 'add', path, after: change.value };
        case 'REMOVE':
          return { op: 'remove', path, before: change.oldValue };
        case 'CHANGE':
          return { op: 'change', path, before: change.oldValue, after: change.value };
      }
    });
    return { from: before.version, to: after.version, changes };
  }
}

function asObject(content: unknown): Record<string, unknown> | unknown[] {
  return typeof content === 'object' && content !== null ? (content as Record<string, unknown>) : { value: content };
}
