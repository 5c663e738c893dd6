import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateIdentityAndAudit1764000100000 implements MigrationInterface {
  name = 'CreateIdentityAndAudit1764000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'app_user',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'username', type: 'varchar', length: '64', isNullable: false },
          { name: 'display_name', type: 'varchar', length: '128', isNullable: false },
          { name: 'password_hash', type: 'varchar', length: '255', isNullable: false },
          { name: 'roles', type: 'text', isNullable: false },
          { name: 'active', type: 'boolean', isNullable: false },
          { name: 'created_at', type: 'datetime', isNullable: false },
        ],
        indices: [new TableIndex({ name: 'uq_app_user_username', columnNames: ['username'], isUnique: true })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'app_session',
        columns: [
          { name: 'token_hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'user_id', type: 'varchar', length: '36', isNullable: false },
          { name: 'created_at', type: 'datetime', isNullable: false },
          { name: 'expires_at', type: 'datetime', isNullable: false },
        ],
        indices: [new TableIndex({ name: 'ix_app_session_user', columnNames: ['user_id'] })],
        foreignKeys: [{ name: 'fk_app_session_user', columnNames: ['user_id'], referencedTableName: 'app_user', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_event',
        columns: [
          { name: 'sequence', type: 'bigint', isPrimary: true },
          { name: 'occurred_at', type: 'datetime', precision: 3, isNullable: false },
          { name: 'actor', type: 'varchar', length: '64', isNullable: false },
          { name: 'action', type: 'varchar', length: '64', isNullable: false },
          { name: 'entity_type', type: 'varchar', length: '64', isNullable: false },
          { name: 'entity_id', type: 'varchar', length: '255', isNullable: false },
          { name: 'reason', type: 'text', isNullable: true },
          { name: 'before_json', type: 'text', isNullable: true },
          { name: 'after_json', type: 'text', isNullable: true },
          { name: 'previous_hash', type: 'varchar', length: '64', isNullable: false },
          { name: 'hash', type: 'varchar', length: '64', isNullable: false },
        ],
        indices: [new TableIndex({ name: 'ix_audit_event_entity', columnNames: ['entity_type', 'entity_id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_head',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true },
          { name: 'last_sequence', type: 'bigint', isNullable: false },
          { name: 'last_hash', type: 'varchar', length: '64', isNullable: false },
        ],
      }),
    );
    await queryRunner.query(`INSERT INTO audit_head (id, last_sequence, last_hash) VALUES (1, 0, '${'0'.repeat(64)}')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_head');
    await queryRunner.dropTable('audit_event');
    await queryRunner.dropTable('app_session');
    await queryRunner.dropTable('app_user');
  }
}
