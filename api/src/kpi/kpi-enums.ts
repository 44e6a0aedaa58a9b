import { KpiGroupBy, KpiPeriodUnit, KpiReport } from '@accord/db';
import { registerEnumType } from 'type-graphql';

import { keyedByValue } from '../schema/graphql-enums';

export const KpiReportEnum = keyedByValue(Object.values(KpiReport));
export const KpiGroupByEnum = keyedByValue(Object.values(KpiGroupBy));
export const KpiPeriodUnitEnum = keyedByValue(Object.values(KpiPeriodUnit));

registerEnumType(KpiReportEnum, {
  name: 'KpiReport',
  description: 'A KPI table, for kpiCsv.',
  valuesConfig: {
    FUNNEL: { description: 'funnelKpis: conversions and win rate.' },
    RESPONSE: { description: 'responseKpis: speed to lead and contact rate.' },
    CYCLE_TIME: { description: 'cycleTimeKpis: arrival to opportunity and to close.' },
    SLA_COMPLIANCE: { description: 'slaComplianceKpis: SLA outcomes per stage.' },
    LEAD_VALIDITY: { description: 'leadValidityKpis: leads stored against submissions rejected.' },
    REASONS: { description: 'reasonKpis: acceptance and rejection reason codes.' },
  },
});

registerEnumType(KpiGroupByEnum, {
  name: 'KpiGroupBy',
  description: 'The lead attribute KPI rows are grouped by besides the period. TEAM and REP group by id.',
});

registerEnumType(KpiPeriodUnitEnum, {
  name: 'KpiPeriodUnit',
  description: 'Length of a KPI period: calendar MONTH, or ISO WEEK starting on Monday, in the filter time zone.',
});
