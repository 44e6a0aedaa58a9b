import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Adds `governance_reviews`: one row per reviewed month with the pack the monthly review workflow
 * compiled and the admin sign-off. The unique month makes a repeated run store one pack.
 */
export class GovernanceReviews1796421600000 implements MigrationInterface {
  name = 'GovernanceReviews1796421600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "governance_reviews" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "month" text NOT NULL,
        "status" text NOT NULL DEFAULT 'COMPILED',
        "pack" jsonb NOT NULL,
        "compiled_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "signed_off_by" uuid,
        "signed_off_at" TIMESTAMP WITH TIME ZONE,
        "sign_off_comment" text,
        CONSTRAINT "governance_reviews_sign_off_check" CHECK (("status" = 'SIGNED_OFF') = ("signed_off_at" IS NOT NULL AND "sign_off_comment" IS NOT NULL)),
        CONSTRAINT "governance_reviews_status_check" CHECK ("status" IN ('COMPILED', 'SIGNED_OFF')),
        CONSTRAINT "governance_reviews_month_check" CHECK ("month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        CONSTRAINT "PK_240f23fa63bad80c8ebcb040924" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "governance_reviews_month_key" ON "governance_reviews" ("month")`);
    await queryRunner.query(
      `ALTER TABLE "governance_reviews" ADD CONSTRAINT "governance_reviews_signed_off_by_fkey"
         FOREIGN KEY ("signed_off_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "governance_reviews"`);
  }
}
