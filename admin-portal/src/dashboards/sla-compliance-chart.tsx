import { useQuery } from '@apollo/client/react';
import type { Stage } from '@accord/portal-kit';
import { strings } from '../strings';
import { BarChart } from './bar-chart';
import { ChartCard, type ChartTable } from './chart-card';
import type { ChartProps } from './chart-props';
import { toKpiFilter } from './dashboard-filters';
import { dashboardStrings } from './dashboard-strings';
import { formatCount, formatRatio, ratioOf } from './format-kpi';
import { SLA_COMPLIANCE_KPIS } from './kpi.operations';

const labels = dashboardStrings.sla;
const notSet = dashboardStrings.notSet;
const STAGE_ORDER: readonly string[] = ['MQL', 'SAL', 'SQL', 'OPPORTUNITY'];

function compareStages(left: string, right: string): number {
  const rank = (stage: string) => (STAGE_ORDER.includes(stage) ? STAGE_ORDER.indexOf(stage) : STAGE_ORDER.length);

  return rank(left) - rank(right) || left.localeCompare(right);
}

/** Share of SLA outcomes met, per team and stage, over the whole period. */
export function SlaComplianceChart({ values, groupLabel }: ChartProps) {
  const filter = toKpiFilter(values, 'TEAM');
  const { data, error, loading } = useQuery(SLA_COMPLIANCE_KPIS, { variables: { filter } });

  // Sum the periods: met and breached per team and stage.
  const outcomes = new Map<string, Map<string, { met: number; breached: number }>>();
  for (const row of data?.slaComplianceKpis.rows ?? []) {
    const team = groupLabel('TEAM', row.group);
    const byStage = outcomes.get(team) ?? new Map<string, { met: number; breached: number }>();
    const counts = byStage.get(row.stage) ?? { met: 0, breached: 0 };
    byStage.set(row.stage, { met: counts.met + row.met, breached: counts.breached + row.breached });
    outcomes.set(team, byStage);
  }
  const teams = [...outcomes.keys()].sort((left, right) => left.localeCompare(right));
  const stages = [...new Set([...outcomes.values()].flatMap((byStage) => [...byStage.keys()]))].sort(compareStages);
  const stageLabel = (stage: string) => strings.stage[stage as Stage] ?? stage;
  const rateOf = (team: string, stage: string) => {
    const counts = outcomes.get(team)?.get(stage);

    return counts === undefined ? null : ratioOf(counts.met, counts.met + counts.breached);
  };

  let met = 0;
  let breached = 0;
  const tableRows: string[][] = [];
  for (const team of teams) {
    for (const stage of stages) {
      const counts = outcomes.get(team)?.get(stage);
      if (counts === undefined) continue;

      met += counts.met;
      breached += counts.breached;
      tableRows.push([
        team,
        stageLabel(stage),
        formatCount(counts.met),
        formatCount(counts.breached),
        formatRatio(rateOf(team, stage), notSet),
      ]);
    }
  }
  const table: ChartTable = { columns: labels.columns, rows: tableRows };

  return (
    <ChartCard
      title={labels.title}
      slug={labels.slug}
      report="SLA_COMPLIANCE"
      filter={filter}
      loading={loading && data === undefined}
      error={error}
      computedAt={data?.slaComplianceKpis.computedAt ?? null}
      pendingChanges={data?.slaComplianceKpis.pendingChanges ?? 0}
      summary={labels.summary(formatRatio(ratioOf(met, met + breached), notSet), formatCount(met + breached))}
      table={table}
      renderChart={(labelledBy) => (
        <BarChart
          labelledBy={labelledBy}
          categories={teams}
          series={stages.map((stage) => ({ label: stageLabel(stage), values: teams.map((team) => rateOf(team, stage)) }))}
          valueAxisLabel={labels.axis}
          formatValue={(value) => formatRatio(value, notSet)}
          maxValue={1}
        />
      )}
    />
  );
}
