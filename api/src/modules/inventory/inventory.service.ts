import { createHash, randomUUID } from 'node:crypto';
import type { Locale, ValidationIssue } from '@lotflow/dictionary';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { writeLock } from '../../database/transaction.js';
import { ConflictError, NotFoundError, RequestInvalidError } from '../../http/lotflow-error.js';
import { canonicalJson } from '../../shared/canonical-json.js';
import type { AuditTrail } from '../audit/audit-trail.service.js';
import { RecordEntity, type StoredRecord } from '../records/record.entity.js';
import type { RecordService } from '../records/record.service.js';
import { ElectronicSignatureEntity, type ElectronicSignature } from '../signatures/electronic-signature.entity.js';
import { findValidSignature, signedContent } from '../signatures/signature.service.js';
import { TraceLinkEntity, traceNode } from '../traceability/trace-link.entity.js';
import {
  InventoryMovementEntity,
  InventoryPostingEntity,
  InventoryReservationEntity,
  InventoryReservationLineEntity,
  type InventoryMovement,
  type InventoryPosting,
  type InventoryReservation,
  type InventoryReservationLine,
} from './inventory.entity.js';
import {
  customerMinimumShelfLifeField,
  lotFields,
  movementRules,
  releasedStatus,
  type DocumentRef,
  type LinkDraft,
  type MovementType,
} from './movement-types.js';
import { inPostingTransaction, isDuplicateKeyError } from './posting-transaction.js';
import { allocateFefo, type FefoAllocation, type SkipReason } from './utils/allocate-fefo.util.js';
import { daysBetween } from './utils/days-between.util.js';
import { fromThousandths } from './utils/from-thousandths.util.js';
import { toThousandths } from './utils/to-thousandths.util.js';
import { todayInTimeZone } from './utils/today-in-time-zone.util.js';

export interface MovementInput {
  type: MovementType;
  lot: string;
  location: string;
  toLocation?: string;
  quantity: number | string;
  document?: DocumentRef;
  reservation?: string;
}

export interface LinkInput {
  from: DocumentRef;
  to: DocumentRef;
  relation?: string;
}

export interface MovementsRequest {
  idempotencyKey: string;
  movements: MovementInput[];
  links?: LinkInput[];
}

export interface ReservationRequest {
  idempotencyKey: string;
  material: string;
  quantity: number | string;
  customer?: string;
  workOrder?: string;
  minimumRemainingShelfLifeDays?: number;
  asOf?: string;
  location?: string;
  /** Allows lots below the minimum shelf life; `signedDecision` names the record whose valid electronic signature authorises it. */
  shelfLifeOverride?: { reason: string; signedDecision: DocumentRef };
}

/** The signature behind a shelf-life override, as §11.50 wants it shown: printed name, date and time, meaning. */
export interface OverrideSignatureView {
  id: string;
  printedName: string;
  username: string;
  meaning: string;
  signedAt: string;
  decision: { type: string; code: string; version: number };
}

export interface PostedMovement {
  id: number;
  line: number;
  type: MovementType;
  material: string;
  lot: string;
  location: string;
  /** Signed: negative when stock left the location. */
  quantity: number;
  document: DocumentRef | null;
  reservation: string | null;
}

export interface PostingResult {
  postingId: string;
  idempotencyKey: string;
  postedBy: string;
  postedAt: string;
  movements: PostedMovement[];
  links: Array<{ from: string; to: string; relation: string }>;
}

export interface SkippedLot {
  lot: string;
  location: string;
  free: number;
  expiresOn: string | null;
  reason: SkipReason;
  explanation: string;
}

export interface ReservationView {
  id: string;
  status: InventoryReservation['status'];
  material: string;
  quantity: number;
  customer: string | null;
  workOrder: string | null;
  minimumRemainingShelfLifeDays: number | null;
  asOf: string;
  shelfLifeOverrideReason: string | null;
  shelfLifeOverrideSignature: OverrideSignatureView | null;
  lines: Array<{ lot: string; location: string; quantity: number; consumed: number; expiresOn: string | null; belowMinimumShelfLife: boolean; status: InventoryReservationLine['status'] }>;
  createdBy: string;
  createdAt: string;
  cancelledBy: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  /** Candidates FEFO passed over when the reservation was made, and why. */
  skipped?: SkippedLot[];
}

export interface BalanceRow {
  material: string;
  lot: string;
  location: string;
  onHand: number;
  reserved: number;
  available: number;
  lotStatus: string | null;
  expiresOn: string | null;
  expired: boolean;
}

type Outcome<T> = { replayed: boolean; result: T };

const verbs: Record<MovementType, string> = {
  receipt: 'received',
  issue: 'issued to a work order',
  'production-output': 'reported as production output',
  transfer: 'transferred',
  scrap: 'scrapped',
  'return-to-supplier': 'returned to the supplier',
  shipment: 'shipped',
};

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');
const key = (lot: string, location: string) => `${lot}\u0000${location}`;
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const quantityText = (thousandths: number) => String(fromThousandths(thousandths));

function explainSkip(reason: SkipReason): string {
  switch (reason.kind) {
    case 'status':
      return `status '${reason.status}': only a released lot can be reserved`;
    case 'expired':
      return `expired on ${reason.expiresOn}`;
    case 'shelf-life':
      return `expires on ${reason.expiresOn}, ${reason.remainingDays} days left; at least ${reason.minimumDays} days are required`;
  }
}

/**
 * The inventory ledger: movements of lots between locations, balances derived from them, lot
 * status that blocks what it must, FEFO reservations, and the trace links every movement leaves.
 * Each posting is idempotent by the caller's key and audited in its own transaction.
 */
export class InventoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly records: RecordService,
    private readonly timeZone: string,
  ) {}

  today(): string {
    return todayInTimeZone(this.timeZone);
  }

  // ── idempotency ────────────────────────────────────────────────────────────────────────────

  private requestHash(kind: InventoryPosting['kind'], request: object): string {
    const { idempotencyKey: _key, ...content } = request as { idempotencyKey?: string };
    return createHash('sha256').update(canonicalJson({ kind, content })).digest('hex');
  }

  /** The stored answer when the key was used before for the same request; a 409 when for another. */
  private async earlierPosting<T>(manager: EntityManager, kind: InventoryPosting['kind'], idempotencyKey: string, requestHash: string): Promise<Outcome<T> | undefined> {
    const stored = await manager.getRepository(InventoryPostingEntity).findOneBy({ idempotencyKey });
    if (!stored) return undefined;
    if (stored.kind !== kind || stored.requestHash !== requestHash) {
      throw new ConflictError(
        `The idempotency key '${idempotencyKey}' was used by ${stored.postedBy} at ${stored.postedAt.toISOString()} for a different ${stored.kind === 'movements' ? 'posting' : 'reservation'}: nothing was posted. A new posting needs a new key.`,
        '/idempotencyKey',
      );
    }
    return { replayed: true, result: stored.result as T };
  }

  /** Locks first (what `lock` returns is handed to `work`), then the key, then the work and its stored answer. */
  private async idempotent<T, L>(
    kind: InventoryPosting['kind'],
    request: { idempotencyKey: string },
    actor: string,
    lock: (manager: EntityManager) => Promise<L>,
    work: (manager: EntityManager, posting: { id: string; at: Date }, locked: L) => Promise<T>,
  ): Promise<Outcome<T>> {
    const requestHash = this.requestHash(kind, request);
    const earlier = await this.earlierPosting<T>(this.dataSource.manager, kind, request.idempotencyKey, requestHash);
    if (earlier) return earlier;
    try {
      return await inPostingTransaction(this.dataSource, async (manager) => {
        const locked = await lock(manager);
        // Looked up again under the locks: a request with the same key may have committed meanwhile.
        const committedMeanwhile = await this.earlierPosting<T>(manager, kind, request.idempotencyKey, requestHash);
        if (committedMeanwhile) return committedMeanwhile;
        const posting = { id: randomUUID(), at: new Date() };
        const result = await work(manager, posting, locked);
        await manager
          .getRepository(InventoryPostingEntity)
          .insert({ id: posting.id, idempotencyKey: request.idempotencyKey, kind, requestHash, result: result as never, postedBy: actor, postedAt: posting.at });
        return { replayed: false, result };
      });
    } catch (error) {
      if (isDuplicateKeyError(error)) {
        const raced = await this.earlierPosting<T>(this.dataSource.manager, kind, request.idempotencyKey, requestHash);
        if (raced) return raced;
      }
      throw error;
    }
  }

  // ── movements ──────────────────────────────────────────────────────────────────────────────

  private async lockRecords(manager: EntityManager, typeKey: string, codes: string[]): Promise<Map<string, StoredRecord>> {
    if (codes.length === 0) return new Map();
    const found = await manager.getRepository(RecordEntity).find({ where: { typeKey, code: In([...new Set(codes)].sort()) }, order: { code: 'ASC' }, ...writeLock(manager) });
    return new Map(found.map((record) => [record.code, record]));
  }

  private async findRecords(manager: EntityManager, references: DocumentRef[]): Promise<Map<string, StoredRecord>> {
    const codes = [...new Set(references.map((reference) => reference.code))];
    if (codes.length === 0) return new Map();
    const found = await manager.getRepository(RecordEntity).findBy({ code: In(codes) });
    return new Map(found.map((record) => [traceNode(record.typeKey, record.code), record]));
  }

  private async onHand(manager: EntityManager, lots: string[]): Promise<Map<string, number>> {
    if (lots.length === 0) return new Map();
    const rows: Array<{ lot: string; location: string; quantity: string | number }> = await manager.query(
      `SELECT lot, location, SUM(quantity_thousandths) AS quantity FROM inventory_movement WHERE lot IN (${placeholders(lots)}) GROUP BY lot, location`,
      lots,
    );
    return new Map(rows.map((row) => [key(row.lot, row.location), Number(row.quantity)]));
  }

  /** Open reservation lines on these lots, with what each still holds. */
  private async openReservationLines(manager: EntityManager, lots: string[]): Promise<Array<InventoryReservationLine & { remaining: number }>> {
    if (lots.length === 0) return [];
    const lines = await manager
      .getRepository(InventoryReservationLineEntity)
      .createQueryBuilder('line')
      .innerJoin('InventoryReservation', 'reservation', 'reservation.id = line.reservationId')
      .where('line.lot IN (:...lots)', { lots })
      .andWhere('line.status = :open', { open: 'open' })
      .andWhere("reservation.status = 'open'")
      .getMany();
    return lines.map((line) => ({ ...line, remaining: line.quantityThousandths - line.consumedThousandths }));
  }

  async postMovements(request: MovementsRequest, actor: string): Promise<Outcome<PostingResult>> {
    const lotCodes = request.movements.map((movement) => movement.lot);
    return this.idempotent(
      'movements',
      request,
      actor,
      (manager) => this.lockRecords(manager, 'lot', lotCodes),
      async (manager, posting, lots): Promise<PostingResult> => {
        const issues: ValidationIssue[] = [];
        const lines = request.movements.map((movement, index) => {
          const pointer = `/movements/${index}`;
          const rule = movementRules[movement.type];
          const quantityThousandths = toThousandths(movement.quantity);
          if (quantityThousandths === undefined || quantityThousandths <= 0) {
            issues.push({ pointer: `${pointer}/quantity`, message: 'must be a positive decimal with at most three places; the movement type says which way it goes', keyword: 'quantity' });
          }
          const lot = lots.get(movement.lot);
          if (!lot) issues.push({ pointer: `${pointer}/lot`, message: `refers to the lot '${movement.lot}', which does not exist: create the lot record first`, keyword: 'reference' });
          const fromLot = rule.document?.lotField ? text(lot?.values[rule.document.lotField]) : null;
          const document = movement.document ?? (rule.document && fromLot ? { type: rule.document.type, code: fromLot } : undefined);
          if (rule.document && document && document.type !== rule.document.type) {
            issues.push({ pointer: `${pointer}/document/type`, message: `must be '${rule.document.type}' for a ${movement.type}`, keyword: 'const' });
          }
          if (rule.document?.required && !document) issues.push({ pointer: `${pointer}/document`, message: `is required: a ${movement.type} is posted against a ${rule.document.type}`, keyword: 'required' });
          if (rule.direction === 'transfer' && (!movement.toLocation || movement.toLocation === movement.location)) {
            issues.push({ pointer: `${pointer}/toLocation`, message: 'is required for a transfer and must differ from location', keyword: 'required' });
          }
          if (rule.direction !== 'transfer' && movement.toLocation !== undefined) issues.push({ pointer: `${pointer}/toLocation`, message: 'is only for a transfer', keyword: 'additionalProperties' });
          if (movement.reservation !== undefined && rule.direction !== 'out') {
            issues.push({ pointer: `${pointer}/reservation`, message: 'is only for a movement that takes stock out (an issue or a shipment)', keyword: 'additionalProperties' });
          }
          return { index, movement, rule, lot, document, quantityThousandths: quantityThousandths ?? 0 };
        });
        const documents = await this.findRecords(manager, [...lines.flatMap((line) => (line.document ? [line.document] : [])), ...(request.links ?? []).flatMap((link) => [link.from, link.to])]);
        for (const line of lines) {
          if (line.document && !documents.has(traceNode(line.document.type, line.document.code))) {
            issues.push({ pointer: `/movements/${line.index}/document/code`, message: `refers to the ${line.document.type} '${line.document.code}', which does not exist`, keyword: 'reference' });
          }
        }
        for (const [index, link] of (request.links ?? []).entries()) {
          for (const end of ['from', 'to'] as const) {
            if (link[end].type !== 'supplier-lot' && !documents.has(traceNode(link[end].type, link[end].code))) {
              issues.push({ pointer: `/links/${index}/${end}/code`, message: `refers to the ${link[end].type} '${link[end].code}', which does not exist`, keyword: 'reference' });
            }
          }
        }
        if (issues.length > 0) throw new RequestInvalidError(issues);

        const today = this.today();
        for (const line of lines) {
          if (!line.rule.needsReleasedLot) continue;
          const status = String(line.lot!.values[lotFields.status]);
          const expiresOn = text(line.lot!.values[lotFields.expiresOn]);
          if (status !== releasedStatus) {
            throw new ConflictError(`Lot ${line.movement.lot} has status '${status}': only a released lot can be ${verbs[line.movement.type]}. Nothing was posted.`, `/movements/${line.index}/lot`);
          }
          if (expiresOn && expiresOn < today) {
            throw new ConflictError(`Lot ${line.movement.lot} expired on ${expiresOn}: expired stock can never be ${verbs[line.movement.type]}. Nothing was posted.`, `/movements/${line.index}/lot`);
          }
        }

        const involved = [...lots.keys()];
        const onHand = await this.onHand(manager, involved);
        const reservationLines = await this.openReservationLines(manager, involved);
        const reservedAt = new Map<string, number>();
        for (const reserved of reservationLines) reservedAt.set(key(reserved.lot, reserved.location), (reservedAt.get(key(reserved.lot, reserved.location)) ?? 0) + reserved.remaining);
        const reservations = new Map<string, InventoryReservation>();
        for (const reservationId of new Set(lines.flatMap((line) => (line.movement.reservation ? [line.movement.reservation] : [])))) {
          const reservation = await manager.getRepository(InventoryReservationEntity).findOne({ where: { id: reservationId }, ...writeLock(manager) });
          if (!reservation) throw new NotFoundError(`The reservation '${reservationId}'`);
          if (reservation.status !== 'open') throw new ConflictError(`The reservation '${reservationId}' is ${reservation.status}: post without it, or reserve again.`, '/movements');
          reservations.set(reservationId, reservation);
        }

        const movements: InventoryMovement[] = [];
        const links: LinkDraft[] = [];
        const consumed = new Map<number, number>();
        for (const line of lines) {
          const { movement, rule, index } = line;
          const material = String(line.lot!.values[lotFields.material]);
          const reservation = movement.reservation ? reservations.get(movement.reservation) : undefined;
          if (reservation && reservation.material !== material) {
            throw new ConflictError(`Lot ${movement.lot} is ${material}, but the reservation '${reservation.id}' is for ${reservation.material}.`, `/movements/${index}/reservation`);
          }
          const row = (location: string, sign: 1 | -1): InventoryMovement => ({
            postingId: posting.id,
            line: index + 1,
            movementType: movement.type,
            material,
            lot: movement.lot,
            location,
            quantityThousandths: sign * line.quantityThousandths,
            documentType: line.document?.type ?? null,
            documentCode: line.document?.code ?? null,
            reservationId: reservation?.id ?? null,
            postedBy: actor,
            postedAt: posting.at,
          });
          if (rule.direction !== 'in') {
            const at = key(movement.lot, movement.location);
            const own = reservation ? reservationLines.filter((reserved) => reserved.reservationId === reservation.id && key(reserved.lot, reserved.location) === at) : [];
            const ownRemaining = own.reduce((sum, reserved) => sum + reserved.remaining, 0);
            const present = onHand.get(at) ?? 0;
            const reservedForOthers = (reservedAt.get(at) ?? 0) - ownRemaining;
            const free = present - reservedForOthers;
            if (line.quantityThousandths > free) {
              throw new ConflictError(
                `Lot ${movement.lot} at ${movement.location} has ${quantityText(Math.max(free, 0))} free (${quantityText(present)} on hand, ${quantityText(reservedForOthers)} reserved${reservation ? ' for other demands' : ''}); line ${index + 1} asks for ${quantityText(line.quantityThousandths)}. Nothing was posted.`,
                `/movements/${index}/quantity`,
              );
            }
            let toConsume = line.quantityThousandths;
            for (const reserved of own) {
              const taken = Math.min(reserved.remaining, toConsume);
              reserved.remaining -= taken;
              toConsume -= taken;
              consumed.set(reserved.id!, (consumed.get(reserved.id!) ?? 0) + taken);
              reservedAt.set(at, (reservedAt.get(at) ?? 0) - taken);
            }
            onHand.set(at, present - line.quantityThousandths);
            movements.push(row(movement.location, -1));
          }
          if (rule.direction !== 'out') {
            const to = rule.direction === 'transfer' ? movement.toLocation! : movement.location;
            onHand.set(key(movement.lot, to), (onHand.get(key(movement.lot, to)) ?? 0) + line.quantityThousandths);
            movements.push(row(to, 1));
          }
          links.push(
            ...rule.links({
              lot: movement.lot,
              lotValues: line.lot!.values,
              document: line.document,
              documentValues: line.document ? documents.get(traceNode(line.document.type, line.document.code))?.values : undefined,
              quantityThousandths: line.quantityThousandths,
            }),
          );
        }
        for (const link of request.links ?? []) {
          links.push({ from: traceNode(link.from.type, link.from.code), to: traceNode(link.to.type, link.to.code), relation: link.relation ?? 'linked', quantityThousandths: null });
        }

        const inserted = await manager.getRepository(InventoryMovementEntity).save(movements.map((movement) => ({ ...movement })) as InventoryMovement[]);
        for (const [lineId, taken] of consumed) {
          const reserved = reservationLines.find((candidate) => candidate.id === lineId)!;
          await manager.getRepository(InventoryReservationLineEntity).update({ id: lineId }, { consumedThousandths: reserved.consumedThousandths + taken });
        }
        for (const reservation of reservations.values()) {
          const stillOpen = await manager
            .getRepository(InventoryReservationLineEntity)
            .createQueryBuilder('line')
            .where('line.reservationId = :id', { id: reservation.id })
            .andWhere('line.status = :open', { open: 'open' })
            .andWhere('line.quantityThousandths > line.consumedThousandths')
            .getCount();
          if (stillOpen === 0) await manager.getRepository(InventoryReservationEntity).update({ id: reservation.id }, { status: 'fulfilled' });
        }
        const writtenLinks = await this.writeLinks(manager, links, posting);

        const result: PostingResult = {
          postingId: posting.id,
          idempotencyKey: request.idempotencyKey,
          postedBy: actor,
          postedAt: posting.at.toISOString(),
          movements: inserted.map((movement) => ({
            id: movement.id!,
            line: movement.line,
            type: movement.movementType as MovementType,
            material: movement.material,
            lot: movement.lot,
            location: movement.location,
            quantity: fromThousandths(movement.quantityThousandths),
            document: movement.documentType ? { type: movement.documentType, code: movement.documentCode! } : null,
            reservation: movement.reservationId,
          })),
          links: writtenLinks,
        };
        await this.audit.append(manager, {
          actor,
          action: 'inventory.posted',
          entityType: 'inventory-posting',
          entityId: request.idempotencyKey,
          after: { postingId: posting.id, lots: [...new Set(lotCodes)].sort(), movements: result.movements.map(({ id: _id, ...movement }) => movement) },
        });
        return result;
      },
    );
  }

  /** Trace links of one posting; structural links (supplier → supplier lot) are written once. */
  private async writeLinks(manager: EntityManager, drafts: LinkDraft[], posting: { id: string; at: Date }): Promise<PostingResult['links']> {
    const merged = new Map<string, LinkDraft>();
    for (const draft of drafts) {
      const id = `${draft.from}\u0000${draft.to}\u0000${draft.relation}`;
      const earlier = merged.get(id);
      merged.set(id, earlier ? { ...earlier, quantityThousandths: (earlier.quantityThousandths ?? 0) + (draft.quantityThousandths ?? 0) || null } : { ...draft });
    }
    const links = manager.getRepository(TraceLinkEntity);
    const written: PostingResult['links'] = [];
    for (const draft of merged.values()) {
      if (draft.quantityThousandths === null && (await links.existsBy({ fromNode: draft.from, toNode: draft.to, relation: draft.relation }))) continue;
      await links.insert({ fromNode: draft.from, toNode: draft.to, relation: draft.relation, quantityThousandths: draft.quantityThousandths, postingId: posting.id, createdAt: posting.at });
      written.push({ from: draft.from, to: draft.to, relation: draft.relation });
    }
    return written;
  }

  // ── reservations ───────────────────────────────────────────────────────────────────────────

  async reserve(request: ReservationRequest, actor: string): Promise<Outcome<ReservationView>> {
    const quantityThousandths = toThousandths(request.quantity);
    if (quantityThousandths === undefined || quantityThousandths <= 0) {
      throw new RequestInvalidError([{ pointer: '/quantity', message: 'must be a positive decimal with at most three places', keyword: 'quantity' }]);
    }
    const asOf = request.asOf ?? this.today();
    return this.idempotent(
      'reservation',
      request,
      actor,
      // One reservation of a material at a time: two demands never allocate the same free stock.
      (manager) => this.lockRecords(manager, 'material', [request.material]),
      async (manager, posting): Promise<ReservationView> => {
        const issues: ValidationIssue[] = [];
        if (!request.customer && !request.workOrder) issues.push({ pointer: '/customer', message: 'or workOrder is required: say whom the stock is for', keyword: 'required' });
        const found = await this.findRecords(manager, [
          { type: 'material', code: request.material },
          ...(request.customer ? [{ type: 'customer', code: request.customer }] : []),
          ...(request.workOrder ? [{ type: 'work-order', code: request.workOrder }] : []),
        ]);
        const customer = request.customer ? found.get(traceNode('customer', request.customer)) : undefined;
        if (!found.has(traceNode('material', request.material))) issues.push({ pointer: '/material', message: `refers to the material '${request.material}', which does not exist`, keyword: 'reference' });
        if (request.customer && !customer) issues.push({ pointer: '/customer', message: `refers to the customer '${request.customer}', which does not exist`, keyword: 'reference' });
        if (request.workOrder && !found.has(traceNode('work-order', request.workOrder))) {
          issues.push({ pointer: '/workOrder', message: `refers to the work-order '${request.workOrder}', which does not exist`, keyword: 'reference' });
        }
        if (issues.length > 0) throw new RequestInvalidError(issues);
        const overrideSignature = request.shelfLifeOverride ? await this.overrideSignature(manager, request.shelfLifeOverride.signedDecision) : null;
        const customerMinimum = customer?.values[customerMinimumShelfLifeField];
        const minimumShelfLifeDays = request.minimumRemainingShelfLifeDays ?? (typeof customerMinimum === 'number' ? customerMinimum : null);

        const stockOf = async (lotCodes?: string[]): Promise<Array<{ lot: string; location: string; quantity: string | number }>> =>
          manager.query(
            `SELECT lot, location, SUM(quantity_thousandths) AS quantity FROM inventory_movement WHERE material = ?${request.location ? ' AND location = ?' : ''}${lotCodes ? ` AND lot IN (${placeholders(lotCodes)})` : ''}
             GROUP BY lot, location HAVING SUM(quantity_thousandths) > 0`,
            [request.material, ...(request.location ? [request.location] : []), ...(lotCodes ?? [])],
          );
        const lotCodes = [...new Set((await stockOf()).map((row) => row.lot))];
        const lots = await this.lockRecords(manager, 'lot', lotCodes);
        // Read again under the lot locks: an issue or shipment may have committed since the first read.
        const stock = lotCodes.length === 0 ? [] : await stockOf(lotCodes);
        const reservedAt = new Map<string, number>();
        for (const reserved of await this.openReservationLines(manager, lotCodes)) reservedAt.set(key(reserved.lot, reserved.location), (reservedAt.get(key(reserved.lot, reserved.location)) ?? 0) + reserved.remaining);
        const candidates = stock.map((row) => {
          const lot = lots.get(row.lot);
          return {
            lot: row.lot,
            location: row.location,
            status: String(lot?.values[lotFields.status] ?? 'unknown'),
            expiresOn: text(lot?.values[lotFields.expiresOn]),
            freeThousandths: Number(row.quantity) - (reservedAt.get(key(row.lot, row.location)) ?? 0),
          };
        });
        const allocation = allocateFefo(candidates, { quantityThousandths, asOf, minimumShelfLifeDays, overrideShelfLife: request.shelfLifeOverride !== undefined });
        const skipped = this.skippedLots(allocation);
        if (allocation.shortfallThousandths > 0) {
          const allocatable = allocation.lines.map((line) => `${quantityText(line.quantityThousandths)} in ${line.lot} at ${line.location}`).join(', ');
          throw new ConflictError(
            [
              `Couldn't reserve ${quantityText(quantityThousandths)} of ${request.material}${request.customer ? ` for ${request.customer}` : ''}${request.workOrder ? ` for ${request.workOrder}` : ''} as of ${asOf}: ${quantityText(allocation.shortfallThousandths)} short.`,
              allocatable ? `Allocatable: ${allocatable}.` : 'No lot can be allocated.',
              skipped.length > 0 ? `Skipped: ${skipped.map((skip) => `${skip.lot} at ${skip.location} (${skip.explanation})`).join('; ')}.` : '',
              skipped.some((skip) => skip.reason.kind === 'shelf-life') ? 'Short-dated lots can be reserved with a shelf-life override and its reason.' : '',
            ]
              .filter(Boolean)
              .join(' '),
            '/quantity',
          );
        }
        const reservation: InventoryReservation = {
          id: randomUUID(),
          postingId: posting.id,
          material: request.material,
          quantityThousandths,
          customer: request.customer ?? null,
          workOrder: request.workOrder ?? null,
          minimumShelfLifeDays,
          asOf,
          shelfLifeOverrideReason: request.shelfLifeOverride?.reason ?? null,
          shelfLifeOverrideSignature: overrideSignature?.id ?? null,
          status: 'open',
          createdBy: actor,
          createdAt: posting.at,
          cancelledBy: null,
          cancelledAt: null,
          cancelReason: null,
        };
        const lines: InventoryReservationLine[] = allocation.lines.map((line) => ({
          reservationId: reservation.id,
          lot: line.lot,
          location: line.location,
          quantityThousandths: line.quantityThousandths,
          consumedThousandths: 0,
          expiresOn: line.expiresOn,
          belowMinimumShelfLife: line.belowMinimumShelfLife,
          status: 'open',
        }));
        await manager.getRepository(InventoryReservationEntity).insert(reservation);
        await manager.getRepository(InventoryReservationLineEntity).insert(lines);
        const view = { ...this.reservationView(reservation, lines, overrideSignature), skipped };
        const overridden = lines.filter((line) => line.belowMinimumShelfLife).map((line) => line.lot);
        await this.audit.append(manager, {
          actor,
          action: 'inventory.reserved',
          entityType: 'inventory-reservation',
          entityId: reservation.id,
          // The override's reason is the audited why; the view names the signature that authorised it.
          reason: overridden.length > 0 ? reservation.shelfLifeOverrideReason : null,
          after: { idempotencyKey: request.idempotencyKey, ...view, ...(overridden.length > 0 ? { shelfLifeOverriddenFor: overridden } : {}) },
        });
        return view;
      },
    );
  }

  private skippedLots(allocation: FefoAllocation): SkippedLot[] {
    return allocation.skipped.map((skip) => ({
      lot: skip.lot,
      location: skip.location,
      free: fromThousandths(skip.freeThousandths),
      expiresOn: skip.expiresOn,
      reason: skip.reason,
      explanation: explainSkip(skip.reason),
    }));
  }

  /**
   * The valid electronic signature of the decision a shelf-life override names (§11.70: bound to
   * that decision's current version), or a refusal saying what is missing.
   */
  private async overrideSignature(manager: EntityManager, decision: DocumentRef): Promise<ElectronicSignature> {
    const pointer = '/shelfLifeOverride/signedDecision';
    const record = await manager.getRepository(RecordEntity).findOneBy({ typeKey: decision.type, code: decision.code });
    if (!record) throw new RequestInvalidError([{ pointer: `${pointer}/code`, message: `refers to the ${decision.type} '${decision.code}', which does not exist`, keyword: 'reference' }]);
    const signature = await findValidSignature(manager, { type: record.typeKey, id: record.code, version: record.revision, content: signedContent(record) });
    if (!signature) {
      throw new RequestInvalidError([
        { pointer, message: `names the ${decision.type} '${decision.code}', which has no valid electronic signature for its revision ${record.revision}: an override of shelf life needs a signed decision`, keyword: 'signature' },
      ]);
    }
    return signature;
  }

  private reservationView(reservation: InventoryReservation, lines: InventoryReservationLine[], overrideSignature: ElectronicSignature | null = null): ReservationView {
    return {
      id: reservation.id,
      status: reservation.status,
      material: reservation.material,
      quantity: fromThousandths(reservation.quantityThousandths),
      customer: reservation.customer,
      workOrder: reservation.workOrder,
      minimumRemainingShelfLifeDays: reservation.minimumShelfLifeDays,
      asOf: reservation.asOf,
      shelfLifeOverrideReason: reservation.shelfLifeOverrideReason,
      shelfLifeOverrideSignature: overrideSignature
        ? {
            id: overrideSignature.id,
            printedName: overrideSignature.printedName,
            username: overrideSignature.signerUsername,
            meaning: overrideSignature.meaning,
            signedAt: overrideSignature.signedAt.toISOString(),
            decision: { type: overrideSignature.subjectType, code: overrideSignature.subjectId, version: overrideSignature.subjectVersion },
          }
        : null,
      lines: lines.map((line) => ({
        lot: line.lot,
        location: line.location,
        quantity: fromThousandths(line.quantityThousandths),
        consumed: fromThousandths(line.consumedThousandths),
        expiresOn: line.expiresOn,
        belowMinimumShelfLife: Boolean(line.belowMinimumShelfLife),
        status: line.status,
      })),
      createdBy: reservation.createdBy,
      createdAt: reservation.createdAt.toISOString(),
      cancelledBy: reservation.cancelledBy,
      cancelledAt: reservation.cancelledAt?.toISOString() ?? null,
      cancelReason: reservation.cancelReason,
    };
  }

  async getReservation(id: string, manager: EntityManager = this.dataSource.manager): Promise<ReservationView> {
    const reservation = await manager.getRepository(InventoryReservationEntity).findOneBy({ id });
    if (!reservation) throw new NotFoundError(`The reservation '${id}'`);
    const lines = await manager.getRepository(InventoryReservationLineEntity).find({ where: { reservationId: id }, order: { id: 'ASC' } });
    const signature = reservation.shelfLifeOverrideSignature ? await manager.getRepository(ElectronicSignatureEntity).findOneBy({ id: reservation.shelfLifeOverrideSignature }) : null;
    return this.reservationView(reservation, lines, signature);
  }

  /** The reservations made for a work order that were not cancelled, oldest first. */
  async reservationsForWorkOrder(workOrder: string, manager: EntityManager = this.dataSource.manager): Promise<ReservationView[]> {
    const reservations = await manager.getRepository(InventoryReservationEntity).find({ where: { workOrder }, order: { createdAt: 'ASC', id: 'ASC' } });
    return Promise.all(reservations.filter((reservation) => reservation.status !== 'cancelled').map((reservation) => this.getReservation(reservation.id, manager)));
  }

  /** Cancelling twice changes nothing; a fulfilled reservation cannot be cancelled. */
  async cancelReservation(id: string, actor: string, reason: string | undefined): Promise<ReservationView> {
    return inPostingTransaction(this.dataSource, async (manager) => {
      const reservation = await manager.getRepository(InventoryReservationEntity).findOne({ where: { id }, ...writeLock(manager) });
      if (!reservation) throw new NotFoundError(`The reservation '${id}'`);
      if (reservation.status === 'cancelled') return this.getReservation(id, manager);
      if (reservation.status === 'fulfilled') throw new ConflictError(`The reservation '${id}' is fulfilled: its stock has been issued or shipped, so there is nothing left to cancel.`);
      const cancelledAt = new Date();
      await manager.getRepository(InventoryReservationEntity).update({ id }, { status: 'cancelled', cancelledBy: actor, cancelledAt, cancelReason: reason ?? null });
      await this.audit.append(manager, { actor, action: 'inventory.reservation-cancelled', entityType: 'inventory-reservation', entityId: id, reason: reason ?? null, before: { status: 'open' }, after: { status: 'cancelled' } });
      return this.getReservation(id, manager);
    });
  }

  // ── lot status ─────────────────────────────────────────────────────────────────────────────

  /**
   * Changes a lot's status through the record (a regulated field: the reason is required and
   * audited). A status other than released also releases the lot's open reservation lines: the
   * blocked stock is no longer promised, the rest of each reservation stays, and the answer names
   * the reservations that are now short so they can be reserved again.
   */
  async changeLotStatus(
    code: string,
    change: { status: string; reason: string; actor: string; locale: Locale },
    outer?: EntityManager,
  ): Promise<{ lot: StoredRecord; releasedReservations: Array<{ reservation: string; lot: string; location: string; quantity: number }> }> {
    const current = await this.records.get('lot', code, change.locale);
    // One transaction: the status and the reservations it releases change together or not at all; inside `outer` when given.
    const run = <T>(work: (manager: EntityManager) => Promise<T>) => (outer ? work(outer) : inPostingTransaction(this.dataSource, work));
    return run(async (manager) => {
      await this.lockRecords(manager, 'lot', [code]);
      let lot: StoredRecord;
      try {
        lot = await this.records.update(
          'lot',
          code,
          { values: { ...current.values, [lotFields.status]: change.status }, revision: current.revision, reason: change.reason, actor: change.actor, locale: change.locale },
          manager,
        );
      } catch (error) {
        if (error instanceof RequestInvalidError) {
          throw new RequestInvalidError(error.issues.map((issue) => ({ ...issue, pointer: issue.pointer === `/values/${lotFields.status}` ? '/status' : issue.pointer })));
        }
        throw error;
      }
      if (change.status === releasedStatus) return { lot, releasedReservations: [] };
      const open = (await this.openReservationLines(manager, [code])).filter((line) => line.remaining > 0);
      if (open.length === 0) return { lot, releasedReservations: [] };
      await manager.getRepository(InventoryReservationLineEntity).update({ id: In(open.map((line) => line.id!)) }, { status: 'released' });
      const releasedReservations = open.map((line) => ({ reservation: line.reservationId, lot: line.lot, location: line.location, quantity: fromThousandths(line.remaining) }));
      await this.audit.append(manager, {
        actor: change.actor,
        action: 'inventory.reservations-released',
        entityType: 'lot',
        entityId: code,
        reason: change.reason,
        after: { status: change.status, released: releasedReservations },
      });
      return { lot, releasedReservations };
    });
  }

  // ── reading ────────────────────────────────────────────────────────────────────────────────

  async balances(filter: { material?: string; lot?: string; location?: string }): Promise<{ items: BalanceRow[]; asOf: string }> {
    const conditions: string[] = [];
    const parameters: string[] = [];
    for (const [column, value] of [
      ['material', filter.material],
      ['lot', filter.lot],
      ['location', filter.location],
    ] as const) {
      if (value === undefined) continue;
      conditions.push(`${column} = ?`);
      parameters.push(value);
    }
    const rows: Array<{ material: string; lot: string; location: string; quantity: string | number }> = await this.dataSource.query(
      `SELECT material, lot, location, SUM(quantity_thousandths) AS quantity FROM inventory_movement${conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : ''}
       GROUP BY material, lot, location HAVING SUM(quantity_thousandths) <> 0 ORDER BY material, lot, location LIMIT 500`,
      parameters,
    );
    const lotCodes = [...new Set(rows.map((row) => row.lot))];
    const reservedAt = new Map<string, number>();
    for (const reserved of await this.openReservationLines(this.dataSource.manager, lotCodes)) reservedAt.set(key(reserved.lot, reserved.location), (reservedAt.get(key(reserved.lot, reserved.location)) ?? 0) + reserved.remaining);
    const lots = lotCodes.length === 0 ? new Map<string, StoredRecord>() : new Map((await this.dataSource.getRepository(RecordEntity).findBy({ typeKey: 'lot', code: In(lotCodes) })).map((record) => [record.code, record]));
    const asOf = this.today();
    return {
      asOf,
      items: rows.map((row) => {
        const onHand = Number(row.quantity);
        const reserved = reservedAt.get(key(row.lot, row.location)) ?? 0;
        const lot = lots.get(row.lot);
        const expiresOn = text(lot?.values[lotFields.expiresOn]);
        return {
          material: row.material,
          lot: row.lot,
          location: row.location,
          onHand: fromThousandths(onHand),
          reserved: fromThousandths(reserved),
          available: fromThousandths(Math.max(onHand - reserved, 0)),
          lotStatus: text(lot?.values[lotFields.status]),
          expiresOn,
          expired: expiresOn !== null && daysBetween(asOf, expiresOn) < 0,
        };
      }),
    };
  }

  /** A lot's ledger, oldest first, with the lot's balance after each row. */
  async ledger(lot: string): Promise<{ lot: string; items: Array<PostedMovement & { postedBy: string; postedAt: string; balanceAfter: number }> }> {
    const rows = await this.dataSource.getRepository(InventoryMovementEntity).find({ where: { lot }, order: { id: 'ASC' }, take: 5000 });
    let balance = 0;
    return {
      lot,
      items: rows.map((row) => {
        balance += row.quantityThousandths;
        return {
          id: row.id!,
          line: row.line,
          type: row.movementType as MovementType,
          material: row.material,
          lot: row.lot,
          location: row.location,
          quantity: fromThousandths(row.quantityThousandths),
          document: row.documentType ? { type: row.documentType, code: row.documentCode! } : null,
          reservation: row.reservationId,
          postedBy: row.postedBy,
          postedAt: row.postedAt.toISOString(),
          balanceAfter: fromThousandths(balance),
        };
      }),
    };
  }
}
