import { KpiGroupBy, KpiPeriodUnit, type KpiRowKey } from './kpi-types';
import type { CheckedKpiFilter } from './check-kpi-filter';

/** Fact table column each group-by value reads. */
const GROUP_COLUMNS: Record<KpiGroupBy, string> = {
  [KpiGroupBy.None]: 'NULL::text',
  [KpiGroupBy.Motion]: 'f.motion',
  [KpiGroupBy.Source]: 'f.source',
  [KpiGroupBy.Industry]: 'f.industry',
  [KpiGroupBy.SizeBand]: 'f.size_band',
  [KpiGroupBy.Country]: 'f.country',
  [KpiGroupBy.Region]: 'f.region',
  [KpiGroupBy.Team]: 'f.team_id::text',
  [KpiGroupBy.Rep]: 'f.owner_id::text',
};

/**
 * Positional parameters of one KPI query, in a fixed layout: $1 the period unit, $2 the time zone,
 * $3 and $4 the first and the first excluded local day, then the dimension lists.
 */
export class KpiQueryParts {
  readonly parameters: unknown[];
  readonly dimensionCondition: string;
  readonly groupColumn: string;

  constructor(readonly filter: CheckedKpiFilter) {
    this.parameters = [filter.periodUnit === KpiPeriodUnit.Week ? 'week' : 'month', filter.timeZone, filter.fromDate, filter.toDateExclusive];
    this.groupColumn = GROUP_COLUMNS[filter.groupBy];

    const conditions: string[] = [];
    const lists: [string, string[], string][] = [
      ['f.motion', filter.motions, 'text'],
      ['f.source', filter.sources, 'text'],
      ['f.industry', filter.industries, 'text'],
      ['f.size_band', filter.sizeBands, 'text'],
      ['f.country', filter.countries, 'text'],
      ['f.region', filter.regions, 'text'],
      ['f.team_id', filter.teamIds, 'uuid'],
      ['f.owner_id', filter.ownerIds, 'uuid'],
    ];
    for (const [column, values, type] of lists) {
      if (values.length > 0) {
        this.parameters.push(values);
        conditions.push(`${column} = ANY($${this.parameters.length}::${type}[])`);
      }
    }
    this.dimensionCondition = conditions.length === 0 ? 'TRUE' : conditions.join(' AND ');
  }

  /** True when the filter names or groups by any lead attribute. */
  get usesLeadAttributes(): boolean {
    return this.dimensionCondition !== 'TRUE' || this.filter.groupBy !== KpiGroupBy.None;
  }

  /** Start of the period an instant column falls in, as timestamptz. */
  periodStart(column: string): string {
    return `date_trunc($1, ${column}, $2)`;
  }

  /** Condition that keeps instants of the column within the filter's months. */
  inRange(column: string): string {
    return `${column} >= ($3::timestamp AT TIME ZONE $2) AND ${column} < ($4::timestamp AT TIME ZONE $2)`;
  }

  /** A cohort subquery over the fact table: one row per period and group, `measures` as its other columns. */
  cohort(column: string, measures: string, extraCondition = 'TRUE'): string {
    return `SELECT ${this.periodStart(`f.${column}`)} AS period_start, ${this.groupColumn} AS grp, ${measures}
      FROM lead_funnel_facts f
      WHERE ${this.inRange(`f.${column}`)} AND ${this.dimensionCondition} AND ${extraCondition}
      GROUP BY 1, 2`;
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
