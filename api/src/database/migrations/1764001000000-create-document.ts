import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateDocument1764001000000 implements MigrationInterface {
  name = 'CreateDocument1764001000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = queryRunner.connection.options.type === 'mysql';
    await queryRunner.createTable(
      new Table({
        name: 'document',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '40', isNullable: false },
          { name: 'subject_type', type: 'varchar', length: '80', isNullable: false },
          { name: 'subject_code', type: 'varchar', length: '120', isNullable: false },
          { name: 'version', type: 'integer', isNullable: false },
          { name: 'model_hash', type: 'varchar', length: '64', isNullable: false },
          { name: 'content_hash', type: 'varchar', length: '64', isNullable: false },
          { name: 'model_json', type: mysql ? 'longtext' : 'text', isNullable: false },
          // A device history record with fonts embedded runs to megabytes: BLOB's 64 KB would cut it.
          { name: 'pdf', type: mysql ? 'longblob' : 'blob', isNullable: false },
          { name: 'page_count', type: 'integer', isNullable: false },
          { name: 'created_by', type: 'varchar', length: '64', isNullable: false },
          { name: 'created_at', type: 'datetime', precision: 3, isNullable: false },
        ],
      }),
    );
    // One version number per document of a subject: two generations racing cannot both be version 2.
    await queryRunner.createIndex('document', new TableIndex({ name: 'uq_document_subject_version', columnNames: ['kind', 'subject_type', 'subject_code', 'version'], isUnique: true }));
    await queryRunner.createIndex('document', new TableIndex({ name: 'ix_document_subject', columnNames: ['subject_type', 'subject_code'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('document');
  }
}
