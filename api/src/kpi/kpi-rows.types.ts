import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType()
abstract class KpiRowKey {
  @Field(() => Date, { description: 'First instant of the period in the filter time zone.' })
  periodStart!: Date;

  @Field(() => String, { description: 'The period: YYYY-MM for months, YYYY-MM-DD of the Monday for weeks, in the filter time zone.' })
  period!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Value of the groupBy attribute (a team or user id for TEAM and REP); null for NONE or leads without a value.',
  })
  group!: string | null;
}

@ObjectType('FunnelKpiRow', {
  description: 'Stage conversions of one period and group. Each conversion counts the leads that first entered its earlier stage in the period.',
})
export class FunnelKpiRow extends KpiRowKey {
  @Field(() => Int, { description: 'Leads that first became MQL in the period.' })
  mqlEntered!: number;

  @Field(() => Int, { description: 'Of mqlEntered, leads that reached SAL at any later time.' })
  mqlReachedSal!: number;

  @Field(() => Float, { nullable: true, description: 'mqlReachedSal / mqlEntered, ratio 0..1; null when mqlEntered is 0.' })
  mqlToSalRate!: number | null;

  @Field(() => Int, { description: 'Leads that first became SAL in the period.' })
  salEntered!: number;

  @Field(() => Int, { description: 'Of salEntered, leads that reached SQL.' })
  salReachedSql!: number;

  @Field(() => Float, { nullable: true, description: 'salReachedSql / salEntered, ratio 0..1.' })
  salToSqlRate!: number | null;

  @Field(() => Int, { description: 'Leads that first became SQL in the period.' })
  sqlEntered!: number;

  @Field(() => Int, { description: 'Of sqlEntered, leads that reached OPPORTUNITY.' })
  sqlReachedOpportunity!: number;

  @Field(() => Float, { nullable: true, description: 'sqlReachedOpportunity / sqlEntered, ratio 0..1.' })
  sqlToOpportunityRate!: number | null;

  @Field(() => Int, { description: 'Leads that first became OPPORTUNITY in the period.' })
  opportunityEntered!: number;

  @Field(() => Int, { description: 'Of opportunityEntered, opportunities won (stage WON).' })
  won!: number;

  @Field(() => Int, { description: 'Of opportunityEntered, opportunities lost (stage LOST).' })
  lost!: number;

  @Field(() => Float, { nullable: true, description: 'won / (won + lost), ratio 0..1; null while none is closed.' })
  winRate!: number | null;
}

@ObjectType('ResponseKpiRow', { description: 'Speed to lead and contact rate of the leads that arrived in one period and group.' })
export class ResponseKpiRow extends KpiRowKey {
  @Field(() => Int, { description: 'Leads that arrived in the period.' })
  leadsArrived!: number;

  @Field(() => Int, { description: 'Of leadsArrived, leads a rep has touched (contacted) so far.' })
  leadsTouched!: number;

  @Field(() => Float, { nullable: true, description: 'Median arrival to first touch, calendar seconds; null without touched leads.' })
  speedToLeadMedianSeconds!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile of arrival to first touch, calendar seconds.' })
  speedToLeadP90Seconds!: number | null;

  @Field(() => Float, { nullable: true, description: "Median arrival to first touch, business seconds on the toucher's calendar." })
  speedToLeadMedianBusinessSeconds!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile of arrival to first touch, business seconds.' })
  speedToLeadP90BusinessSeconds!: number | null;

  @Field(() => Int, { description: 'Of leadsArrived, leads routed to an owner.' })
  leadsRouted!: number;

  @Field(() => Int, { description: 'Of leadsRouted, leads with at least one contact attempt.' })
  leadsRoutedContacted!: number;

  @Field(() => Float, { nullable: true, description: 'leadsRoutedContacted / leadsRouted, ratio 0..1.' })
  contactRate!: number | null;
}

@ObjectType('CycleTimeKpiRow', { description: 'Median cycle times of one period and group.' })
export class CycleTimeKpiRow extends KpiRowKey {
  @Field(() => Int, { description: 'Leads that first became OPPORTUNITY in the period.' })
  opportunities!: number;

  @Field(() => Float, { nullable: true, description: 'Median arrival to first OPPORTUNITY entry of those leads, seconds.' })
  arrivalToOpportunityMedianSeconds!: number | null;

  @Field(() => Int, { description: 'Opportunities first closed (WON or LOST) in the period.' })
  closed!: number;

  @Field(() => Float, { nullable: true, description: 'Median arrival to close of those opportunities, seconds.' })
  arrivalToCloseMedianSeconds!: number | null;
}

@ObjectType('SlaComplianceKpiRow', {
  description: "SLA outcomes of one stage, period and group, by the period the stage's SLA clock was first armed. BREACHED wins over a later MET.",
})
export class SlaComplianceKpiRow extends KpiRowKey {
  @Field(() => String, { description: 'The stage whose SLA this is (SAL while an assigned MQL awaits acceptance).' })
  stage!: string;

  @Field(() => Int, { description: 'Leads that met the stage SLA.' })
  met!: number;

  @Field(() => Int, { description: 'Leads that breached the stage SLA.' })
  breached!: number;

  @Field(() => Float, { nullable: true, description: 'met / (met + breached), ratio 0..1.' })
  complianceRate!: number | null;
}

@ObjectType('LeadValidityKpiRow', { description: 'Leads stored against submissions rejected in one period.' })
export class LeadValidityKpiRow extends KpiRowKey {
  @Field(() => Int, { description: 'Leads that arrived in the period.' })
  leadsStored!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Submissions rejected as invalid or duplicate in the period; null when the filter or groupBy names a lead attribute, which rejected submissions do not carry.',
  })
  submissionsRejected!: number | null;

  @Field(() => Float, { nullable: true, description: 'leadsStored / (leadsStored + submissionsRejected), ratio 0..1.' })
  validLeadRate!: number | null;
}

@ObjectType('ReasonKpiRow', {
  description: "Leads by the reason code of their first acceptance, rejection, disqualification or recycle, in the period of that transition.",
})
export class ReasonKpiRow extends KpiRowKey {
  @Field(() => String, { description: 'ACCEPTED (entry to SAL), REJECTED, DISQUALIFIED or RECYCLED.' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'The reason code; null when the transition carried none.' })
  reasonCode!: string | null;

  @Field(() => Int, { description: 'Leads.' })
  leads!: number;
}

@ObjectType()
abstract class KpiTableFreshness {
  @Field(() => Int, {
    description: 'Changes not yet in the figures (counted up to 100,000); 0 means every committed change is included.',
  })
  pendingChanges!: number;

  @Field(() => Date, { description: 'When the figures were computed.' })
  computedAt!: Date;
}

@ObjectType('FunnelKpiTable', { description: 'Funnel conversion and win rate rows, ordered by period and group.' })
export class FunnelKpiTable extends KpiTableFreshness {
  @Field(() => [FunnelKpiRow], { description: 'One row per period and group with any entry.' })
  rows!: FunnelKpiRow[];
}

@ObjectType('ResponseKpiTable', { description: 'Speed to lead and contact rate rows, ordered by period and group.' })
export class ResponseKpiTable extends KpiTableFreshness {
  @Field(() => [ResponseKpiRow], { description: 'One row per period and group with any arrival.' })
  rows!: ResponseKpiRow[];
}

@ObjectType('CycleTimeKpiTable', { description: 'Cycle time rows, ordered by period and group.' })
export class CycleTimeKpiTable extends KpiTableFreshness {
  @Field(() => [CycleTimeKpiRow], { description: 'One row per period and group with an opportunity or a close.' })
  rows!: CycleTimeKpiRow[];
}

@ObjectType('SlaComplianceKpiTable', { description: 'SLA compliance rows, ordered by period, group and stage.' })
export class SlaComplianceKpiTable extends KpiTableFreshness {
  @Field(() => [SlaComplianceKpiRow], { description: 'One row per period, group and stage with an SLA outcome.' })
  rows!: SlaComplianceKpiRow[];
}

@ObjectType('LeadValidityKpiTable', { description: 'Valid-lead rate rows, ordered by period and group.' })
export class LeadValidityKpiTable extends KpiTableFreshness {
  @Field(() => [LeadValidityKpiRow], { description: 'One row per period and group with a stored lead or a rejection.' })
  rows!: LeadValidityKpiRow[];
}

@ObjectType('ReasonKpiTable', { description: 'Reason code rows, ordered by period, group, kind and reason code.' })
export class ReasonKpiTable extends KpiTableFreshness {
  @Field(() => [ReasonKpiRow], { description: 'One row per period, group, kind and reason code.' })
  rows!: ReasonKpiRow[];
}
