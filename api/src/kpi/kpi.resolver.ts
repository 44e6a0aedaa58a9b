import { KpiReport } from '@accord/db';
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';

import { requireCaller } from '../auth/auth-checker';
import type { RequestContext } from '../context/request-context';
import { KpiReportEnum } from './kpi-enums';
import { KpiFilterInput } from './kpi-filter.input';
import {
  CycleTimeKpiTable,
  FunnelKpiTable,
  LeadValidityKpiTable,
  ReasonKpiTable,
  ResponseKpiTable,
  SlaComplianceKpiTable,
} from './kpi-rows.types';
import { KPI_ROLES } from './scope-kpi-filter';
import type { KpiTableResult } from './kpi.service';

const SCOPE_NOTE = 'Managers see only their own team.';

@Resolver()
export class KpiResolver {
  private table<R extends KpiReport>(context: RequestContext, report: R, filter: KpiFilterInput): Promise<KpiTableResult<R>> {
    return context.services.kpis.table(requireCaller(context), report, filter);
  }

  @Authorized(...KPI_ROLES)
  @Query(() => FunnelKpiTable, {
    description: `MQL→SAL, SAL→SQL and SQL→Opportunity conversion (each by the period of entry to the earlier stage) and win rate (by opportunity entry). ${SCOPE_NOTE}`,
  })
  funnelKpis(@Ctx() context: RequestContext, @Arg('filter', () => KpiFilterInput) filter: KpiFilterInput): Promise<FunnelKpiTable> {
    return this.table(context, KpiReport.Funnel, filter);
  }

  @Authorized(...KPI_ROLES)
  @Query(() => ResponseKpiTable, {
    description: `Speed to lead (median and 90th percentile, calendar and business seconds) and contact rate, by arrival period. ${SCOPE_NOTE}`,
  })
  responseKpis(@Ctx() context: RequestContext, @Arg('filter', () => KpiFilterInput) filter: KpiFilterInput): Promise<ResponseKpiTable> {
    return this.table(context, KpiReport.Response, filter);
  }

  @Authorized(...KPI_ROLES)
  @Query(() => CycleTimeKpiTable, {
    description: `Median arrival→opportunity seconds by opportunity period and arrival→close seconds by close period. ${SCOPE_NOTE}`,
  })
  cycleTimeKpis(@Ctx() context: RequestContext, @Arg('filter', () => KpiFilterInput) filter: KpiFilterInput): Promise<CycleTimeKpiTable> {
    return this.table(context, KpiReport.CycleTime, filter);
  }

  @Authorized(...KPI_ROLES)
  @Query(() => SlaComplianceKpiTable, { description: `SLA compliance (MET against BREACHED) per stage. ${SCOPE_NOTE}` })
  slaComplianceKpis(@Ctx() context: RequestContext, @Arg('filter', () => KpiFilterInput) filter: KpiFilterInput): Promise<SlaComplianceKpiTable> {
    return this.table(context, KpiReport.SlaCompliance, filter);
  }

  @Authorized(...KPI_ROLES)
  @Query(() => LeadValidityKpiTable, { description: `Valid-lead rate: leads stored against submissions rejected. ${SCOPE_NOTE}` })
  leadValidityKpis(@Ctx() context: RequestContext, @Arg('filter', () => KpiFilterInput) filter: KpiFilterInput): Promise<LeadValidityKpiTable> {
    return this.table(context, KpiReport.LeadValidity, filter);
  }

  @Authorized(...KPI_ROLES)
  @Query(() => ReasonKpiTable, { description: `Acceptance and rejection reason codes over time. ${SCOPE_NOTE}` })
  reasonKpis(@Ctx() context: RequestContext, @Arg('filter', () => KpiFilterInput) filter: KpiFilterInput): Promise<ReasonKpiTable> {
    return this.table(context, KpiReport.Reasons, filter);
  }

  @Authorized(...KPI_ROLES)
  @Query(() => String, {
    description: `One KPI table as RFC 4180 CSV: a header row of the row type's field names, then the same rows the table query returns. Ratios are 0..1, times seconds, empty cells null. ${SCOPE_NOTE}`,
  })
  kpiCsv(
    @Ctx() context: RequestContext,
    @Arg('report', () => KpiReportEnum) report: KpiReport,
    @Arg('filter', () => KpiFilterInput) filter: KpiFilterInput,
  ): Promise<string> {
    return context.services.kpis.csv(requireCaller(context), report, filter);
  }
}

