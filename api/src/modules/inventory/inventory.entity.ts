import { EntitySchema } from 'typeorm';

/** Quantities are integer thousandths of the material's unit: exact sums, never floating point. */
export type Thousandths = number;

/** One idempotent request: the key the caller chose, what it asked (hashed) and what it answered. */
export interface InventoryPosting {
  id: string;
  idempotencyKey: string;
  kind: 'movements' | 'reservation';
  requestHash: string;
  result: unknown;
  postedBy: string;
  postedAt: Date;
}

/** A row of the ledger: a signed quantity of one lot at one location. Rows are never changed. */
export interface InventoryMovement {
  id?: number;
  postingId: string;
  line: number;
  movementType: string;
  material: string;
  lot: string;
  location: string;
  quantityThousandths: Thousandths;
  documentType: string | null;
  documentCode: string | null;
  reservationId: string | null;
  postedBy: string;
  postedAt: Date;
}

export type ReservationStatus = 'open' | 'fulfilled' | 'cancelled';
export type ReservationLineStatus = 'open' | 'released';

export interface InventoryReservation {
  id: string;
  postingId: string;
  material: string;
  quantityThousandths: Thousandths;
  customer: string | null;
  workOrder: string | null;
  minimumShelfLifeDays: number | null;
  /** The date shelf life and expiry were judged on (YYYY-MM-DD). */
  asOf: string;
  shelfLifeOverrideReason: string | null;
  /** The electronic signature that authorised the override: the signed decision it names. */
  shelfLifeOverrideSignature: string | null;
  status: ReservationStatus;
  createdBy: string;
  createdAt: Date;
  cancelledBy: string | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
}

export interface InventoryReservationLine {
  id?: number;
  reservationId: string;
  lot: string;
  location: string;
  quantityThousandths: Thousandths;
  consumedThousandths: Thousandths;
  expiresOn: string | null;
  belowMinimumShelfLife: boolean;
  /** `released` when the lot was blocked (hold, rejected…) after it was allocated. */
  status: ReservationLineStatus;
}

// bigint columns come back from mysql2 as strings: every quantity is read through this transformer.
const thousandths = { to: (value: number) => value, from: (value: string | number | null) => (value === null ? null : Number(value)) };
const integerId = { to: (value: number | undefined) => value, from: (value: string | number) => Number(value) };

export const InventoryPostingEntity = new EntitySchema<InventoryPosting>({
  name: 'InventoryPosting',
  tableName: 'inventory_posting',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    idempotencyKey: { name: 'idempotency_key', type: 'varchar', length: 200 },
    kind: { type: 'varchar', length: 40 },
    requestHash: { name: 'request_hash', type: 'varchar', length: 64 },
    result: { type: 'simple-json' },
    postedBy: { name: 'posted_by', type: 'varchar', length: 64 },
    postedAt: { name: 'posted_at', type: 'datetime', precision: 3 },
  },
});

export const InventoryMovementEntity = new EntitySchema<InventoryMovement>({
  name: 'InventoryMovement',
  tableName: 'inventory_movement',
  columns: {
    id: { type: 'bigint', primary: true, generated: 'increment', transformer: integerId },
    postingId: { name: 'posting_id', type: 'varchar', length: 36 },
    line: { type: 'integer' },
    movementType: { name: 'movement_type', type: 'varchar', length: 30 },
    material: { type: 'varchar', length: 120 },
    lot: { type: 'varchar', length: 120 },
    location: { type: 'varchar', length: 80 },
    quantityThousandths: { name: 'quantity_thousandths', type: 'bigint', transformer: thousandths },
    documentType: { name: 'document_type', type: 'varchar', length: 80, nullable: true },
    documentCode: { name: 'document_code', type: 'varchar', length: 120, nullable: true },
    reservationId: { name: 'reservation_id', type: 'varchar', length: 36, nullable: true },
    postedBy: { name: 'posted_by', type: 'varchar', length: 64 },
    postedAt: { name: 'posted_at', type: 'datetime', precision: 3 },
  },
});

export const InventoryReservationEntity = new EntitySchema<InventoryReservation>({
  name: 'InventoryReservation',
  tableName: 'inventory_reservation',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    postingId: { name: 'posting_id', type: 'varchar', length: 36 },
    material: { type: 'varchar', length: 120 },
    quantityThousandths: { name: 'quantity_thousandths', type: 'bigint', transformer: thousandths },
    customer: { type: 'varchar', length: 120, nullable: true },
    workOrder: { name: 'work_order', type: 'varchar', length: 120, nullable: true },
    minimumShelfLifeDays: { name: 'minimum_shelf_life_days', type: 'integer', nullable: true },
    asOf: { name: 'as_of', type: 'varchar', length: 10 },
    shelfLifeOverrideReason: { name: 'shelf_life_override_reason', type: 'varchar', length: 2000, nullable: true },
    shelfLifeOverrideSignature: { name: 'shelf_life_override_signature', type: 'varchar', length: 36, nullable: true },
    status: { type: 'varchar', length: 20 },
    createdBy: { name: 'created_by', type: 'varchar', length: 64 },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    cancelledBy: { name: 'cancelled_by', type: 'varchar', length: 64, nullable: true },
    cancelledAt: { name: 'cancelled_at', type: 'datetime', precision: 3, nullable: true },
    cancelReason: { name: 'cancel_reason', type: 'varchar', length: 2000, nullable: true },
  },
});

export const InventoryReservationLineEntity = new EntitySchema<InventoryReservationLine>({
  name: 'InventoryReservationLine',
  tableName: 'inventory_reservation_line',
  columns: {
    id: { type: 'bigint', primary: true, generated: 'increment', transformer: integerId },
    reservationId: { name: 'reservation_id', type: 'varchar', length: 36 },
    lot: { type: 'varchar', length: 120 },
    location: { type: 'varchar', length: 80 },
    quantityThousandths: { name: 'quantity_thousandths', type: 'bigint', transformer: thousandths },
    consumedThousandths: { name: 'consumed_thousandths', type: 'bigint', transformer: thousandths },
    expiresOn: { name: 'expires_on', type: 'varchar', length: 10, nullable: true },
    belowMinimumShelfLife: { name: 'below_minimum_shelf_life', type: 'boolean' },
    status: { type: 'varchar', length: 20 },
  },
});
