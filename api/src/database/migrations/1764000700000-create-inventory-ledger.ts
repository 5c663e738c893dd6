import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The inventory ledger (movements of signed quantities in thousandths: exact, never floating
 * point), the idempotent postings that wrote them, reservations with their lot allocations, and
 * the trace links of the genealogy graph.
 */
export class CreateInventoryLedger1764000700000 implements MigrationInterface {
  name = 'CreateInventoryLedger1764000700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = queryRunner.connection.options.type === 'mysql';
    const longText = mysql ? 'longtext' : 'text';
    // SQLite only auto-increments an INTEGER PRIMARY KEY; MySQL needs BIGINT for a ledger that grows for years.
    const rowId = { type: mysql ? 'bigint' : 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' as const };

    await queryRunner.createTable(
      new Table({
        name: 'inventory_posting',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'idempotency_key', type: 'varchar', length: '200', isNullable: false },
          { name: 'kind', type: 'varchar', length: '40', isNullable: false },
          { name: 'request_hash', type: 'varchar', length: '64', isNullable: false },
          { name: 'result', type: longText, isNullable: false },
          { name: 'posted_by', type: 'varchar', length: '64', isNullable: false },
          { name: 'posted_at', type: 'datetime', precision: 3, isNullable: false },
        ],
        indices: [new TableIndex({ name: 'uq_inventory_posting_key', columnNames: ['idempotency_key'], isUnique: true })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'inventory_movement',
        columns: [
          { name: 'id', ...rowId },
          { name: 'posting_id', type: 'varchar', length: '36', isNullable: false },
          { name: 'line', type: 'integer', isNullable: false },
          { name: 'movement_type', type: 'varchar', length: '30', isNullable: false },
          { name: 'material', type: 'varchar', length: '120', isNullable: false },
          { name: 'lot', type: 'varchar', length: '120', isNullable: false },
          { name: 'location', type: 'varchar', length: '80', isNullable: false },
          { name: 'quantity_thousandths', type: 'bigint', isNullable: false },
          { name: 'document_type', type: 'varchar', length: '80', isNullable: true },
          { name: 'document_code', type: 'varchar', length: '120', isNullable: true },
          { name: 'reservation_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'posted_by', type: 'varchar', length: '64', isNullable: false },
          { name: 'posted_at', type: 'datetime', precision: 3, isNullable: false },
        ],
        indices: [
          // Balances and the ledger view read by lot; FEFO reads a material's lots.
          new TableIndex({ name: 'ix_inventory_movement_lot', columnNames: ['lot', 'location', 'quantity_thousandths'] }),
          new TableIndex({ name: 'ix_inventory_movement_material', columnNames: ['material', 'lot', 'location', 'quantity_thousandths'] }),
          new TableIndex({ name: 'ix_inventory_movement_posting', columnNames: ['posting_id'] }),
          new TableIndex({ name: 'ix_inventory_movement_document', columnNames: ['document_type', 'document_code'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'inventory_reservation',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'posting_id', type: 'varchar', length: '36', isNullable: false },
          { name: 'material', type: 'varchar', length: '120', isNullable: false },
          { name: 'quantity_thousandths', type: 'bigint', isNullable: false },
          { name: 'customer', type: 'varchar', length: '120', isNullable: true },
          { name: 'work_order', type: 'varchar', length: '120', isNullable: true },
          { name: 'minimum_shelf_life_days', type: 'integer', isNullable: true },
          { name: 'as_of', type: 'varchar', length: '10', isNullable: false },
          { name: 'shelf_life_override_reason', type: 'varchar', length: '2000', isNullable: true },
          { name: 'status', type: 'varchar', length: '20', isNullable: false },
          { name: 'created_by', type: 'varchar', length: '64', isNullable: false },
          { name: 'created_at', type: 'datetime', precision: 3, isNullable: false },
          { name: 'cancelled_by', type: 'varchar', length: '64', isNullable: true },
          { name: 'cancelled_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'cancel_reason', type: 'varchar', length: '2000', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'ix_inventory_reservation_material', columnNames: ['material', 'status'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'inventory_reservation_line',
        columns: [
          { name: 'id', ...rowId },
          { name: 'reservation_id', type: 'varchar', length: '36', isNullable: false },
          { name: 'lot', type: 'varchar', length: '120', isNullable: false },
          { name: 'location', type: 'varchar', length: '80', isNullable: false },
          { name: 'quantity_thousandths', type: 'bigint', isNullable: false },
          { name: 'consumed_thousandths', type: 'bigint', isNullable: false },
          { name: 'expires_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'below_minimum_shelf_life', type: 'boolean', isNullable: false },
          { name: 'status', type: 'varchar', length: '20', isNullable: false },
        ],
        foreignKeys: [{ name: 'fk_reservation_line_reservation', columnNames: ['reservation_id'], referencedTableName: 'inventory_reservation', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [
          new TableIndex({ name: 'ix_reservation_line_reservation', columnNames: ['reservation_id'] }),
          new TableIndex({ name: 'ix_reservation_line_lot', columnNames: ['lot', 'status'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'trace_link',
        columns: [
          { name: 'id', ...rowId },
          // A node is '<type>:<code>' (lot:LOT-260302-0001, supplier-lot:SUP-TUBE-01/LH-T260226): one column to join on.
          { name: 'from_node', type: 'varchar', length: '200', isNullable: false },
          { name: 'to_node', type: 'varchar', length: '200', isNullable: false },
          { name: 'relation', type: 'varchar', length: '30', isNullable: false },
          { name: 'quantity_thousandths', type: 'bigint', isNullable: true },
          { name: 'posting_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'created_at', type: 'datetime', precision: 3, isNullable: false },
        ],
        indices: [
          // Covering indexes: each step of a recursive walk is an index range read, never a table read.
          new TableIndex({ name: 'ix_trace_link_from', columnNames: ['from_node', 'to_node', 'relation'] }),
          new TableIndex({ name: 'ix_trace_link_to', columnNames: ['to_node', 'from_node', 'relation'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('trace_link');
    await queryRunner.dropTable('inventory_reservation_line');
    await queryRunner.dropTable('inventory_reservation');
    await queryRunner.dropTable('inventory_movement');
    await queryRunner.dropTable('inventory_posting');
  }
}
