import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateRecord1764000400000 implements MigrationInterface {
  name = 'CreateRecord1764000400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'record',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'type_key', type: 'varchar', length: '80', isNullable: false },
          { name: 'type_version', type: 'integer', isNullable: false },
          { name: 'code', type: 'varchar', length: '120', isNullable: false },
          { name: 'record_values', type: queryRunner.connection.options.type === 'mysql' ? 'longtext' : 'text', isNullable: false },
          { name: 'revision', type: 'integer', isNullable: false },
          { name: 'created_by', type: 'varchar', length: '64', isNullable: false },
          { name: 'created_at', type: 'datetime', precision: 3, isNullable: false },
          { name: 'updated_by', type: 'varchar', length: '64', isNullable: false },
          { name: 'updated_at', type: 'datetime', precision: 3, isNullable: false },
        ],
        indices: [
          new TableIndex({ name: 'uq_record_code', columnNames: ['code'], isUnique: true }),
          new TableIndex({ name: 'ix_record_type', columnNames: ['type_key', 'code'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'record_unique_value',
        columns: [
          { name: 'type_key', type: 'varchar', length: '80', isPrimary: true },
          { name: 'field_name', type: 'varchar', length: '80', isPrimary: true },
          { name: 'value', type: 'varchar', length: '255', isPrimary: true },
          { name: 'record_id', type: 'varchar', length: '36', isNullable: false },
        ],
        foreignKeys: [{ name: 'fk_record_unique_value_record', columnNames: ['record_id'], referencedTableName: 'record', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('record_unique_value');
    await queryRunner.dropTable('record');
  }
}
