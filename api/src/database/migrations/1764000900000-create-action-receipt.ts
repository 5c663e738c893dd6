import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateActionReceipt1764000900000 implements MigrationInterface {
  name = 'CreateActionReceipt1764000900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const longText = queryRunner.connection.options.type === 'mysql' ? 'longtext' : 'text';
    await queryRunner.createTable(
      new Table({
        name: 'action_receipt',
        columns: [
          // '<process instance>:<external task>:<step>': a redelivered task finds the receipt of its first delivery.
          { name: 'action_key', type: 'varchar', length: '200', isPrimary: true },
          { name: 'request_hash', type: 'varchar', length: '64', isNullable: false },
          { name: 'result', type: longText, isNullable: true },
          { name: 'created_at', type: 'datetime', precision: 3, isNullable: false },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('action_receipt');
  }
}
