import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The first schema: organisation, governance versions, leads, their history, SLA events and imports. */
export class InitialSchema1764878400000 implements MigrationInterface {
  name = 'InitialSchema1764878400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "partners" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" text NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_998645b20820e4ab99aeae03b41" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8befb9c0c0342be64217accd63" ON "partners"  ("key") `);
    await queryRunner.query(
      `CREATE TABLE "teams" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" text NOT NULL, "label" text NOT NULL, "manager_id" uuid, "calendar" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7e5523774a38b08a6236d322403" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2722676a1a73171b304a68dac4" ON "teams"  ("key") `);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "role" text NOT NULL, "team_id" uuid, "partner_id" uuid, "password_hash" text, "time_zone" text NOT NULL DEFAULT 'UTC', "calendar" jsonb, "active" boolean NOT NULL DEFAULT true, "out_of_office_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "users_role_check" CHECK ("role" IN ('ADMIN', 'MANAGER', 'REP', 'PARTNER')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_97672ac88f789774dd47f7c8be" ON "users"  ("email") `);
    await queryRunner.query(
      `CREATE TABLE "governance_versions" ("version" integer NOT NULL, "status" text NOT NULL, "model" jsonb NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_by" uuid, "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "governance_versions_status_check" CHECK ("status" IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'RETIRED')), CONSTRAINT "PK_6528bd0d1722e4859ad083bb8e4" PRIMARY KEY ("version"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "governance_versions_one_published" ON "governance_versions"  ("status") WHERE "status" = 'PUBLISHED'`,
    );
    await queryRunner.query(
      `CREATE TABLE "reason_codes" ("code" text NOT NULL, "label" text NOT NULL, "kinds" text array NOT NULL, "note_required" boolean NOT NULL DEFAULT false, "active" boolean NOT NULL DEFAULT true, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_10a9f60ddba7bc9f6396a38eaae" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "routing_pools" ("key" text NOT NULL, "rotation" bigint NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_60d5103cbc251610a208ac21f18" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "import_jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_id" uuid, "file_name" text NOT NULL, "preset" text NOT NULL, "status" text NOT NULL, "rows_total" integer NOT NULL DEFAULT '0', "rows_done" integer NOT NULL DEFAULT '0', "rows_created" integer NOT NULL DEFAULT '0', "rows_duplicate" integer NOT NULL DEFAULT '0', "rows_invalid" integer NOT NULL DEFAULT '0', "error" text, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_4d206c602f173f98e4bb85819a3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "submission_rejections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "channel" text NOT NULL, "import_job_id" uuid, "row_number" integer, "actor_id" uuid, "outcome" text NOT NULL, "problems" jsonb NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c3fe4b8be9da36f9495fa845e1a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "submission_rejections_job_row" ON "submission_rejections"  ("import_job_id", "row_number") `);
    await queryRunner.query(
      `CREATE TABLE "leads" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "email_normalized" text NOT NULL, "first_name" text, "last_name" text, "title" text, "phone" text, "company" text, "company_domain" text, "industry" text, "employee_count" integer, "annual_revenue_usd" bigint, "country" text, "region" text, "city" text, "source" text, "source_status" text, "motion" text NOT NULL, "use_case" text, "consent" boolean, "partner_id" uuid, "submitted_by" uuid, "import_job_id" uuid, "fit_score" integer NOT NULL DEFAULT '0', "behaviour_score" integer NOT NULL DEFAULT '0', "score_breakdown" jsonb NOT NULL, "stage" text NOT NULL DEFAULT 'LEAD', "reason_code" text, "owner_id" uuid, "team_id" uuid, "routing_pool" text, "routing_trace" jsonb NOT NULL, "escalation_count" integer NOT NULL DEFAULT '0', "governance_version" integer NOT NULL, "sla_state" text NOT NULL DEFAULT 'NONE', "sla_stage" text, "sla_calendar" jsonb, "sla_started_at" TIMESTAMP WITH TIME ZONE, "sla_warn_at" TIMESTAMP WITH TIME ZONE, "sla_due_at" TIMESTAMP WITH TIME ZONE, "arrived_at" TIMESTAMP WITH TIME ZONE NOT NULL, "routed_at" TIMESTAMP WITH TIME ZONE, "assigned_at" TIMESTAMP WITH TIME ZONE, "first_touch_at" TIMESTAMP WITH TIME ZONE, "accepted_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "leads_behaviour_score_range" CHECK ("behaviour_score" BETWEEN 0 AND 100), CONSTRAINT "leads_fit_score_range" CHECK ("fit_score" BETWEEN 0 AND 100), CONSTRAINT "PK_cd102ed7a9a4ca7d4d8bfeba406" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_63492fb86e801766752668944f" ON "leads"  ("email_normalized") `);
    await queryRunner.query(`CREATE INDEX "leads_owner_stage" ON "leads"  ("owner_id", "stage") `);
    await queryRunner.query(`CREATE INDEX "leads_queue_order" ON "leads"  ("sla_due_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "stage_transitions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sequence" BIGSERIAL NOT NULL, "lead_id" uuid NOT NULL, "from_stage" text, "to_stage" text NOT NULL, "actor_kind" text NOT NULL, "actor_id" uuid, "reason_code" text, "note" text, "governance_version" integer NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "idempotency_key" text NOT NULL, CONSTRAINT "PK_faf253f34705dae8d5e187ddb62" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3669dae93818464020b1d9e902" ON "stage_transitions"  ("idempotency_key") `);
    await queryRunner.query(`CREATE INDEX "stage_transitions_lead_time" ON "stage_transitions"  ("lead_id", "occurred_at") `);
    await queryRunner.query(
      `CREATE TABLE "sla_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sequence" BIGSERIAL NOT NULL, "lead_id" uuid NOT NULL, "stage" text NOT NULL, "kind" text NOT NULL, "owner_id" uuid, "due_at" TIMESTAMP WITH TIME ZONE, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "detail" text, "idempotency_key" text NOT NULL, CONSTRAINT "PK_fe6fa8c1019607ffdf8d79a65ee" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5b5057c51e4bd38076dcdd090c" ON "sla_events"  ("idempotency_key") `);
    await queryRunner.query(`CREATE INDEX "sla_events_lead_time" ON "sla_events"  ("lead_id", "occurred_at") `);
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "lead_id" uuid, "kind" text NOT NULL, "message" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "idempotency_key" text NOT NULL, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5af2abaf70226e88b27ae3b639" ON "notifications"  ("idempotency_key") `);
    await queryRunner.query(`CREATE INDEX "notifications_recipient_time" ON "notifications"  ("recipient_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "teams" ADD CONSTRAINT "teams_manager_id_fkey" FOREIGN KEY ("manager_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "users_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "users_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "governance_versions" ADD CONSTRAINT "governance_versions_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "governance_versions" ADD CONSTRAINT "governance_versions_published_by_fkey" FOREIGN KEY ("published_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "submission_rejections" ADD CONSTRAINT "submission_rejections_import_job_id_fkey" FOREIGN KEY ("import_job_id") REFERENCES "import_jobs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "leads" ADD CONSTRAINT "leads_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "leads" ADD CONSTRAINT "leads_submitted_by_fkey" FOREIGN KEY ("submitted_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "leads" ADD CONSTRAINT "leads_import_job_id_fkey" FOREIGN KEY ("import_job_id") REFERENCES "import_jobs"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "leads" ADD CONSTRAINT "leads_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "leads" ADD CONSTRAINT "leads_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_transitions" ADD CONSTRAINT "stage_transitions_lead_id_fkey" FOREIGN KEY ("lead_id") REFERENCES "leads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_transitions" ADD CONSTRAINT "stage_transitions_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_transitions" ADD CONSTRAINT "stage_transitions_reason_code_fkey" FOREIGN KEY ("reason_code") REFERENCES "reason_codes"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sla_events" ADD CONSTRAINT "sla_events_lead_id_fkey" FOREIGN KEY ("lead_id") REFERENCES "leads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sla_events" ADD CONSTRAINT "sla_events_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "notifications_lead_id_fkey" FOREIGN KEY ("lead_id") REFERENCES "leads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notifications" CASCADE`);
    await queryRunner.query(`DROP TABLE "sla_events" CASCADE`);
    await queryRunner.query(`DROP TABLE "stage_transitions" CASCADE`);
    await queryRunner.query(`DROP TABLE "leads" CASCADE`);
    await queryRunner.query(`DROP TABLE "submission_rejections" CASCADE`);
    await queryRunner.query(`DROP TABLE "import_jobs" CASCADE`);
    await queryRunner.query(`DROP TABLE "routing_pools" CASCADE`);
    await queryRunner.query(`DROP TABLE "reason_codes" CASCADE`);
    await queryRunner.query(`DROP TABLE "governance_versions" CASCADE`);
    await queryRunner.query(`DROP TABLE "users" CASCADE`);
    await queryRunner.query(`DROP TABLE "teams" CASCADE`);
    await queryRunner.query(`DROP TABLE "partners" CASCADE`);
  }
}
