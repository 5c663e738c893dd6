import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateDeployment1764000000000 implements MigrationInterface {
  name = 'CreateDeployment1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'deployment',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'engine_deployment_id', type: 'varchar', length: '64', isNullable: false },
          { name: 'name', type: 'varchar', length: '255', isNullable: false },
          { name: 'source', type: 'varchar', length: '16', isNullable: false },
          { name: 'content_hash', type: 'varchar', length: '64', isNullable: false },
          { name: 'deployed_at', type: 'datetime', isNullable: false },
        ],
        indices: [new TableIndex({ name: 'uq_deployment_engine_id', columnNames: ['engine_deployment_id'], isUnique: true })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'deployment_resource',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'deployment_id', type: 'varchar', length: '36', isNullable: false },
          { name: 'resource_name', type: 'varchar', length: '255', isNullable: false },
          { name: 'content_hash', type: 'varchar', length: '64', isNullable: false },
          { name: 'process_keys', type: 'text', isNullable: false },
        ],
        indices: [new TableIndex({ name: 'uq_deployment_resource', columnNames: ['deployment_id', 'resource_name'], isUnique: true })],
      }),
    );
    await queryRunner.createForeignKey(
      'deployment_resource',
      new TableForeignKey({
        name: 'fk_deployment_resource_deployment',
        columnNames: ['deployment_id'],
        referencedTableName: 'deployment',
        referencedColumnNames: ['id'],
        onDelete: 'CASCADE',
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('deployment_resource');
    await queryRunner.dropTable('deployment');
  }
}
