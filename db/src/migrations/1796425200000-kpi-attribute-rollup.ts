import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Adds `kpi_cohort_daily_by_attribute`: counts of `kpi_cohort_entries` by kind, UTC day, one lead
 * attribute (source, industry, size band, country, region or owner), team and reason code. A count
 * query that filters or groups by one of those attributes, and otherwise only by team, reads these
 * rows instead of every cohort entry of its range. The migration fills the table from the entries
 * and the refresh in db/src/kpi keeps it up to date. Also adds a narrow index on the arrival entries
 * for the speed-to-lead percentiles.
 */
export class KpiAttributeRollup1796425200000 implements MigrationInterface {
  name = 'KpiAttributeRollup1796425200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "kpi_cohort_daily_by_attribute" (
        "kind" text NOT NULL, "attribute" text NOT NULL, "day" date NOT NULL, "team_id" uuid, "value" text, "reason" text,
        "entries" bigint NOT NULL, "flag_a" bigint NOT NULL, "flag_b" bigint NOT NULL
      )`,
    );
    // The key leads with kind, attribute and day, the order the queries read, and includes the counts
    // so that they read the index alone.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "kpi_cohort_daily_by_attribute_key" ON "kpi_cohort_daily_by_attribute"
       ("kind", "attribute", "day", "team_id", "value", "reason") INCLUDE ("entries", "flag_a", "flag_b") NULLS NOT DISTINCT`,
    );
    await queryRunner.query(
      `INSERT INTO "kpi_cohort_daily_by_attribute" ("kind", "attribute", "day", "team_id", "value", "reason", "entries", "flag_a", "flag_b")
       SELECT e."kind", a."attribute", (e."entered_at" AT TIME ZONE 'UTC')::date, e."team_id", a."value", e."reason",
              count(*), count(*) FILTER (WHERE e."flag_a"), count(*) FILTER (WHERE e."flag_b")
       FROM "kpi_cohort_entries" e
       CROSS JOIN LATERAL (VALUES ('source', e."source"), ('industry', e."industry"), ('size_band', e."size_band"),
         ('country', e."country"), ('region', e."region"), ('owner', e."owner_id"::text)) AS a ("attribute", "value")
       GROUP BY 1, 2, 3, 4, 5, 6`,
    );

    // Speed to lead reads every arrival of its range. This index covers those reads for the team,
    // motion and rep at about a tenth of the size of the index on every kind, which is far larger
    // than the default 128 MB of shared buffers.
    await queryRunner.query(
      `CREATE INDEX "kpi_cohort_entries_arrived_time" ON "kpi_cohort_entries" ("entered_at")
       INCLUDE ("motion", "team_id", "owner_id", "flag_a", "flag_b", "value_a", "value_b") WHERE "kind" = 'ARRIVED'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "kpi_cohort_entries_arrived_time"`);
    await queryRunner.query(`DROP TABLE "kpi_cohort_daily_by_attribute"`);
  }
}
