import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateArtifactVersion1764000200000 implements MigrationInterface {
  name = 'CreateArtifactVersion1764000200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'artifact_version',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '32', isNullable: false },
          { name: 'artifact_key', type: 'varchar', length: '80', isNullable: false },
          { name: 'version', type: 'integer', isNullable: false },
          { name: 'status', type: 'varchar', length: '16', isNullable: false },
          { name: 'content', type: queryRunner.connection.options.type === 'mysql' ? 'longtext' : 'text', isNullable: false },
          { name: 'content_hash', type: 'varchar', length: '64', isNullable: false },
          { name: 'created_by', type: 'varchar', length: '64', isNullable: false },
          { name: 'created_at', type: 'datetime', precision: 3, isNullable: false },
          { name: 'published_by', type: 'varchar', length: '64', isNullable: true },
          { name: 'published_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'reason', type: 'text', isNullable: true },
          { name: 'based_on_version', type: 'integer', isNullable: true },
        ],
        // Version 0 is the draft: the unique index also keeps one draft per artifact.
        indices: [
          new TableIndex({ name: 'uq_artifact_version', columnNames: ['kind', 'artifact_key', 'version'], isUnique: true }),
          new TableIndex({ name: 'ix_artifact_published', columnNames: ['kind', 'artifact_key', 'status', 'published_at'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('artifact_version');
  }
}
