import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Adds `engagement_events`, the engagement that behaviour scoring reads. Stored governance models
 * are left as they are: a model without WON and LOST definitions uses their defaults
 * (`findStageDefinition` in the governance package), because published versions are never updated.
 */
export class EngagementEvents1796414400000 implements MigrationInterface {
  name = 'EngagementEvents1796414400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "engagement_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "lead_id" uuid NOT NULL, "event" text NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "source" text NOT NULL, "recorded_by" uuid, "idempotency_key" text NOT NULL, CONSTRAINT "PK_94b6116fa037a6976fabb815b39" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "engagement_events_idempotency_key" ON "engagement_events" ("idempotency_key")`);
    await queryRunner.query(`CREATE INDEX "engagement_events_lead_time" ON "engagement_events" ("lead_id", "occurred_at")`);
    await queryRunner.query(
      `ALTER TABLE "engagement_events" ADD CONSTRAINT "engagement_events_lead_id_fkey" FOREIGN KEY ("lead_id") REFERENCES "leads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "engagement_events" ADD CONSTRAINT "engagement_events_recorded_by_fkey" FOREIGN KEY ("recorded_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "engagement_events"`);
  }
}
