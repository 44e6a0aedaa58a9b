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
   * needs a report of counts only (`allowDailyRollup`) and periods in UTC. The filter and grouping
   * must also use only the team and the motion, the attributes the rollup keeps.
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
      filter.timeZone === 'UTC' &&
      ROLLUP_GROUPS.includes(filter.groupBy) &&
      otherAttributes.every((values) => values.length === 0);
  }

  /**
   * Returns the SQL that counts a cohort's rows: all of them, those with flag_a or flag_b true, or
   * those with flag_a false. The daily rollup stores these counts, so there it sums them.
   */
  count(which: 'all' | 'flagA' | 'flagB' | 'notFlagA'): string {
    if (this.usesDailyRollup) {
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
    const starts = `(SELECT array_agg(local_start AT TIME ZONE $2 ORDER BY local_start)
      FROM generate_series(date_trunc($1, $3::timestamp), $4::timestamp - interval '1 microsecond', ('1 ' || $1)::interval) AS local_start)`;

    return `${starts}[width_bucket(${column}, ${starts})]`;
  }

  /** Condition that keeps instants of the column within the filter's months. */
  inRange(column: string): string {
    return `${column} >= ($3::timestamp AT TIME ZONE $2) AND ${column} < ($4::timestamp AT TIME ZONE $2)`;
  }

  /**
   * Builds a cohort subquery over the rows of one kind in `kpi_cohort_entries`, or in `kpi_cohort_daily`
   * when `usesDailyRollup` (alias `e`). It returns one row per period and group, with `measures` as its
   * other columns.
   */
  cohort(kind: string, measures: string, extraGroupColumns = 0): string {
    if (!/^[A-Z_]+$/.test(kind)) {
      throw new RangeError(`cohort kind "${kind}" is invalid: kinds are upper-case constants`);
    }

    const groupBy = Array.from({ length: 2 + extraGroupColumns }, (_, index) => index + 1).join(', ');
    if (this.usesDailyRollup) {
      return `SELECT ${this.periodStart("(e.day::timestamp AT TIME ZONE 'UTC')")} AS period_start, ${this.groupColumn} AS grp, ${measures}
        FROM kpi_cohort_daily e
        WHERE e.kind = '${kind}' AND e.day >= $3::date AND e.day < $4::date AND ${this.dimensionCondition}
        GROUP BY ${groupBy}
        HAVING sum(e.entries) > 0`;
    }

    return `SELECT ${this.periodStart('e.entered_at')} AS period_start, ${this.groupColumn} AS grp, ${measures}
      FROM kpi_cohort_entries e
      WHERE e.kind = '${kind}' AND ${this.inRange('e.entered_at')} AND ${this.dimensionCondition}
      GROUP BY ${groupBy}`;
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
