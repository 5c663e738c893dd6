import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

export class AddReservationOverrideSignature1764001100000 implements MigrationInterface {
  name = 'AddReservationOverrideSignature1764001100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The electronic signature that authorised shipping below the customer's minimum shelf life.
    await queryRunner.addColumn('inventory_reservation', new TableColumn({ name: 'shelf_life_override_signature', type: 'varchar', length: '36', isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('inventory_reservation', 'shelf_life_override_signature');
  }
}
