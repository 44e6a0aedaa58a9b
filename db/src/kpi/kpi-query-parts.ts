import { KpiGroupBy, KpiPeriodUnit, type KpiRowKey } from './kpi-types';
import type { CheckedKpiFilter } from './check-kpi-filter';

/** Column of `kpi_cohort_entries` or `kpi_cohort_daily` (alias `e`) that each group-by value reads. */
const GROUP_COLUMNS: Record<KpiGroupBy, string> = {
  [KpiGroupBy.None]: 'NULL::text',
  [KpiGroupBy.Motion]: 'e.motion',
  [KpiGroupBy.Source]: 'e.source',
  [KpiGroupBy.Industry]: 'e.industry',
  [KpiGroupBy.SizeBand]: 'e.size_band',
  [KpiGroupBy.Country]: 'e.country',
  [KpiGroupBy.Region]: 'e.region',
  [KpiGroupBy.Team]: 'e.team_id::text',
  [KpiGroupBy.Rep]: 'e.owner_id::text',
};

/** The table a cohort's rows come from. */
export type CohortSource = 'rollup' | 'entries';

/** Group-by values the daily rollup can serve. */
const ROLLUP_GROUPS: readonly KpiGroupBy[] = [KpiGroupBy.None, KpiGroupBy.Team, KpiGroupBy.Motion];

/**
 * Positional parameters of one KPI query, in a fixed layout: $1 the period unit, $2 the time zone,
 * $3 and $4 the first and the first excluded local day, then the dimension lists.
 */
export class KpiQueryParts {
  readonly parameters: unknown[];
  readonly dimensionCondition: string;
  readonly groupColumn: string;
  /**
   * True when the query reads the daily rollup `kpi_cohort_daily` instead of the cohort entries. That
   * needs a report of counts only (`allowDailyRollup`), and a filter and grouping that use only the
   * team and the motion, the attributes the rollup keeps.
   */
  readonly usesDailyRollup: boolean;

  constructor(
    readonly filter: CheckedKpiFilter,
    options: { allowDailyRollup?: boolean } = {},
  ) {
    this.parameters = [filter.periodUnit === KpiPeriodUnit.Week ? 'week' : 'month', filter.timeZone, filter.fromDate, filter.toDateExclusive];
    this.groupColumn = GROUP_COLUMNS[filter.groupBy];

    const conditions: string[] = [];
    const lists: [string, string[], string][] = [
      ['e.motion', filter.motions, 'text'],
      ['e.source', filter.sources, 'text'],
      ['e.industry', filter.industries, 'text'],
      ['e.size_band', filter.sizeBands, 'text'],
      ['e.country', filter.countries, 'text'],
      ['e.region', filter.regions, 'text'],
      ['e.team_id', filter.teamIds, 'uuid'],
      ['e.owner_id', filter.ownerIds, 'uuid'],
    ];
    for (const [column, values, type] of lists) {
      if (values.length > 0) {
        this.parameters.push(values);
        conditions.push(`${column} = ANY($${this.parameters.length}::${type}[])`);
      }
    }
    this.dimensionCondition = conditions.length === 0 ? 'TRUE' : conditions.join(' AND ');

    const otherAttributes = [filter.sources, filter.industries, filter.sizeBands, filter.countries, filter.regions, filter.ownerIds];
    this.usesDailyRollup =
      options.allowDailyRollup === true &&
      ROLLUP_GROUPS.includes(filter.groupBy) &&
      otherAttributes.every((values) => values.length === 0);
  }

  /**
   * Returns the SQL that counts a cohort's rows: all of them, those with flag_a or flag_b true, or
   * those with flag_a false. The daily rollup stores these counts, so there it sums them.
   */
  count(which: 'all' | 'flagA' | 'flagB' | 'notFlagA', source: CohortSource): string {
    if (source === 'rollup') {
      const sums = { all: 'sum(e.entries)', flagA: 'sum(e.flag_a)', flagB: 'sum(e.flag_b)', notFlagA: 'sum(e.entries - e.flag_a)' };

      return sums[which];
    }

    const counts = {
      all: 'count(*)',
      flagA: 'count(*) FILTER (WHERE e.flag_a)',
      flagB: 'count(*) FILTER (WHERE e.flag_b)',
      notFlagA: 'count(*) FILTER (WHERE NOT e.flag_a)',
    };

    return counts[which];
  }

  /** True when the filter names or groups by any lead attribute. */
  get usesLeadAttributes(): boolean {
    return this.dimensionCondition !== 'TRUE' || this.filter.groupBy !== KpiGroupBy.None;
  }

  /**
   * Start of the period an instant column falls in, as timestamptz. The period starts are computed
   * once per query as local midnights in the time zone, so daylight saving time moves them. Each row
   * finds its period by binary search with width_bucket, which costs far less than converting every
   * row's instant to the time zone with date_trunc.
   */
  periodStart(column: string): string {
    const starts = this.periodStarts();

    return `${starts}[width_bucket(${column}, ${starts})]`;
  }

  /** Array of the period starts as timestamptz, the first at or before the filter's first day. */
  periodStarts(): string {
    return `(SELECT array_agg(local_start AT TIME ZONE $2 ORDER BY local_start)
      FROM generate_series(date_trunc($1, $3::timestamp), $4::timestamp - interval '1 microsecond', ('1 ' || $1)::interval) AS local_start)`;
  }

  /** Condition that keeps instants of the column within the filter's months. */
  inRange(column: string): string {
    return `${column} >= ($3::timestamp AT TIME ZONE $2) AND ${column} < ($4::timestamp AT TIME ZONE $2)`;
  }

  /**
   * Builds a cohort subquery over the rows of one kind (alias `e`). It returns rows of period start,
   * group and the `measures` built for the table read. Several rows may share a period and group,
   * so callers sum them.
   *
   * With the daily rollup, whole UTC days come from `kpi_cohort_daily`. A UTC day that a period
   * boundary cuts (local midnight in a time zone other than UTC, such as 22:00Z for Europe/Berlin in
   * summer) has its entries read from `kpi_cohort_entries` instead, one index range per such day.
   */
  cohort(kind: string, measures: string | ((source: CohortSource) => string), extraGroupColumns = 0): string {
    if (!/^[A-Z_]+$/.test(kind)) {
      throw new RangeError(`cohort kind "${kind}" is invalid: kinds are upper-case constants`);
    }

    const build = typeof measures === 'string' ? () => measures : measures;
    const groupBy = Array.from({ length: 2 + extraGroupColumns }, (_, index) => index + 1).join(', ');
    const fromEntries = (source: string, condition: string): string =>
      `SELECT ${this.periodStart('e.entered_at')} AS period_start, ${this.groupColumn} AS grp, ${build('entries')}
      FROM ${source}
      WHERE ${condition} AND ${this.inRange('e.entered_at')} AND ${this.dimensionCondition}
      GROUP BY ${groupBy}`;

    if (!this.usesDailyRollup) {
      return fromEntries('kpi_cohort_entries e', `e.kind = '${kind}'`);
    }

    const splitDays = `(SELECT coalesce(array_agg(DISTINCT (boundary AT TIME ZONE 'UTC')::date), '{}'::date[])
      FROM unnest(${this.periodStarts()} || ARRAY[$3::timestamp AT TIME ZONE $2, $4::timestamp AT TIME ZONE $2]) AS boundary
      WHERE boundary <> date_trunc('day', boundary, 'UTC'))`;
    const wholeDays = `SELECT ${this.periodStart("(e.day::timestamp AT TIME ZONE 'UTC')")} AS period_start, ${this.groupColumn} AS grp, ${build('rollup')}
      FROM kpi_cohort_daily e
      WHERE e.kind = '${kind}' AND e.day >= (($3::timestamp AT TIME ZONE $2) AT TIME ZONE 'UTC')::date
        AND e.day < (($4::timestamp AT TIME ZONE $2) AT TIME ZONE 'UTC')::date
        AND e.day <> ALL(${splitDays}::date[]) AND ${this.dimensionCondition}
      GROUP BY ${groupBy}
      HAVING sum(e.entries) > 0`;
    if (this.filter.timeZone === 'UTC') {
      return wholeDays;
    }

    // OFFSET 0 keeps the planner from flattening the lateral subquery, so each cut day is one index
    // range instead of a join over every entry of the kind.
    const cutDays = fromEntries(
      `unnest(${splitDays}) AS split (day) CROSS JOIN LATERAL (
        SELECT * FROM kpi_cohort_entries cut
        WHERE cut.kind = '${kind}' AND cut.entered_at >= (split.day::timestamp AT TIME ZONE 'UTC')
          AND cut.entered_at < ((split.day + 1)::timestamp AT TIME ZONE 'UTC')
        OFFSET 0) AS e`,
      'TRUE',
    );

    return `${wholeDays} UNION ALL ${cutDays}`;
  }

  /** Label of a period start in the filter's time zone: `YYYY-MM`, or the Monday `YYYY-MM-DD`. */
  periodLabel(): string {
    return `to_char(period_start AT TIME ZONE $2, CASE WHEN $1 = 'week' THEN 'YYYY-MM-DD' ELSE 'YYYY-MM' END)`;
  }
}

export interface RawKeyRow {
  period_start: Date;
  period: string;
  grp: string | null;
}

export function toRowKey(row: RawKeyRow): KpiRowKey {
  return { periodStart: row.period_start, period: row.period, group: row.grp };
}

/** Converts a bigint or numeric column, which node-postgres returns as text, to a number. */
export function toNumber(value: string | number | null): number {
  return value === null ? 0 : Number(value);
}

export function toNullableNumber(value: string | number | null): number | null {
  return value === null ? null : Number(value);
}
