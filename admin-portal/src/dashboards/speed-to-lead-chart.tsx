import { useQuery } from '@apollo/client/react';
import { BarChart } from './bar-chart';
import { ChartCard, type ChartTable } from './chart-card';
import type { ChartProps } from './chart-props';
import { toKpiFilter, type Clock } from './dashboard-filters';
import { dashboardStrings } from './dashboard-strings';
import { durationUnitFor, formatAmount, formatCount, formatSeconds, secondsIn, type DurationUnit } from './format-kpi';
import { formatPeriod } from './group-labels';
import { RESPONSE_KPIS, type ResponseKpiRow } from './kpi.operations';

const labels = dashboardStrings.speed;
const notSet = dashboardStrings.notSet;

function medianOf(row: ResponseKpiRow, clock: Clock): number | null {
  return clock === 'calendar' ? row.speedToLeadMedianSeconds : row.speedToLeadMedianBusinessSeconds;
}

function p90Of(row: ResponseKpiRow, clock: Clock): number | null {
  return clock === 'calendar' ? row.speedToLeadP90Seconds : row.speedToLeadP90BusinessSeconds;
}

function inUnitValue(seconds: number | null, unit: DurationUnit): number | null {
  return seconds === null ? null : secondsIn(seconds, unit);
}

function inUnit(seconds: number | null, unit: DurationUnit): string {
  return seconds === null ? notSet : formatAmount(secondsIn(seconds, unit));
}

/**
 * Median and 90th percentile time from arrival to the first rep touch per arrival month, on the
 * calendar or on the owner's business hours. The API returns percentiles, not buckets, so there is no histogram.
 */
export function SpeedToLeadChart({ values, onChange }: ChartProps) {
  const filter = toKpiFilter(values);
  const { data, error, loading } = useQuery(RESPONSE_KPIS, { variables: { filter } });
  const rows = [...(data?.responseKpis.rows ?? [])].sort((left, right) => left.period.localeCompare(right.period));
  const clock = values.clock;
  const allSeconds = rows.flatMap((row) => [row.speedToLeadP90Seconds ?? 0, row.speedToLeadP90BusinessSeconds ?? 0]);
  const unit = durationUnitFor(Math.max(0, ...allSeconds));
  const unitName = labels.units[unit];

  const table: ChartTable = {
    columns: labels.columns(unitName),
    rows: rows.map((row) => [
      formatPeriod(row.period),
      formatCount(row.leadsArrived),
      formatCount(row.leadsTouched),
      inUnit(row.speedToLeadMedianSeconds, unit),
      inUnit(row.speedToLeadP90Seconds, unit),
      inUnit(row.speedToLeadMedianBusinessSeconds, unit),
      inUnit(row.speedToLeadP90BusinessSeconds, unit),
    ]),
  };
  const latest = [...rows].reverse().find((row) => medianOf(row, clock) !== null);
  const summary =
    latest === undefined
      ? labels.noTouches
      : labels.summary(
          labels.clocks[clock],
          formatSeconds(medianOf(latest, clock), unit, notSet),
          formatSeconds(p90Of(latest, clock), unit, notSet),
          formatPeriod(latest.period),
        );

  return (
    <ChartCard
      title={labels.title}
      slug={labels.slug}
      report="RESPONSE"
      filter={filter}
      loading={loading && data === undefined}
      error={error}
      computedAt={data?.responseKpis.computedAt ?? null}
      pendingChanges={data?.responseKpis.pendingChanges ?? 0}
      summary={`${summary} ${labels.note}`}
      table={table}
      controls={
        <label className="field inline-field">
          <span>{labels.clock}</span>
          <select value={clock} onChange={(event) => onChange({ ...values, clock: event.target.value as Clock })}>
            <option value="calendar">{labels.clocks.calendar}</option>
            <option value="business">{labels.clocks.business}</option>
          </select>
        </label>
      }
      renderChart={(labelledBy) =>
        latest !== undefined && (
          <BarChart
            labelledBy={labelledBy}
            categories={rows.map((row) => formatPeriod(row.period))}
            series={[
              {
                label: `${labels.median}, ${labels.clocks[clock].toLowerCase()}`,
                values: rows.map((row) => inUnitValue(medianOf(row, clock), unit)),
              },
              {
                label: `${labels.p90}, ${labels.clocks[clock].toLowerCase()}`,
                values: rows.map((row) => inUnitValue(p90Of(row, clock), unit)),
              },
            ]}
            valueAxisLabel={labels.axis(unitName)}
            formatValue={formatAmount}
          />
        )
      }
    />
  );
}
