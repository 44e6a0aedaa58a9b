/** The dashboard tables `computeKpis` returns, one per report. */
export enum KpiReport {
  /** MQL→SAL, SAL→SQL and SQL→Opportunity conversion and win rate, each by the month the lead entered the earlier stage. */
  Funnel = 'FUNNEL',
  /** Speed to lead and contact rate, by arrival month. */
  Response = 'RESPONSE',
  /** Median arrival→opportunity time by opportunity month, and arrival→close time by close month. */
  CycleTime = 'CYCLE_TIME',
  /** SLA outcomes (MET, BREACHED) per stage, by the month the stage's SLA clock was armed. */
  SlaCompliance = 'SLA_COMPLIANCE',
  /** Leads stored and submissions rejected, by arrival or rejection month. */
  LeadValidity = 'LEAD_VALIDITY',
  /** Acceptance, rejection, disqualification and recycle reason codes, by the month of the transition. */
  Reasons = 'REASONS',
}

/** The lead attribute the rows of a table are grouped by, besides the period. */
export enum KpiGroupBy {
  None = 'NONE',
  Motion = 'MOTION',
  Source = 'SOURCE',
  Industry = 'INDUSTRY',
  SizeBand = 'SIZE_BAND',
  Country = 'COUNTRY',
  Region = 'REGION',
  Team = 'TEAM',
  Rep = 'REP',
}

/** The length of a period: calendar months, or ISO weeks that start on Monday. */
export enum KpiPeriodUnit {
  Month = 'MONTH',
  Week = 'WEEK',
}

/**
 * Filter of the leads a KPI table covers. Months are `YYYY-MM`, both included, with boundaries at midnight
 * in `timeZone` (an IANA name, UTC by default). An absent or empty list does not filter.
 */
export interface KpiFilter {
  fromMonth: string;
  toMonth: string;
  timeZone?: string | null;
  periodUnit?: KpiPeriodUnit | null;
  groupBy?: KpiGroupBy | null;
  motions?: string[] | null;
  sources?: string[] | null;
  industries?: string[] | null;
  /** Keys of `COMPANY_SIZE_BANDS` or `UNKNOWN`. */
  sizeBands?: string[] | null;
  countries?: string[] | null;
  regions?: string[] | null;
  teamIds?: string[] | null;
  /** Current owners (reps) of the leads. */
  ownerIds?: string[] | null;
}

/** The period and group a row belongs to. */
export interface KpiRowKey {
  /** First instant of the period in the filter's time zone. */
  periodStart: Date;
  /** `YYYY-MM` for months, `YYYY-MM-DD` (the Monday) for weeks, in the filter's time zone. */
  period: string;
  /** Value of the group-by attribute; null for NONE or for leads without a value. */
  group: string | null;
}

export interface FunnelKpiRow extends KpiRowKey {
  mqlEntered: number;
  mqlReachedSal: number;
  /** Ratio 0..1; null without MQL entries. */
  mqlToSalRate: number | null;
  salEntered: number;
  salReachedSql: number;
  salToSqlRate: number | null;
  sqlEntered: number;
  sqlReachedOpportunity: number;
  sqlToOpportunityRate: number | null;
  opportunityEntered: number;
  won: number;
  lost: number;
  /** WON / (WON + LOST) of the opportunities entered in the period, ratio 0..1. */
  winRate: number | null;
}

export interface ResponseKpiRow extends KpiRowKey {
  leadsArrived: number;
  leadsTouched: number;
  speedToLeadMedianSeconds: number | null;
  speedToLeadP90Seconds: number | null;
  speedToLeadMedianBusinessSeconds: number | null;
  speedToLeadP90BusinessSeconds: number | null;
  leadsRouted: number;
  leadsRoutedContacted: number;
  /** Routed leads with at least one contact attempt / routed leads, ratio 0..1. */
  contactRate: number | null;
}

export interface CycleTimeKpiRow extends KpiRowKey {
  opportunities: number;
  arrivalToOpportunityMedianSeconds: number | null;
  closed: number;
  arrivalToCloseMedianSeconds: number | null;
}

export interface SlaComplianceKpiRow extends KpiRowKey {
  stage: string;
  met: number;
  breached: number;
  /** MET / (MET + BREACHED), ratio 0..1. */
  complianceRate: number | null;
}

export interface LeadValidityKpiRow extends KpiRowKey {
  leadsStored: number;
  /** Null when the filter or grouping uses an attribute rejected submissions do not carry. */
  submissionsRejected: number | null;
  /** Stored / (stored + rejected), ratio 0..1. */
  validLeadRate: number | null;
}

export interface ReasonKpiRow extends KpiRowKey {
  /** ACCEPTED, REJECTED, DISQUALIFIED or RECYCLED. */
  kind: string;
  reasonCode: string | null;
  leads: number;
}

export interface KpiTables {
  funnel: FunnelKpiRow[];
  response: ResponseKpiRow[];
  cycleTime: CycleTimeKpiRow[];
  slaCompliance: SlaComplianceKpiRow[];
  leadValidity: LeadValidityKpiRow[];
  reasons: ReasonKpiRow[];
}

/** Freshness of the facts behind a table. */
export interface KpiFreshness {
  /**
   * Changes (queue rows) still waiting after the bounded refresh that ran before the query, counted
   * up to `MAX_COUNTED_PENDING_CHANGES`; 0 means the table reflects every committed change.
   */
  pendingChanges: number;
  /** When the query read the facts. */
  computedAt: Date;
}

/** The `KpiTables` key of each report's rows. */
export const KPI_TABLE_KEYS = {
  [KpiReport.Funnel]: 'funnel',
  [KpiReport.Response]: 'response',
  [KpiReport.CycleTime]: 'cycleTime',
  [KpiReport.SlaCompliance]: 'slaCompliance',
  [KpiReport.LeadValidity]: 'leadValidity',
  [KpiReport.Reasons]: 'reasons',
} as const satisfies Record<KpiReport, keyof KpiTables>;

/** The rows of one report. */
export type KpiReportRows<R extends KpiReport> = KpiTables[(typeof KPI_TABLE_KEYS)[R]];
