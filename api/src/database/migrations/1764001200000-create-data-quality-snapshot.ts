import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateDataQualitySnapshot1764001200000 implements MigrationInterface {
  name = 'CreateDataQualitySnapshot1764001200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const longText = queryRunner.connection.options.type === 'mysql' ? 'longtext' : 'text';
    await queryRunner.createTable(
      new Table({
        name: 'data_quality_snapshot',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'taken_at', type: 'datetime', precision: 3, isNullable: false },
          { name: 'taken_by', type: 'varchar', length: '64', isNullable: false },
          { name: 'trigger_kind', type: 'varchar', length: '16', isNullable: false },
          // Set for scheduled snapshots only: one per period, however many api replicas try.
          { name: 'slot_key', type: 'varchar', length: '40', isNullable: true },
          { name: 'record_types', type: longText, isNullable: false },
          { name: 'row_counts', type: longText, isNullable: false },
          { name: 'content', type: longText, isNullable: false },
        ],
        indices: [
          new TableIndex({ name: 'uq_data_quality_snapshot_slot', columnNames: ['slot_key'], isUnique: true }),
          new TableIndex({ name: 'ix_data_quality_snapshot_taken_at', columnNames: ['taken_at'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('data_quality_snapshot');
  }
}
