import type { MigrationInterface, QueryRunner } from 'typeorm';

const AUDIT_ACTIONS_BEFORE = `'DRAFT_CREATED', 'DRAFT_UPDATED', 'SUBMITTED_FOR_REVIEW', 'RETURNED_TO_DRAFT', 'PUBLISHED', 'RETIRED', 'TEAM_UPDATED', 'USER_UPDATED'`;
const AUDIT_ACTIONS_AFTER = `${AUDIT_ACTIONS_BEFORE}, 'LEAD_UPDATED', 'LEAD_REASSIGNED', 'SLA_PAUSED', 'SLA_RESUMED'`;

/**
 * The rep's work on a lead: contact attempts and notes, and audit entries for lead edits,
 * reassignments and SLA pauses.
 */
export class LeadWork1796392800000 implements MigrationInterface {
  name = 'LeadWork1796392800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "contact_attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "lead_id" uuid NOT NULL, "actor_id" uuid, "channel" text NOT NULL, "outcome" text NOT NULL, "note" text, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "contact_attempts_outcome_check" CHECK ("outcome" IN ('REACHED', 'NO_ANSWER', 'LEFT_MESSAGE', 'WRONG_NUMBER', 'BOUNCED')), CONSTRAINT "contact_attempts_channel_check" CHECK ("channel" IN ('PHONE', 'EMAIL', 'MEETING', 'OTHER')), CONSTRAINT "PK_6c99688e7d639dca8dd04378c90" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "contact_attempts_lead_time" ON "contact_attempts"  ("lead_id", "occurred_at") `);
    await queryRunner.query(
      `CREATE TABLE "lead_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "lead_id" uuid NOT NULL, "actor_id" uuid, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "lead_notes_body_length" CHECK (char_length("body") BETWEEN 1 AND 2000), CONSTRAINT "PK_1fa7d688fd75d75ea298a98e290" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "lead_notes_lead_time" ON "lead_notes"  ("lead_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "contact_attempts" ADD CONSTRAINT "contact_attempts_lead_id_fkey" FOREIGN KEY ("lead_id") REFERENCES "leads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_attempts" ADD CONSTRAINT "contact_attempts_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lead_notes" ADD CONSTRAINT "lead_notes_lead_id_fkey" FOREIGN KEY ("lead_id") REFERENCES "leads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lead_notes" ADD CONSTRAINT "lead_notes_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // TypeORM's schema diff does not compare the expressions of check constraints, so this one is written by hand.
    await queryRunner.query(`ALTER TABLE "audit_entries" DROP CONSTRAINT "audit_entries_action_check"`);
    await queryRunner.query(
      `ALTER TABLE "audit_entries" ADD CONSTRAINT "audit_entries_action_check" CHECK ("action" IN (${AUDIT_ACTIONS_AFTER}))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "audit_entries" WHERE "action" IN ('LEAD_UPDATED', 'LEAD_REASSIGNED', 'SLA_PAUSED', 'SLA_RESUMED')`,
    );
    await queryRunner.query(`ALTER TABLE "audit_entries" DROP CONSTRAINT "audit_entries_action_check"`);
    await queryRunner.query(
      `ALTER TABLE "audit_entries" ADD CONSTRAINT "audit_entries_action_check" CHECK ("action" IN (${AUDIT_ACTIONS_BEFORE}))`,
    );
    await queryRunner.query(`DROP TABLE "lead_notes" CASCADE`);
    await queryRunner.query(`DROP TABLE "contact_attempts" CASCADE`);
  }
}
