import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The governance lifecycle: drafts record the version they were copied from, administrative changes
 * go to `audit_entries`, and the simulation reads leads by arrival time through `leads_arrived_at`.
 */
export class GovernanceLifecycle1796385600000 implements MigrationInterface {
  name = 'GovernanceLifecycle1796385600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "action" text NOT NULL, "actor_id" uuid, "target_type" text NOT NULL, "target_id" text NOT NULL, "before" jsonb, "after" jsonb, "summary" text NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "audit_entries_action_check" CHECK ("action" IN ('DRAFT_CREATED', 'DRAFT_UPDATED', 'SUBMITTED_FOR_REVIEW', 'RETURNED_TO_DRAFT', 'PUBLISHED', 'RETIRED', 'TEAM_UPDATED', 'USER_UPDATED')), CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "audit_entries_occurred_at" ON "audit_entries"  ("occurred_at", "id") `);
    await queryRunner.query(`ALTER TABLE "governance_versions" ADD "based_on" integer`);
    await queryRunner.query(`CREATE INDEX "leads_arrived_at" ON "leads"  ("arrived_at") `);
    await queryRunner.query(
      `ALTER TABLE "audit_entries" ADD CONSTRAINT "audit_entries_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "leads_arrived_at"`);
    await queryRunner.query(`ALTER TABLE "governance_versions" DROP COLUMN "based_on"`);
    await queryRunner.query(`DROP TABLE "audit_entries" CASCADE`);
  }
}
