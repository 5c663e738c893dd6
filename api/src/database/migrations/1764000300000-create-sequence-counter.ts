import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateSequenceCounter1764000300000 implements MigrationInterface {
  name = 'CreateSequenceCounter1764000300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'sequence_counter',
        columns: [
          { name: 'sequence_key', type: 'varchar', length: '80', isPrimary: true },
          { name: 'period_key', type: 'varchar', length: '16', isPrimary: true },
          { name: 'last_value', type: 'bigint', isNullable: false },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('sequence_counter');
  }
}
