import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Adds partner API keys (`api_keys`) and idempotency keys on leads. A lead's idempotency key is
 * unique within its scope (a partner or a user), so two submissions with one key store one lead.
 * Stage transitions get `recorded_at` and an index on `sequence` for the partner change feed.
 */
export class PartnerApiKeys1796407200000 implements MigrationInterface {
  name = 'PartnerApiKeys1796407200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "public_id" text NOT NULL, "partner_user_id" uuid NOT NULL, ` +
        `"name" text NOT NULL, "scopes" text array NOT NULL, "secret_hash" bytea NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "api_keys_scopes_check" CHECK ("scopes" <@ ARRAY['SUBMIT_LEADS', 'READ_LEADS']::text[] AND cardinality("scopes") > 0), ` +
        `CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "api_keys_public_id" ON "api_keys" ("public_id") `);
    await queryRunner.query(`CREATE INDEX "api_keys_partner_user_id" ON "api_keys" ("partner_user_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_partner_user_id_fkey" FOREIGN KEY ("partner_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );

    await queryRunner.query(`ALTER TABLE "leads" ADD "idempotency_scope" text`);
    await queryRunner.query(`ALTER TABLE "leads" ADD "idempotency_key" text`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "leads_idempotency" ON "leads" ("idempotency_scope", "idempotency_key") WHERE "idempotency_key" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "leads_partner_id" ON "leads" ("partner_id") `);

    // Existing rows get the time of the migration, which is later than any sequence they hold.
    await queryRunner.query(`ALTER TABLE "stage_transitions" ADD "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp()`);
    await queryRunner.query(`CREATE INDEX "stage_transitions_sequence" ON "stage_transitions" ("sequence") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."stage_transitions_sequence"`);
    await queryRunner.query(`ALTER TABLE "stage_transitions" DROP COLUMN "recorded_at"`);
    await queryRunner.query(`DROP INDEX "public"."leads_partner_id"`);
    await queryRunner.query(`DROP INDEX "public"."leads_idempotency"`);
    await queryRunner.query(`ALTER TABLE "leads" DROP COLUMN "idempotency_key"`);
    await queryRunner.query(`ALTER TABLE "leads" DROP COLUMN "idempotency_scope"`);
    await queryRunner.query(`DELETE FROM "audit_entries" WHERE "action" IN ('API_KEY_CREATED', 'API_KEY_REVOKED')`);
    await queryRunner.query(`DROP TABLE "api_keys"`);
  }
}
