import type { MigrationInterface, QueryRunner } from 'typeorm';

const AUDIT_ACTIONS_BEFORE = `'DRAFT_CREATED', 'DRAFT_UPDATED', 'SUBMITTED_FOR_REVIEW', 'RETURNED_TO_DRAFT', 'PUBLISHED', 'RETIRED', 'TEAM_UPDATED', 'USER_UPDATED', 'LEAD_UPDATED', 'LEAD_REASSIGNED', 'SLA_PAUSED', 'SLA_RESUMED', 'ROUTING_FALLBACK'`;

/**
 * Adds the MARKETING_OPS role, and lets audit entries take any upper-case action name: every
 * mutation now writes an entry, and the list of actions lives in the `AuditAction` enum of the code.
 */
export class MarketingOpsRole1796400000000 implements MigrationInterface {
  name = 'MarketingOpsRole1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // TypeORM's schema diff does not compare the expressions of check constraints, so these are written by hand.
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_role_check"`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "users_role_check" CHECK ("role" IN ('ADMIN', 'MARKETING_OPS', 'MANAGER', 'REP', 'PARTNER'))`);
    await queryRunner.query(`ALTER TABLE "audit_entries" DROP CONSTRAINT "audit_entries_action_check"`);
    await queryRunner.query(`ALTER TABLE "audit_entries" ADD CONSTRAINT "audit_entries_action_check" CHECK ("action" ~ '^[A-Z][A-Z_]*$')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "audit_entries" WHERE "action" NOT IN (${AUDIT_ACTIONS_BEFORE})`);
    await queryRunner.query(`ALTER TABLE "audit_entries" DROP CONSTRAINT "audit_entries_action_check"`);
    await queryRunner.query(`ALTER TABLE "audit_entries" ADD CONSTRAINT "audit_entries_action_check" CHECK ("action" IN (${AUDIT_ACTIONS_BEFORE}))`);
    await queryRunner.query(`UPDATE "users" SET "role" = 'MANAGER', "active" = false WHERE "role" = 'MARKETING_OPS'`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_role_check"`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "users_role_check" CHECK ("role" IN ('ADMIN', 'MANAGER', 'REP', 'PARTNER'))`);
  }
}
