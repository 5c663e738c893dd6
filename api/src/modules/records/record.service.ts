import { randomUUID } from 'node:crypto';
import {
  computePeriodKey,
  createRecordValidator,
  findReferences,
  formatNumber,
  parseTypeDefinition,
  type Locale,
  type RecordValidator,
  type Sequence,
  type TypeDefinition,
  type ValidationIssue,
} from '@lotflow/dictionary';
import { In, Like, type DataSource, type EntityManager } from 'typeorm';
import { inTransaction, writeLock } from '../../database/transaction.js';
import { ConflictError, NotFoundError, RequestInvalidError } from '../../http/lotflow-error.js';
import type { ArtifactService } from '../artifacts/artifact.service.js';
import type { AuditTrail } from '../audit/audit-trail.service.js';
import { nextCounterValue } from '../sequences/sequence-counter.repository.js';
import { RecordEntity, RecordUniqueValueEntity, type StoredRecord } from './record.entity.js';

export interface RecordWrite {
  values: Record<string, unknown>;
  actor: string;
  locale: Locale;
  /** Why: required when a regulated field changes. */
  reason?: string;
}

export interface TypeVersion {
  version: number;
  type: TypeDefinition;
  validate: RecordValidator<Record<string, unknown>>;
}

/**
 * Records of any published dictionary type. A write validates against the latest published
 * version of the type (and records it); references must name existing records (with an allowed
 * status); unique fields are unique; codes come from numbering sequences; every change is audited
 * in the same transaction, with old and new values and the reason for regulated fields.
 */
export class RecordService {
  private readonly types = new Map<string, TypeVersion>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly dictionaryTypes: ArtifactService,
    private readonly sequences: ReadonlyMap<string, Sequence>,
    private readonly timeZone: string,
  ) {}

  private async typeVersion(typeKey: string, version: number | 'latest'): Promise<TypeVersion> {
    const stored = await this.dictionaryTypes.get(typeKey, version);
    const cacheKey = `${typeKey}@${stored.version}`;
    let entry = this.types.get(cacheKey);
    if (!entry) {
      const type = parseTypeDefinition(stored.content, `dictionary type '${typeKey}' version ${stored.version}`);
      entry = { version: stored.version, type, validate: createRecordValidator(type) };
      this.types.set(cacheKey, entry);
    }
    return entry;
  }

  /** The latest published version of a type, as forms are generated from it, with the validator a write must pass. */
  async publishedType(typeKey: string): Promise<TypeVersion> {
    return this.typeVersion(typeKey, 'latest');
  }

  /** The records with these codes, of any type: what a task's variables point at. */
  async findByCodes(codes: readonly string[]): Promise<StoredRecord[]> {
    if (codes.length === 0) return [];
    return this.dataSource.getRepository(RecordEntity).find({ where: { code: In([...codes]) }, order: { code: 'ASC' } });
  }

  async list(typeKey: string, options: { search?: string; limit: number; offset: number }): Promise<{ items: StoredRecord[]; total: number }> {
    await this.typeVersion(typeKey, 'latest');
    const [items, total] = await this.dataSource.getRepository(RecordEntity).findAndCount({
      where: { typeKey, ...(options.search ? { code: Like(`%${options.search.replace(/[%_\\]/g, (character) => `\\${character}`)}%`) } : {}) },
      order: { code: 'ASC' },
      take: options.limit,
      skip: options.offset,
    });
    return { items, total };
  }

  /** A record with the result of checking it against the type version it was written with. */
  async get(typeKey: string, code: string, locale: Locale): Promise<StoredRecord & { issues: ValidationIssue[] }> {
    const record = await this.dataSource.getRepository(RecordEntity).findOneBy({ typeKey, code });
    if (!record) throw new NotFoundError(`The ${typeKey} '${code}'`);
    const { validate } = await this.typeVersion(typeKey, record.typeVersion);
    const checked = validate(record.values, locale);
    return { ...record, issues: checked.ok ? [] : checked.issues };
  }

  /** Creates a record; inside `outer` when given, so the caller's transaction decides whether it stays. */
  async create(typeKey: string, write: RecordWrite, outer?: EntityManager): Promise<StoredRecord> {
    const { version, type, validate } = await this.typeVersion(typeKey, 'latest');
    const run = <T>(work: (manager: EntityManager) => Promise<T>) => (outer ? work(outer) : inTransaction(this.dataSource, work));
    return run(async (manager) => {
      const values = { ...write.values };
      const codeField = type.fields.find((field) => field.name === type.codeField);
      if (values[type.codeField] === undefined && codeField?.kind === 'code') {
        values[type.codeField] = await this.assignNumber(manager, codeField.numbering);
      }
      const checked = validate(values, write.locale);
      if (!checked.ok) throw new RequestInvalidError(checked.issues.map((issue) => ({ ...issue, pointer: `/values${issue.pointer}` })));
      await this.checkReferences(manager, type, checked.value, write.locale);
      const now = new Date();
      const record: StoredRecord = {
        id: randomUUID(),
        typeKey,
        typeVersion: version,
        code: String(checked.value[type.codeField]),
        values: checked.value,
        revision: 1,
        createdBy: write.actor,
        createdAt: now,
        updatedBy: write.actor,
        updatedAt: now,
      };
      if (await manager.getRepository(RecordEntity).existsBy({ code: record.code })) {
        throw new ConflictError(`The code '${record.code}' is already used by another record: codes are unique across all records.`, `/values/${type.codeField}`);
      }
      await manager.getRepository(RecordEntity).insert(record as never);
      await this.claimUniqueValues(manager, type, record);
      await this.audit.append(manager, {
        actor: write.actor,
        action: 'record.created',
        entityType: typeKey,
        entityId: record.code,
        reason: write.reason ?? null,
        after: record.values,
      });
      return record;
    });
  }

  /** Changes a record; inside `outer` when given, so the caller's transaction decides whether it stays. */
  async update(typeKey: string, code: string, write: RecordWrite & { revision: number }, outer?: EntityManager): Promise<StoredRecord> {
    const { version, type, validate } = await this.typeVersion(typeKey, 'latest');
    const run = <T>(work: (manager: EntityManager) => Promise<T>) => (outer ? work(outer) : inTransaction(this.dataSource, work));
    return run(async (manager) => {
      const repository = manager.getRepository(RecordEntity);
      const existing = await repository.findOne({ where: { typeKey, code }, ...writeLock(manager) });
      if (!existing) throw new NotFoundError(`The ${typeKey} '${code}'`);
      if (existing.revision !== write.revision) {
        throw new ConflictError(
          `The ${typeKey} '${code}' was changed by ${existing.updatedBy} since you opened it (revision ${existing.revision}, you had ${write.revision}): reload it and apply your change again.`,
          '/revision',
        );
      }
      const values = { ...write.values, [type.codeField]: existing.values[type.codeField] ?? code };
      if (write.values[type.codeField] !== undefined && write.values[type.codeField] !== code) {
        throw new RequestInvalidError([{ pointer: `/values/${type.codeField}`, message: 'cannot change: a code is permanent', keyword: 'const' }]);
      }
      const checked = validate(values, write.locale);
      if (!checked.ok) throw new RequestInvalidError(checked.issues.map((issue) => ({ ...issue, pointer: `/values${issue.pointer}` })));
      const changed = type.fields.filter((field) => JSON.stringify(existing.values[field.name]) !== JSON.stringify(checked.value[field.name]));
      const regulated = changed.filter((field) => field.regulated);
      if (regulated.length > 0 && !write.reason?.trim()) {
        throw new RequestInvalidError(
          regulated.map((field) => ({ pointer: '/reason', message: `is required: '${field.label[write.locale]}' (${field.name}) is a regulated field`, keyword: 'required' })),
        );
      }
      if (changed.length === 0) return existing;
      await this.checkReferences(manager, type, checked.value, write.locale);
      const updated: StoredRecord = { ...existing, typeVersion: version, values: checked.value, revision: existing.revision + 1, updatedBy: write.actor, updatedAt: new Date() };
      await repository.update({ id: existing.id }, { typeVersion: updated.typeVersion, values: updated.values as never, revision: updated.revision, updatedBy: updated.updatedBy, updatedAt: updated.updatedAt });
      await manager.getRepository(RecordUniqueValueEntity).delete({ recordId: existing.id });
      await this.claimUniqueValues(manager, type, updated);
      await this.audit.append(manager, {
        actor: write.actor,
        action: 'record.updated',
        entityType: typeKey,
        entityId: code,
        reason: write.reason ?? null,
        before: Object.fromEntries(changed.map((field) => [field.name, existing.values[field.name] ?? null])),
        after: {
          ...Object.fromEntries(changed.map((field) => [field.name, checked.value[field.name] ?? null])),
          ...(regulated.length > 0 ? { regulatedFields: regulated.map((field) => field.name) } : {}),
        },
      });
      return updated;
    });
  }

  /** The next number of a sequence, inside the caller's transaction (a rollback gives it back). */
  async assignNumber(manager: EntityManager, sequenceKey: string): Promise<string> {
    const sequence = this.sequences.get(sequenceKey);
    if (!sequence) throw new ConflictError(`The numbering sequence '${sequenceKey}' is not defined: add it to the dictionary's sequences.`);
    const at = new Date();
    const timeZone = sequence.timeZone ?? this.timeZone;
    const value = await nextCounterValue(manager, sequence.key, computePeriodKey(sequence.numbering, at, timeZone));
    return formatNumber(sequence.numbering, value, { at, timeZone });
  }

  private async checkReferences(manager: EntityManager, type: TypeDefinition, values: Record<string, unknown>, locale: Locale): Promise<void> {
    const issues: ValidationIssue[] = [];
    for (const reference of findReferences(type, values)) {
      const target = await manager.getRepository(RecordEntity).findOneBy({ typeKey: reference.targetType, code: reference.code });
      if (!target) {
        issues.push({
          pointer: `/values${reference.pointer}`,
          message: locale === 'zh-CN' ? `引用的${reference.targetType}“${reference.code}”不存在` : `refers to the ${reference.targetType} '${reference.code}', which does not exist`,
          keyword: 'reference',
        });
        continue;
      }
      if (reference.allowedStatuses) {
        const targetType = (await this.typeVersion(reference.targetType, target.typeVersion)).type;
        const status = targetType.statusField ? target.values[targetType.statusField] : undefined;
        if (typeof status === 'string' && !reference.allowedStatuses.includes(status)) {
          issues.push({
            pointer: `/values${reference.pointer}`,
            message:
              locale === 'zh-CN'
                ? `引用的${reference.targetType}“${reference.code}”状态为“${status}”，此处只允许：${reference.allowedStatuses.join('、')}`
                : `refers to the ${reference.targetType} '${reference.code}', whose status '${status}' is not one of ${reference.allowedStatuses.join(', ')}`,
            keyword: 'allowedStatuses',
          });
        }
      }
    }
    if (issues.length > 0) throw new RequestInvalidError(issues);
  }

  private async claimUniqueValues(manager: EntityManager, type: TypeDefinition, record: StoredRecord): Promise<void> {
    for (const field of type.fields.filter((candidate) => candidate.unique && candidate.name !== type.codeField)) {
      const value = record.values[field.name];
      if (value === undefined || value === null) continue;
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      const taken = await manager.getRepository(RecordUniqueValueEntity).findOneBy({ typeKey: record.typeKey, fieldName: field.name, value: text });
      if (taken && taken.recordId !== record.id) {
        throw new ConflictError(`Another ${record.typeKey} already has ${field.name} = ${JSON.stringify(value)}: it must be unique.`, `/values/${field.name}`);
      }
      await manager.getRepository(RecordUniqueValueEntity).insert({ typeKey: record.typeKey, fieldName: field.name, value: text, recordId: record.id });
    }
  }
}
