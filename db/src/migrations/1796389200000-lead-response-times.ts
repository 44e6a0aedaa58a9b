import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Speed to lead and SLA time to first touch, each in calendar and business seconds. */
export class LeadResponseTimes1796389200000 implements MigrationInterface {
  name = 'LeadResponseTimes1796389200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "leads" ADD "speed_to_lead_seconds" integer`);
    await queryRunner.query(`ALTER TABLE "leads" ADD "speed_to_lead_business_seconds" integer`);
    await queryRunner.query(`ALTER TABLE "leads" ADD "response_seconds" integer`);
    await queryRunner.query(`ALTER TABLE "leads" ADD "response_business_seconds" integer`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "leads" DROP COLUMN "response_business_seconds"`);
    await queryRunner.query(`ALTER TABLE "leads" DROP COLUMN "response_seconds"`);
    await queryRunner.query(`ALTER TABLE "leads" DROP COLUMN "speed_to_lead_business_seconds"`);
    await queryRunner.query(`ALTER TABLE "leads" DROP COLUMN "speed_to_lead_seconds"`);
  }
}
