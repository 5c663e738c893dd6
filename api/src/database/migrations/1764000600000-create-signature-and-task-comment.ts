import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateSignatureAndTaskComment1764000600000 implements MigrationInterface {
  name = 'CreateSignatureAndTaskComment1764000600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'electronic_signature',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'signer_user_id', type: 'varchar', length: '36', isNullable: false },
          { name: 'signer_username', type: 'varchar', length: '64', isNullable: false },
          { name: 'printed_name', type: 'varchar', length: '200', isNullable: false },
          { name: 'meaning', type: 'varchar', length: '40', isNullable: false },
          { name: 'signed_at', type: 'datetime', precision: 3, isNullable: false },
          { name: 'subject_type', type: 'varchar', length: '80', isNullable: false },
          { name: 'subject_id', type: 'varchar', length: '120', isNullable: false },
          { name: 'subject_version', type: 'integer', isNullable: false },
          { name: 'subject_hash', type: 'varchar', length: '64', isNullable: false },
          { name: 'task_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'process_instance_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'signature_hash', type: 'varchar', length: '64', isNullable: false },
        ],
        indices: [
          new TableIndex({ name: 'ix_signature_subject', columnNames: ['subject_type', 'subject_id'] }),
          // One signature completes a task: a retried completion finds it instead of signing twice.
          new TableIndex({ name: 'uq_signature_task', columnNames: ['task_id'], isUnique: true }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'task_comment',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'task_id', type: 'varchar', length: '64', isNullable: false },
          { name: 'process_instance_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'author', type: 'varchar', length: '64', isNullable: false },
          { name: 'printed_name', type: 'varchar', length: '200', isNullable: false },
          { name: 'text', type: 'varchar', length: '2000', isNullable: false },
          { name: 'created_at', type: 'datetime', precision: 3, isNullable: false },
        ],
        indices: [
          new TableIndex({ name: 'ix_task_comment_task', columnNames: ['task_id', 'created_at'] }),
          new TableIndex({ name: 'ix_task_comment_instance', columnNames: ['process_instance_id'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('task_comment');
    await queryRunner.dropTable('electronic_signature');
  }
}
