import {
  computeKpis,
  computeKpiTable,
  KpiGroupBy,
  KpiPeriodUnit,
  KpiReport,
  TeamEntity,
  type KpiRowKey,
  type KpiTables,
} from '@accord/db';
import type { GovernanceModel } from '@accord/governance';
import type { DataSource } from 'typeorm';

import {
  TOP_REJECTION_REASONS,
  type KpiUnit,
  type ReviewKpi,
  type SegmentRejectionReasons,
  type TeamSlaCompliance,
} from '../../review/review-pack';

interface KpiDefinition {
  key: string;
  label: string;
  unit: KpiUnit;
  read: (tables: KpiTables, period: string) => number | null;
}

function rowOf<Row extends KpiRowKey>(rows: Row[], period: string): Row | undefined {
  return rows.find((row) => row.period === period);
}

function overallSlaCompliance(tables: KpiTables, period: string): number | null {
  const rows = tables.slaCompliance.filter((row) => row.period === period);
  const met = rows.reduce((sum, row) => sum + row.met, 0);
  const breached = rows.reduce((sum, row) => sum + row.breached, 0);

  return met + breached === 0 ? null : met / (met + breached);
}

/** The KPIs a review compares with the month before, in the order the pack lists them. */
const REVIEW_KPIS: KpiDefinition[] = [
  { key: 'leadsStored', label: 'Leads stored', unit: 'COUNT', read: (t, p) => rowOf(t.leadValidity, p)?.leadsStored ?? 0 },
  { key: 'validLeadRate', label: 'Valid-lead rate', unit: 'RATIO', read: (t, p) => rowOf(t.leadValidity, p)?.validLeadRate ?? null },
  { key: 'mqlEntered', label: 'New MQLs', unit: 'COUNT', read: (t, p) => rowOf(t.funnel, p)?.mqlEntered ?? 0 },
  { key: 'mqlToSalRate', label: 'MQL→SAL rate', unit: 'RATIO', read: (t, p) => rowOf(t.funnel, p)?.mqlToSalRate ?? null },
  { key: 'salToSqlRate', label: 'SAL→SQL rate', unit: 'RATIO', read: (t, p) => rowOf(t.funnel, p)?.salToSqlRate ?? null },
  {
    key: 'sqlToOpportunityRate',
    label: 'SQL→Opportunity rate',
    unit: 'RATIO',
    read: (t, p) => rowOf(t.funnel, p)?.sqlToOpportunityRate ?? null,
  },
  { key: 'winRate', label: 'Win rate', unit: 'RATIO', read: (t, p) => rowOf(t.funnel, p)?.winRate ?? null },
  {
    key: 'speedToLeadMedianSeconds',
    label: 'Speed to lead (median)',
    unit: 'SECONDS',
    read: (t, p) => rowOf(t.response, p)?.speedToLeadMedianSeconds ?? null,
  },
  {
    key: 'speedToLeadMedianBusinessSeconds',
    label: 'Speed to lead (median, business time)',
    unit: 'SECONDS',
    read: (t, p) => rowOf(t.response, p)?.speedToLeadMedianBusinessSeconds ?? null,
  },
  { key: 'contactRate', label: 'Contact rate', unit: 'RATIO', read: (t, p) => rowOf(t.response, p)?.contactRate ?? null },
  {
    key: 'arrivalToOpportunityMedianSeconds',
    label: 'Cycle time to opportunity (median)',
    unit: 'SECONDS',
    read: (t, p) => rowOf(t.cycleTime, p)?.arrivalToOpportunityMedianSeconds ?? null,
  },
  { key: 'slaComplianceRate', label: 'SLA compliance', unit: 'RATIO', read: overallSlaCompliance },
];

/**
 * Computes the review KPIs of `month` and `previousMonth` from the KPI fact table (one bounded refresh
 * first) with month boundaries in `timeZone`, and returns each KPI with its change.
 */
export async function compareMonthKpis(
  dataSource: DataSource,
  month: string,
  previousMonth: string,
  timeZone: string,
): Promise<{ kpis: ReviewKpi[]; pendingChanges: number }> {
  const { tables, freshness } = await computeKpis(dataSource, {
    fromMonth: previousMonth,
    toMonth: month,
    timeZone,
    periodUnit: KpiPeriodUnit.Month,
    groupBy: KpiGroupBy.None,
  });

  const kpis = REVIEW_KPIS.map((definition): ReviewKpi => {
    const value = definition.read(tables, month);
    const previous = definition.read(tables, previousMonth);

    return {
      key: definition.key,
      label: definition.label,
      unit: definition.unit,
      value,
      previous,
      change: value === null || previous === null ? null : value - previous,
    };
  });

  return { kpis, pendingChanges: freshness.pendingChanges };
}

function complianceRate(met: number, breached: number): number | null {
  return met + breached === 0 ? null : met / (met + breached);
}

/** SLA outcomes of clocks armed in `month`, per team and stage, teams with the most breaches first. */
export async function loadSlaComplianceByTeam(dataSource: DataSource, month: string, timeZone: string): Promise<TeamSlaCompliance[]> {
  const { rows } = await computeKpiTable(
    dataSource,
    KpiReport.SlaCompliance,
    { fromMonth: month, toMonth: month, timeZone, periodUnit: KpiPeriodUnit.Month, groupBy: KpiGroupBy.Team },
    { skipRefresh: true },
  );
  const teams = await dataSource.getRepository(TeamEntity).find();
  const labels = new Map(teams.map((team) => [team.id, team.label]));

  const byTeam = new Map<string | null, TeamSlaCompliance>();
  for (const row of rows) {
    const entry = byTeam.get(row.group) ?? {
      teamId: row.group,
      teamLabel: row.group === null ? 'No team' : (labels.get(row.group) ?? row.group),
      met: 0,
      breached: 0,
      complianceRate: null,
      stages: [],
    };
    entry.met += row.met;
    entry.breached += row.breached;
    entry.stages.push({ stage: row.stage, met: row.met, breached: row.breached, complianceRate: row.complianceRate });
    byTeam.set(row.group, entry);
  }

  return [...byTeam.values()]
    .map((entry) => ({ ...entry, complianceRate: complianceRate(entry.met, entry.breached) }))
    .sort((left, right) => right.breached - left.breached || left.teamLabel.localeCompare(right.teamLabel));
}

/**
 * Loads the most frequent rejection reasons of `month` per segment. A segment is a company size band
 * (`COMPANY_SIZE_BANDS`), the usual B2B segmentation, so the review shows which company sizes Sales
 * rejects and for which reasons.
 */
export async function loadRejectionReasonsBySegment(
  dataSource: DataSource,
  model: GovernanceModel,
  month: string,
  timeZone: string,
): Promise<SegmentRejectionReasons[]> {
  const { rows } = await computeKpiTable(
    dataSource,
    KpiReport.Reasons,
    { fromMonth: month, toMonth: month, timeZone, periodUnit: KpiPeriodUnit.Month, groupBy: KpiGroupBy.SizeBand },
    { skipRefresh: true },
  );
  const labels = new Map(model.reasonCodes.map((reason) => [reason.code, reason.label]));

  const bySegment = new Map<string, Array<{ reasonCode: string | null; leads: number }>>();
  for (const row of rows.filter((candidate) => candidate.kind === 'REJECTED')) {
    const segment = row.group ?? 'UNKNOWN';
    bySegment.set(segment, [...(bySegment.get(segment) ?? []), { reasonCode: row.reasonCode, leads: row.leads }]);
  }

  return [...bySegment.entries()]
    .map(([segment, reasons]) => {
      const rejections = reasons.reduce((sum, reason) => sum + reason.leads, 0);
      const top = [...reasons]
        .sort((left, right) => right.leads - left.leads || (left.reasonCode ?? '').localeCompare(right.reasonCode ?? ''))
        .slice(0, TOP_REJECTION_REASONS)
        .map((reason) => ({
          reasonCode: reason.reasonCode,
          label: reason.reasonCode === null ? 'No reason recorded' : (labels.get(reason.reasonCode) ?? reason.reasonCode),
          leads: reason.leads,
          share: reason.leads / rejections,
        }));

      return { segment, rejections, reasons: top };
    })
    .sort((left, right) => right.rejections - left.rejections || left.segment.localeCompare(right.segment));
}
