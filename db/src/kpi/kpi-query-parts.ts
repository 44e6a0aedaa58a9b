import { KpiGroupBy, KpiPeriodUnit, type KpiRowKey } from './kpi-types';
import type { CheckedKpiFilter } from './check-kpi-filter';
import type { RollupAttribute } from './lead-funnel-facts-sql';

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

/** Attribute of `kpi_cohort_daily_by_attribute` that each group-by value reads, where it has one. */
const ATTRIBUTE_GROUPS: Partial<Record<KpiGroupBy, RollupAttribute>> = {
  [KpiGroupBy.Source]: 'source',
  [KpiGroupBy.Industry]: 'industry',
  [KpiGroupBy.SizeBand]: 'size_band',
  [KpiGroupBy.Country]: 'country',
  [KpiGroupBy.Region]: 'region',
  [KpiGroupBy.Rep]: 'owner',
};

/** One filter list: the entry column it tests, the rollup attribute that counts it, and its SQL element type. */
interface DimensionList {
  column: string;
  attribute: RollupAttribute | 'team' | 'motion';
  values: string[];
  type: 'text' | 'uuid';
}

/**
 * Positional parameters of one KPI query, in a fixed layout: $1 the period unit, $2 the time zone,
 * $3 and $4 the first and the first excluded local day, then the dimension lists.
 */
export class KpiQueryParts {
  readonly parameters: unknown[];
  readonly dimensionCondition: string;
  readonly groupColumn: string;
  /**
   * True when the query reads a rollup instead of the cohort entries. That needs a report of counts
   * only (`allowDailyRollup`). `kpi_cohort_daily` serves a filter and grouping that use only the team
   * and the motion. `kpi_cohort_daily_by_attribute` serves one that uses one other attribute (source,
   * industry, size band, country, region or rep) and otherwise only the team; `rollupAttribute`
   * names that attribute.
   */
  readonly usesDailyRollup: boolean;
  /** The attribute of `kpi_cohort_daily_by_attribute` the query reads, or null when it reads another table. */
  readonly rollupAttribute: RollupAttribute | null;
  /** Filter condition on `kpi_cohort_daily_by_attribute` (alias `e`) when `rollupAttribute` is set. */
  private readonly attributeRollupCondition: string;

  constructor(
    readonly filter: CheckedKpiFilter,
    options: { allowDailyRollup?: boolean } = {},
  ) {
    this.parameters = [filter.periodUnit === KpiPeriodUnit.Week ? 'week' : 'month', filter.timeZone, filter.fromDate, filter.toDateExclusive];
    this.groupColumn = GROUP_COLUMNS[filter.groupBy];

    const lists: DimensionList[] = [
      { column: 'e.motion', attribute: 'motion', values: filter.motions, type: 'text' },
      { column: 'e.source', attribute: 'source', values: filter.sources, type: 'text' },
      { column: 'e.industry', attribute: 'industry', values: filter.industries, type: 'text' },
      { column: 'e.size_band', attribute: 'size_band', values: filter.sizeBands, type: 'text' },
      { column: 'e.country', attribute: 'country', values: filter.countries, type: 'text' },
      { column: 'e.region', attribute: 'region', values: filter.regions, type: 'text' },
      { column: 'e.team_id', attribute: 'team', values: filter.teamIds, type: 'uuid' },
      { column: 'e.owner_id', attribute: 'owner', values: filter.ownerIds, type: 'uuid' },
    ];
    const conditions: string[] = [];
    const attributeConditions: string[] = [];
    const usedAttributes = new Set<DimensionList['attribute']>();
    for (const list of lists) {
      if (list.values.length > 0) {
        this.parameters.push(list.values);
        const parameter = `$${this.parameters.length}::${list.type}[]`;
        conditions.push(`${list.column} = ANY(${parameter})`);
        usedAttributes.add(list.attribute);
        // The attribute rollup stores every attribute value as text, so uuid lists compare as text.
        attributeConditions.push(list.attribute === 'team' ? `e.team_id = ANY(${parameter})` : `e.value = ANY(${parameter}::text[])`);
      }
    }
    this.dimensionCondition = conditions.length === 0 ? 'TRUE' : conditions.join(' AND ');

    const groupAttribute = ATTRIBUTE_GROUPS[filter.groupBy];
    if (groupAttribute !== undefined) {
      usedAttributes.add(groupAttribute);
    }
    if (filter.groupBy === KpiGroupBy.Motion) {
      usedAttributes.add('motion');
    }
    const otherAttributes = [...usedAttributes].filter((attribute): attribute is RollupAttribute => attribute !== 'team' && attribute !== 'motion');
    const allowed = options.allowDailyRollup === true;
    const attribute = otherAttributes[0];
    this.rollupAttribute = allowed && otherAttributes.length === 1 && attribute !== undefined && !usedAttributes.has('motion') ? attribute : null;
    this.attributeRollupCondition = [`e.attribute = '${this.rollupAttribute ?? ''}'`, ...attributeConditions].join(' AND ');
    this.usesDailyRollup = (allowed && ROLLUP_GROUPS.includes(filter.groupBy) && otherAttributes.length === 0) || this.rollupAttribute !== null;
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
   * With a rollup, whole UTC days come from `kpi_cohort_daily` or `kpi_cohort_daily_by_attribute`. A UTC day that a period
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
    const rollup =
      this.rollupAttribute === null
        ? { table: 'kpi_cohort_daily', groupColumn: this.groupColumn, condition: this.dimensionCondition }
        : {
            table: 'kpi_cohort_daily_by_attribute',
            groupColumn: ATTRIBUTE_GROUPS[this.filter.groupBy] === undefined ? this.groupColumn : 'e.value',
            condition: this.attributeRollupCondition,
          };
    const wholeDays = `SELECT ${this.periodStart("(e.day::timestamp AT TIME ZONE 'UTC')")} AS period_start, ${rollup.groupColumn} AS grp, ${build('rollup')}
      FROM ${rollup.table} e
      WHERE e.kind = '${kind}' AND e.day >= (($3::timestamp AT TIME ZONE $2) AT TIME ZONE 'UTC')::date
        AND e.day < (($4::timestamp AT TIME ZONE $2) AT TIME ZONE 'UTC')::date
        AND e.day <> ALL(${splitDays}::date[]) AND ${rollup.condition}
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
