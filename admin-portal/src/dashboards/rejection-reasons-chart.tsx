import { useQuery } from '@apollo/client/react';
import { BarChart } from './bar-chart';
import { ChartCard, type ChartTable } from './chart-card';
import type { ChartProps } from './chart-props';
import { SEGMENTS, toKpiFilter, type Segment } from './dashboard-filters';
import { dashboardStrings } from './dashboard-strings';
import { formatCount } from './format-kpi';
import { REASON_KPIS } from './kpi.operations';

const labels = dashboardStrings.reasons;

/** Rejected leads of the whole period per segment and reason code. */
export function RejectionReasonsChart({ values, onChange, groupLabel }: ChartProps) {
  const segment = values.segment;
  const filter = toKpiFilter(values, segment);
  const { data, error, loading } = useQuery(REASON_KPIS, { variables: { filter } });

  // Sum the periods: one count per segment and reason code.
  const counts = new Map<string, Map<string, number>>();
  for (const row of data?.reasonKpis.rows ?? []) {
    if (row.kind !== 'REJECTED') continue;

    const group = groupLabel(segment, row.group);
    const reason = row.reasonCode ?? labels.noReason;
    const byReason = counts.get(group) ?? new Map<string, number>();
    byReason.set(reason, (byReason.get(reason) ?? 0) + row.leads);
    counts.set(group, byReason);
  }
  const groups = [...counts.keys()].sort((left, right) => left.localeCompare(right));
  const reasons = [...new Set([...counts.values()].flatMap((byReason) => [...byReason.keys()]))].sort((left, right) =>
    left.localeCompare(right),
  );
  const reasonTotals = reasons.map((reason) => ({
    reason,
    leads: groups.reduce((sum, group) => sum + (counts.get(group)?.get(reason) ?? 0), 0),
  }));
  const total = reasonTotals.reduce((sum, item) => sum + item.leads, 0);
  const topReason = [...reasonTotals].sort((left, right) => right.leads - left.leads)[0];

  const table: ChartTable = {
    columns: labels.columns(labels.segments[segment]),
    rows: groups.flatMap((group) =>
      reasons
        .filter((reason) => counts.get(group)?.has(reason))
        .map((reason) => [group, reason, formatCount(counts.get(group)?.get(reason) ?? 0)]),
    ),
  };

  return (
    <ChartCard
      title={labels.title}
      slug={`${labels.slug}-by-${segment.toLowerCase().replace('_', '-')}`}
      report="REASONS"
      filter={filter}
      loading={loading && data === undefined}
      error={error}
      computedAt={data?.reasonKpis.computedAt ?? null}
      pendingChanges={data?.reasonKpis.pendingChanges ?? 0}
      summary={topReason === undefined ? '' : labels.summary(formatCount(total), topReason.reason, formatCount(topReason.leads))}
      table={table}
      controls={
        <label className="field inline-field">
          <span>{labels.segment}</span>
          <select value={segment} onChange={(event) => onChange({ ...values, segment: event.target.value as Segment })}>
            {SEGMENTS.map((option) => (
              <option key={option} value={option}>
                {labels.segments[option]}
              </option>
            ))}
          </select>
        </label>
      }
      renderChart={(labelledBy) => (
        <BarChart
          labelledBy={labelledBy}
          categories={groups}
          series={reasons.map((reason) => ({ label: reason, values: groups.map((group) => counts.get(group)?.get(reason) ?? null) }))}
          valueAxisLabel={labels.axis}
          formatValue={formatCount}
          wholeNumbers
        />
      )}
    />
  );
}
