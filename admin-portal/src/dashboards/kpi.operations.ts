import type { Motion, Role } from '@accord/portal-kit';
import { gql, type TypedDocumentNode } from '@apollo/client';

export type KpiGroupBy = 'NONE' | 'MOTION' | 'SOURCE' | 'INDUSTRY' | 'SIZE_BAND' | 'COUNTRY' | 'REGION' | 'TEAM' | 'REP';
export type KpiReport = 'FUNNEL' | 'RESPONSE' | 'REASONS' | 'SLA_COMPLIANCE' | 'CYCLE_TIME' | 'LEAD_VALIDITY';

/** The API's `KpiFilter`: months are `YYYY-MM` in `timeZone`, and an absent list does not filter. */
export interface KpiFilter {
  fromMonth: string;
  toMonth: string;
  timeZone?: string;
  groupBy?: KpiGroupBy;
  motions?: Motion[];
  sources?: string[];
  industries?: string[];
  sizeBands?: string[];
  regions?: string[];
  teamIds?: string[];
  ownerIds?: string[];
}

interface KpiTable<Row> {
  computedAt: string;
  pendingChanges: number;
  rows: Row[];
}

interface KpiRowKey {
  period: string;
  periodStart: string;
  /** Value of the groupBy attribute; a team or user id for TEAM and REP, null for NONE. */
  group: string | null;
}

export interface FunnelKpiRow extends KpiRowKey {
  mqlEntered: number;
  mqlReachedSal: number;
  salEntered: number;
  salReachedSql: number;
  sqlEntered: number;
  sqlReachedOpportunity: number;
  opportunityEntered: number;
  won: number;
  lost: number;
}

export interface ResponseKpiRow extends KpiRowKey {
  leadsArrived: number;
  leadsTouched: number;
  /** Seconds; null when no lead of the row was touched. */
  speedToLeadMedianSeconds: number | null;
  speedToLeadP90Seconds: number | null;
  speedToLeadMedianBusinessSeconds: number | null;
  speedToLeadP90BusinessSeconds: number | null;
}

export interface ReasonKpiRow extends KpiRowKey {
  /** ACCEPTED, REJECTED, DISQUALIFIED or RECYCLED. */
  kind: string;
  reasonCode: string | null;
  leads: number;
}

export interface SlaComplianceKpiRow extends KpiRowKey {
  stage: string;
  met: number;
  breached: number;
}

type KpiVariables = { filter: KpiFilter };

export const FUNNEL_KPIS: TypedDocumentNode<{ funnelKpis: KpiTable<FunnelKpiRow> }, KpiVariables> = gql`
  query DashboardFunnelKpis($filter: KpiFilter!) {
    funnelKpis(filter: $filter) {
      computedAt
      pendingChanges
      rows {
        period
        periodStart
        group
        mqlEntered
        mqlReachedSal
        salEntered
        salReachedSql
        sqlEntered
        sqlReachedOpportunity
        opportunityEntered
        won
        lost
      }
    }
  }
`;

export const RESPONSE_KPIS: TypedDocumentNode<{ responseKpis: KpiTable<ResponseKpiRow> }, KpiVariables> = gql`
  query DashboardResponseKpis($filter: KpiFilter!) {
    responseKpis(filter: $filter) {
      computedAt
      pendingChanges
      rows {
        period
        periodStart
        group
        leadsArrived
        leadsTouched
        speedToLeadMedianSeconds
        speedToLeadP90Seconds
        speedToLeadMedianBusinessSeconds
        speedToLeadP90BusinessSeconds
      }
    }
  }
`;

export const REASON_KPIS: TypedDocumentNode<{ reasonKpis: KpiTable<ReasonKpiRow> }, KpiVariables> = gql`
  query DashboardReasonKpis($filter: KpiFilter!) {
    reasonKpis(filter: $filter) {
      computedAt
      pendingChanges
      rows {
        period
        periodStart
        group
        kind
        reasonCode
        leads
      }
    }
  }
`;

export const SLA_COMPLIANCE_KPIS: TypedDocumentNode<{ slaComplianceKpis: KpiTable<SlaComplianceKpiRow> }, KpiVariables> = gql`
  query DashboardSlaComplianceKpis($filter: KpiFilter!) {
    slaComplianceKpis(filter: $filter) {
      computedAt
      pendingChanges
      rows {
        period
        periodStart
        group
        stage
        met
        breached
      }
    }
  }
`;

export const KPI_CSV: TypedDocumentNode<{ kpiCsv: string }, { report: KpiReport; filter: KpiFilter }> = gql`
  query DashboardKpiCsv($report: KpiReport!, $filter: KpiFilter!) {
    kpiCsv(report: $report, filter: $filter)
  }
`;

export interface DashboardOptionsData {
  teams: { id: string; label: string }[];
  /** Every user for admins and marketing ops; a manager's own team members for a manager. */
  users: { id: string; name: string; role: Role; active: boolean }[];
}

/** Teams and users for the team and rep filters and for naming TEAM and REP groups. */
export const DASHBOARD_OPTIONS: TypedDocumentNode<DashboardOptionsData, Record<string, never>> = gql`
  query DashboardOptions {
    teams {
      id
      label
    }
    users {
      id
      name
      role
      active
    }
  }
`;
