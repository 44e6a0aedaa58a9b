import type { MigrationInterface, QueryRunner } from 'typeorm';

const SLA_PREFIXES = ['lead', 'mql', 'sal', 'sql', 'opportunity'];

/**
 * Adds the KPI rollup: `lead_funnel_facts`, one row per lead with its dimensions and the first
 * instant it entered each stage; `kpi_cohort_entries`, the same facts as one row per lead and
 * cohort, which the dashboard queries read; `kpi_cohort_daily`, their counts by day, team and
 * motion; and `kpi_dirty_leads`, a queue that triggers fill with the id of
 * every lead whose row, transitions, SLA events or contact attempts change. The refresh in
 * db/src/kpi recomputes the queued leads' facts and deletes the queue rows it has read. The tables
 * have no TypeORM entities because only the SQL in db/src/kpi reads and writes them.
 */
export class KpiFacts1796410800000 implements MigrationInterface {
  name = 'KpiFacts1796410800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const slaColumns = SLA_PREFIXES.map((prefix) => `"sla_${prefix}_armed_at" timestamptz, "sla_${prefix}_outcome" text`).join(', ');
    await queryRunner.query(
      `CREATE TABLE "lead_funnel_facts" (
        "lead_id" uuid NOT NULL PRIMARY KEY REFERENCES "leads"("id") ON DELETE CASCADE,
        "motion" text NOT NULL, "source" text, "industry" text, "size_band" text NOT NULL,
        "country" text, "region" text, "team_id" uuid, "owner_id" uuid,
        "arrived_at" timestamptz NOT NULL, "routed" boolean NOT NULL, "contacted" boolean NOT NULL,
        "speed_to_lead_seconds" integer, "speed_to_lead_business_seconds" integer,
        "mql_at" timestamptz, "sal_at" timestamptz, "accepted_reason" text, "sql_at" timestamptz,
        "opportunity_at" timestamptz, "won_at" timestamptz, "lost_at" timestamptz,
        "rejected_at" timestamptz, "rejected_reason" text, "disqualified_at" timestamptz, "disqualified_reason" text,
        "recycled_at" timestamptz, "recycled_reason" text,
        ${slaColumns},
        "refreshed_at" timestamptz NOT NULL
      )`,
    );
    // One row per lead and cohort it belongs to (arrival, first MQL, SAL, SQL, opportunity and close
    // entries, SLA outcomes, first exits). The covering index lets a dashboard query read one kind's
    // time range with an index-only scan, in time order, without touching the wider fact rows.
    await queryRunner.query(
      `CREATE TABLE "kpi_cohort_entries" (
        "lead_id" uuid NOT NULL REFERENCES "lead_funnel_facts"("lead_id") ON DELETE CASCADE,
        "kind" text NOT NULL, "entered_at" timestamptz NOT NULL,
        "motion" text NOT NULL, "source" text, "industry" text, "size_band" text NOT NULL,
        "country" text, "region" text, "team_id" uuid, "owner_id" uuid,
        "flag_a" boolean, "flag_b" boolean, "value_a" double precision, "value_b" double precision, "reason" text
      )`,
    );
    await queryRunner.query(`CREATE INDEX "kpi_cohort_entries_lead" ON "kpi_cohort_entries" ("lead_id")`);
    await queryRunner.query(
      `CREATE INDEX "kpi_cohort_entries_kind_time" ON "kpi_cohort_entries" ("kind", "entered_at")
       INCLUDE ("motion", "source", "industry", "size_band", "country", "region", "team_id", "owner_id",
                "flag_a", "flag_b", "value_a", "value_b", "reason")`,
    );

    // Counts of kpi_cohort_entries by kind, UTC day, team, motion and reason code. Queries in UTC that
    // filter and group only by team and motion read these few rows instead of the entries.
    await queryRunner.query(
      `CREATE TABLE "kpi_cohort_daily" (
        "kind" text NOT NULL, "day" date NOT NULL, "team_id" uuid, "motion" text NOT NULL, "reason" text,
        "entries" bigint NOT NULL, "flag_a" bigint NOT NULL, "flag_b" bigint NOT NULL
      )`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "kpi_cohort_daily_key" ON "kpi_cohort_daily" ("kind", "day", "team_id", "motion", "reason") NULLS NOT DISTINCT`,
    );

    await queryRunner.query(`CREATE TABLE "kpi_dirty_leads" ("id" bigserial PRIMARY KEY, "lead_id" uuid NOT NULL)`);
    // A trigger per table: the lead row itself (its dimensions and speed to lead), and the three
    // histories the facts are computed from. Updates of leads that touch no fact column queue nothing.
    await queryRunner.query(
      `CREATE FUNCTION "kpi_queue_lead_from_row"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         INSERT INTO "kpi_dirty_leads" ("lead_id") VALUES (NEW."lead_id");
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "kpi_queue_lead"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         INSERT INTO "kpi_dirty_leads" ("lead_id") VALUES (NEW."id");
         RETURN NULL;
       END $$`,
    );
    for (const table of ['stage_transitions', 'sla_events', 'contact_attempts']) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_kpi_queue" AFTER INSERT OR UPDATE ON "${table}" FOR EACH ROW EXECUTE FUNCTION "kpi_queue_lead_from_row"()`,
      );
    }
    await queryRunner.query(`CREATE TRIGGER "leads_kpi_queue_insert" AFTER INSERT ON "leads" FOR EACH ROW EXECUTE FUNCTION "kpi_queue_lead"()`);
    await queryRunner.query(
      `CREATE TRIGGER "leads_kpi_queue_update" AFTER UPDATE ON "leads" FOR EACH ROW
       WHEN ((OLD."motion", OLD."source", OLD."industry", OLD."employee_count", OLD."country", OLD."region", OLD."team_id",
              OLD."owner_id", OLD."arrived_at", OLD."routed_at", OLD."speed_to_lead_seconds", OLD."speed_to_lead_business_seconds")
             IS DISTINCT FROM
             (NEW."motion", NEW."source", NEW."industry", NEW."employee_count", NEW."country", NEW."region", NEW."team_id",
              NEW."owner_id", NEW."arrived_at", NEW."routed_at", NEW."speed_to_lead_seconds", NEW."speed_to_lead_business_seconds"))
       EXECUTE FUNCTION "kpi_queue_lead"()`,
    );
    await queryRunner.query(`INSERT INTO "kpi_dirty_leads" ("lead_id") SELECT "id" FROM "leads"`);

    await queryRunner.query(`CREATE INDEX "submission_rejections_created_at" ON "submission_rejections" ("created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "submission_rejections_created_at"`);
    await queryRunner.query(`DROP TRIGGER "leads_kpi_queue_update" ON "leads"`);
    await queryRunner.query(`DROP TRIGGER "leads_kpi_queue_insert" ON "leads"`);
    for (const table of ['stage_transitions', 'sla_events', 'contact_attempts']) {
      await queryRunner.query(`DROP TRIGGER "${table}_kpi_queue" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION "kpi_queue_lead"()`);
    await queryRunner.query(`DROP FUNCTION "kpi_queue_lead_from_row"()`);
    await queryRunner.query(`DROP TABLE "kpi_dirty_leads"`);
    await queryRunner.query(`DROP TABLE "kpi_cohort_daily"`);
    await queryRunner.query(`DROP TABLE "kpi_cohort_entries"`);
    await queryRunner.query(`DROP TABLE "lead_funnel_facts"`);
  }
}
