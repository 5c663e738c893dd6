import { randomUUID } from 'node:crypto';
import type { LocalizedText } from '@lotflow/dictionary';
import type { DataSource } from 'typeorm';
import { inTransaction } from '../../database/transaction.js';
import { NotFoundError, RequestInvalidError } from '../../http/lotflow-error.js';
import type { PublishedArtifactReader } from '../artifacts/published-artifact.reader.js';
import type { AuditTrail } from '../audit/audit-trail.service.js';
import { InventoryMovementEntity } from '../inventory/inventory.entity.js';
import { fromThousandths } from '../inventory/utils/from-thousandths.util.js';
import { RecordEntity } from '../records/record.entity.js';
import type { RecordService } from '../records/record.service.js';
import { DataQualitySnapshotEntity, type DataQualitySnapshot, type SnapshotTables, type SnapshotTrigger } from './data-quality-snapshot.entity.js';
import { diffSnapshots, type SnapshotDifference } from './diff-snapshots.js';
import { labelFieldPath } from './utils/label-field-path.util.js';

/** The record types a snapshot copies unless told otherwise: the master data and the lots. */
export const defaultSnapshotTypes = ['supplier', 'material', 'lot'] as const;
const lotType = 'lot';
export const snapshotTables = { lotStatus: 'lot-status', inventoryBalance: 'inventory-balance', record: (type: string) => `record:${type}` } as const;

/** The columns of an inventory balance row, for people. */
const balanceLabels: Record<string, LocalizedText> = {
  material: { en: 'Material', 'zh-CN': '物料' },
  lot: { en: 'Lot', 'zh-CN': '批次' },
  location: { en: 'Location', 'zh-CN': '库位' },
  onHand: { en: 'On hand', 'zh-CN': '现有数量' },
};

const decodePointer = (pointer: string) => pointer.split('/').slice(1).map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));

/** A snapshot without its content; `period` names the scheduled period it was taken for (null when taken on request). */
export type SnapshotSummary = Omit<DataQualitySnapshot, 'content' | 'slotKey' | 'takenAt'> & { takenAt: string; period: string | null };

const summarise = (snapshot: Omit<DataQualitySnapshot, 'content'>): SnapshotSummary => ({
  id: snapshot.id,
  takenAt: snapshot.takenAt.toISOString(),
  takenBy: snapshot.takenBy,
  trigger: snapshot.trigger,
  period: snapshot.slotKey,
  recordTypes: snapshot.recordTypes,
  rowCounts: snapshot.rowCounts,
});

/**
 * Snapshots of the key tables — records of chosen types, lot statuses and inventory balances —
 * each row under a stable key, so two snapshots show what was added, removed or changed between
 * them, field by field. Taking one is audited.
 */
export class SnapshotService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly records: RecordService,
    private readonly publishedTypes: PublishedArtifactReader,
  ) {}

  /**
   * Copies the tables now. Without `recordTypes`, the default types that are published; named
   * types must be published dictionary types.
   */
  async take(actor: string, options: { recordTypes?: readonly string[]; trigger: SnapshotTrigger; slotKey?: string }): Promise<SnapshotSummary> {
    const published = new Set((await this.publishedTypes.allLatest('dictionary-type')).map((version) => version.key));
    if (options.recordTypes) {
      const unknown = options.recordTypes.flatMap((type, index) => (published.has(type) ? [] : [{ type, index }]));
      if (unknown.length > 0) {
        throw new RequestInvalidError(
          unknown.map(({ type, index }) => ({ pointer: `/recordTypes/${index}`, message: `'${type}' is not a published dictionary type: choose one of ${[...published].sort().join(', ')}`, keyword: 'enum' })),
        );
      }
    }
    const recordTypes = [...(options.recordTypes ?? defaultSnapshotTypes.filter((type) => published.has(type)))];
    const content = await this.capture(recordTypes, published.has(lotType));
    const snapshot: DataQualitySnapshot = {
      id: randomUUID(),
      takenAt: new Date(),
      takenBy: actor,
      trigger: options.trigger,
      slotKey: options.slotKey ?? null,
      recordTypes,
      rowCounts: Object.fromEntries(Object.entries(content).map(([table, rows]) => [table, Object.keys(rows).length])),
      content,
    };
    await inTransaction(this.dataSource, async (manager) => {
      // A scheduled snapshot's slot key is unique: the replica that inserts second fails here and writes nothing.
      await manager.getRepository(DataQualitySnapshotEntity).insert(snapshot as never);
      await this.audit.append(manager, {
        actor,
        action: 'data-quality.snapshot-taken',
        entityType: 'data-quality-snapshot',
        entityId: snapshot.id,
        reason: options.trigger === 'scheduled' ? `Scheduled snapshot ${options.slotKey}` : null,
        after: { trigger: snapshot.trigger, recordTypes, rowCounts: snapshot.rowCounts },
      });
    });
    return summarise(snapshot);
  }

  /** Whether any of the default types is published: before the dictionary is loaded there is nothing to copy. */
  async defaultTypesPublished(): Promise<boolean> {
    const published = new Set((await this.publishedTypes.allLatest('dictionary-type')).map((version) => version.key));
    return defaultSnapshotTypes.some((type) => published.has(type));
  }

  /** Whether a replica already took the snapshot of this period. */
  async slotTaken(slotKey: string): Promise<boolean> {
    return this.dataSource.getRepository(DataQualitySnapshotEntity).existsBy({ slotKey });
  }

  async list(page: { limit: number; offset: number }): Promise<{ items: SnapshotSummary[]; total: number }> {
    const [items, total] = await this.dataSource.getRepository(DataQualitySnapshotEntity).findAndCount({ order: { takenAt: 'DESC' }, take: page.limit, skip: page.offset });
    return { items: items.map(summarise), total };
  }

  /** What changed from snapshot `fromId` to snapshot `toId`; each changed field with its label from the dictionary as it is now. */
  async diff(fromId: string, toId: string): Promise<{ from: SnapshotSummary; to: SnapshotSummary } & SnapshotDifference> {
    const [from, to] = await Promise.all([this.load(fromId), this.load(toId)]);
    const difference = diffSnapshots(from.content, to.content);
    const published = new Set((await this.publishedTypes.allLatest('dictionary-type')).map((version) => version.key));
    const typeOf = async (typeKey: string) => (published.has(typeKey) ? (await this.records.publishedType(typeKey)).type : undefined);
    const lot = await typeOf(lotType);
    for (const table of difference.tables) {
      const type = table.table.startsWith('record:') ? await typeOf(table.table.slice('record:'.length)) : table.table === snapshotTables.lotStatus && lot?.statusField ? lot : undefined;
      for (const row of table.changed) {
        for (const change of row.fields) {
          // `/certificates/0/expiresOn` is the field `certificates/expiresOn` of a row; lot statuses are the lot's status field.
          const path = table.table === snapshotTables.lotStatus ? lot?.statusField : decodePointer(change.field).filter((segment) => !/^\d+$/.test(segment)).join('/');
          const label = table.table === snapshotTables.inventoryBalance ? balanceLabels[change.field.slice(1)] : type && path ? labelFieldPath(type, path) : undefined;
          if (label) change.label = label;
        }
      }
    }
    return { from: summarise(from), to: summarise(to), ...difference };
  }

  private async load(id: string): Promise<DataQualitySnapshot> {
    const snapshot = await this.dataSource
      .getRepository(DataQualitySnapshotEntity)
      .createQueryBuilder('snapshot')
      .addSelect('snapshot.content')
      .where('snapshot.id = :id', { id })
      .getOne();
    if (!snapshot) throw new NotFoundError(`The snapshot '${id}'`, 'GET /data-quality/snapshots lists the snapshots there are.');
    return snapshot;
  }

  private async capture(recordTypes: readonly string[], withLots: boolean): Promise<SnapshotTables> {
    const tables: SnapshotTables = {};
    const recordsOf = (typeKey: string) => this.dataSource.getRepository(RecordEntity).find({ where: { typeKey }, select: { code: true, values: true }, order: { code: 'ASC' } });
    for (const type of recordTypes) tables[snapshotTables.record(type)] = Object.fromEntries((await recordsOf(type)).map((record) => [record.code, record.values]));
    const lotStatuses: Record<string, Record<string, unknown>> = {};
    if (withLots) {
      const { type } = await this.records.publishedType(lotType);
      const lots = tables[snapshotTables.record(lotType)] ?? Object.fromEntries((await recordsOf(lotType)).map((record) => [record.code, record.values]));
      for (const [code, values] of Object.entries(lots)) if (type.statusField) lotStatuses[code] = { status: values[type.statusField] ?? null };
    }
    tables[snapshotTables.lotStatus] = lotStatuses;
    const balances: Array<{ material: string; lot: string; location: string; quantity: string | number }> = await this.dataSource
      .getRepository(InventoryMovementEntity)
      .createQueryBuilder('movement')
      .select(['movement.material AS material', 'movement.lot AS lot', 'movement.location AS location', 'SUM(movement.quantityThousandths) AS quantity'])
      .groupBy('movement.material')
      .addGroupBy('movement.lot')
      .addGroupBy('movement.location')
      .having('SUM(movement.quantityThousandths) <> 0')
      .getRawMany();
    tables[snapshotTables.inventoryBalance] = Object.fromEntries(
      balances
        .sort((a, b) => a.lot.localeCompare(b.lot) || a.location.localeCompare(b.location))
        .map((row) => [`${row.lot}@${row.location}`, { material: row.material, lot: row.lot, location: row.location, onHand: fromThousandths(Number(row.quantity)) }]),
    );
    return tables;
  }
}
