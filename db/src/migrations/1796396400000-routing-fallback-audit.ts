import type { MigrationInterface, QueryRunner } from 'typeorm';

const AUDIT_ACTIONS_BEFORE = `'DRAFT_CREATED', 'DRAFT_UPDATED', 'SUBMITTED_FOR_REVIEW', 'RETURNED_TO_DRAFT', 'PUBLISHED', 'RETIRED', 'TEAM_UPDATED', 'USER_UPDATED', 'LEAD_UPDATED', 'LEAD_REASSIGNED', 'SLA_PAUSED', 'SLA_RESUMED'`;
const AUDIT_ACTIONS_AFTER = `${AUDIT_ACTIONS_BEFORE}, 'ROUTING_FALLBACK'`;

/** Audit entries for routing that found no eligible pool member and used the pool's fallback. */
export class RoutingFallbackAudit1796396400000 implements MigrationInterface {
  name = 'RoutingFallbackAudit1796396400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // TypeORM's schema diff does not compare the expressions of check constraints, so this one is written by hand.
    await queryRunner.query(`ALTER TABLE "audit_entries" DROP CONSTRAINT "audit_entries_action_check"`);
    await queryRunner.query(
      `ALTER TABLE "audit_entries" ADD CONSTRAINT "audit_entries_action_check" CHECK ("action" IN (${AUDIT_ACTIONS_AFTER}))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "audit_entries" WHERE "action" = 'ROUTING_FALLBACK'`);
    await queryRunner.query(`ALTER TABLE "audit_entries" DROP CONSTRAINT "audit_entries_action_check"`);
    await queryRunner.query(
      `ALTER TABLE "audit_entries" ADD CONSTRAINT "audit_entries_action_check" CHECK ("action" IN (${AUDIT_ACTIONS_BEFORE}))`,
    );
  }
}
