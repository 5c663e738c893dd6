import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateIntegration1764000800000 implements MigrationInterface {
  name = 'CreateIntegration1764000800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const longText = queryRunner.connection.options.type === 'mysql' ? 'longtext' : 'text';
    await queryRunner.createTable(
      new Table({
        name: 'integration_endpoint',
        columns: [
          { name: 'name', type: 'varchar', length: '80', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '8', isNullable: false },
          { name: 'description', type: 'varchar', length: '500', isNullable: true },
          { name: 'url', type: 'varchar', length: '2000', isNullable: true },
          { name: 'sealed_secret', type: 'varchar', length: '1000', isNullable: false },
          { name: 'secret_fingerprint', type: 'varchar', length: '12', isNullable: false },
          { name: 'inbound_event_types', type: longText, isNullable: false },
          { name: 'created_at', type: 'datetime', precision: 3, isNullable: false },
          { name: 'updated_at', type: 'datetime', precision: 3, isNullable: false },
          { name: 'updated_by', type: 'varchar', length: '64', isNullable: false },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'integration_message',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'endpoint', type: 'varchar', length: '80', isNullable: false },
          { name: 'type', type: 'varchar', length: '120', isNullable: false },
          { name: 'payload', type: longText, isNullable: false },
          { name: 'idempotency_key', type: 'varchar', length: '200', isNullable: false },
          { name: 'state', type: 'varchar', length: '16', isNullable: false },
          { name: 'attempts', type: 'integer', isNullable: false },
          { name: 'next_attempt_at', type: 'datetime', precision: 3, isNullable: false },
          { name: 'lease_until', type: 'datetime', precision: 3, isNullable: true },
          { name: 'lease_owner', type: 'varchar', length: '36', isNullable: true },
          { name: 'last_status', type: 'integer', isNullable: true },
          { name: 'last_error', type: 'varchar', length: '2000', isNullable: true },
          { name: 'created_at', type: 'datetime', precision: 3, isNullable: false },
          { name: 'delivered_at', type: 'datetime', precision: 3, isNullable: true },
        ],
        indices: [
          // The same change enqueued twice (a retried request, a redelivered task) is one message.
          new TableIndex({ name: 'uq_integration_message_key', columnNames: ['endpoint', 'idempotency_key'], isUnique: true }),
          new TableIndex({ name: 'ix_integration_message_due', columnNames: ['state', 'next_attempt_at'] }),
        ],
        foreignKeys: [{ name: 'fk_integration_message_endpoint', columnNames: ['endpoint'], referencedTableName: 'integration_endpoint', referencedColumnNames: ['name'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'integration_inbound_event',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'endpoint', type: 'varchar', length: '80', isNullable: false },
          { name: 'event_id', type: 'varchar', length: '200', isNullable: false },
          { name: 'type', type: 'varchar', length: '120', isNullable: false },
          { name: 'event_data', type: longText, isNullable: false },
          { name: 'body_hash', type: 'varchar', length: '64', isNullable: false },
          { name: 'state', type: 'varchar', length: '16', isNullable: false },
          { name: 'message_name', type: 'varchar', length: '255', isNullable: false },
          { name: 'business_key', type: 'varchar', length: '255', isNullable: true },
          { name: 'process_instance_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'engine_answer', type: 'varchar', length: '4000', isNullable: true },
          { name: 'attempts', type: 'integer', isNullable: false },
          { name: 'received_at', type: 'datetime', precision: 3, isNullable: false },
          { name: 'correlated_at', type: 'datetime', precision: 3, isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'uq_integration_inbound_event', columnNames: ['endpoint', 'event_id'], isUnique: true }),
          new TableIndex({ name: 'ix_integration_inbound_state', columnNames: ['state', 'received_at'] }),
        ],
        foreignKeys: [{ name: 'fk_integration_inbound_endpoint', columnNames: ['endpoint'], referencedTableName: 'integration_endpoint', referencedColumnNames: ['name'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('integration_inbound_event');
    await queryRunner.dropTable('integration_message');
    await queryRunner.dropTable('integration_endpoint');
  }
}
