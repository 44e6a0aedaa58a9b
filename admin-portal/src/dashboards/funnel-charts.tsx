import { useQuery } from '@apollo/client/react';
import { strings } from '../strings';
import { BarChart } from './bar-chart';
import { ChartCard, type ChartTable } from './chart-card';
import type { ChartProps } from './chart-props';
import { toKpiFilter } from './dashboard-filters';
import { dashboardStrings } from './dashboard-strings';
import { formatCount, formatRatio, ratioOf } from './format-kpi';
import { formatPeriod } from './group-labels';
import { FUNNEL_KPIS, type FunnelKpiRow } from './kpi.operations';

const labels = dashboardStrings.funnel;
const notSet = dashboardStrings.notSet;

type FunnelTotals = Omit<FunnelKpiRow, 'period' | 'periodStart' | 'group'>;

function sumFunnel(rows: readonly FunnelKpiRow[]): FunnelTotals {
  const totals: FunnelTotals = {
    mqlEntered: 0,
    mqlReachedSal: 0,
    salEntered: 0,
    salReachedSql: 0,
    sqlEntered: 0,
    sqlReachedOpportunity: 0,
    opportunityEntered: 0,
    won: 0,
    lost: 0,
  };
  for (const row of rows) {
    for (const key of Object.keys(totals) as (keyof FunnelTotals)[]) totals[key] += row[key];
  }

  return totals;
}

/** Stage entries of the whole period with the conversion between each pair of stages. */
export function FunnelChart({ values }: ChartProps) {
  const filter = toKpiFilter(values);
  const { data, error, loading } = useQuery(FUNNEL_KPIS, { variables: { filter } });
  const rows = data?.funnelKpis.rows ?? [];
  const totals = sumFunnel(rows);
  const steps: [string, number, number, number | null][] = [
    [labels.steps.mqlToSal, totals.mqlEntered, totals.mqlReachedSal, ratioOf(totals.mqlReachedSal, totals.mqlEntered)],
    [labels.steps.salToSql, totals.salEntered, totals.salReachedSql, ratioOf(totals.salReachedSql, totals.salEntered)],
    [
      labels.steps.sqlToOpportunity,
      totals.sqlEntered,
      totals.sqlReachedOpportunity,
      ratioOf(totals.sqlReachedOpportunity, totals.sqlEntered),
    ],
    [labels.steps.win, totals.won + totals.lost, totals.won, ratioOf(totals.won, totals.won + totals.lost)],
  ];
  const table: ChartTable = {
    columns: labels.columns,
    rows:
      rows.length === 0
        ? []
        : steps.map(([step, counted, converted, rate]) => [step, formatCount(counted), formatCount(converted), formatRatio(rate, notSet)]),
  };
  const summary = labels.summary(
    formatCount(totals.mqlEntered),
    ...(steps.map(([, , , rate]) => formatRatio(rate, notSet)) as [string, string, string, string]),
  );

  return (
    <ChartCard
      title={labels.title}
      slug={labels.slug}
      report="FUNNEL"
      filter={filter}
      loading={loading && data === undefined}
      error={error}
      computedAt={data?.funnelKpis.computedAt ?? null}
      pendingChanges={data?.funnelKpis.pendingChanges ?? 0}
      summary={`${summary} ${labels.note}`}
      table={table}
      renderChart={(labelledBy) => (
        <BarChart
          labelledBy={labelledBy}
          categories={[strings.stage.MQL, strings.stage.SAL, strings.stage.SQL, strings.stage.OPPORTUNITY, labels.won]}
          series={[
            {
              label: labels.series,
              values: [totals.mqlEntered, totals.salEntered, totals.sqlEntered, totals.opportunityEntered, totals.won],
            },
          ]}
          valueAxisLabel={labels.axis}
          formatValue={formatCount}
          wholeNumbers
        />
      )}
    />
  );
}

/** Stage conversion rates per cohort month: each month counts the leads that entered the earlier stage in it. */
export function ConversionOverTimeChart({ values }: ChartProps) {
  const conversion = dashboardStrings.conversion;
  const filter = toKpiFilter(values);
  const { data, error, loading } = useQuery(FUNNEL_KPIS, { variables: { filter } });
  const rows = [...(data?.funnelKpis.rows ?? [])].sort((left, right) => left.period.localeCompare(right.period));
  const rates = rows.map((row) => ({
    month: formatPeriod(row.period),
    mqlToSal: ratioOf(row.mqlReachedSal, row.mqlEntered),
    salToSql: ratioOf(row.salReachedSql, row.salEntered),
    sqlToOpportunity: ratioOf(row.sqlReachedOpportunity, row.sqlEntered),
  }));
  const table: ChartTable = {
    columns: conversion.columns,
    rows: rows.map((row, index) => [
      rates[index]?.month ?? row.period,
      formatCount(row.mqlEntered),
      formatRatio(rates[index]?.mqlToSal ?? null, notSet),
      formatCount(row.salEntered),
      formatRatio(rates[index]?.salToSql ?? null, notSet),
      formatCount(row.sqlEntered),
      formatRatio(rates[index]?.sqlToOpportunity ?? null, notSet),
    ]),
  };
  const first = rates[0];
  const last = rates[rates.length - 1];
  const summary =
    first === undefined || last === undefined
      ? ''
      : conversion.summary(first.month, formatRatio(first.mqlToSal, notSet), last.month, formatRatio(last.mqlToSal, notSet));

  return (
    <ChartCard
      title={conversion.title}
      slug={conversion.slug}
      report="FUNNEL"
      filter={filter}
      loading={loading && data === undefined}
      error={error}
      computedAt={data?.funnelKpis.computedAt ?? null}
      pendingChanges={data?.funnelKpis.pendingChanges ?? 0}
      summary={summary}
      table={table}
      renderChart={(labelledBy) => (
        <BarChart
          labelledBy={labelledBy}
          categories={rates.map((rate) => rate.month)}
          series={[
            { label: conversion.series.mqlToSal, values: rates.map((rate) => rate.mqlToSal) },
            { label: conversion.series.salToSql, values: rates.map((rate) => rate.salToSql) },
            { label: conversion.series.sqlToOpportunity, values: rates.map((rate) => rate.sqlToOpportunity) },
          ]}
          valueAxisLabel={conversion.axis}
          formatValue={(value) => formatRatio(value, notSet)}
          maxValue={1}
        />
      )}
    />
  );
}
