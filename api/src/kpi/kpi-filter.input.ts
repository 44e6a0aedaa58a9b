import { KpiGroupBy, KpiPeriodUnit } from '@accord/db';
import { Motion } from '@accord/governance';
import { Field, ID, InputType } from 'type-graphql';

import { MotionEnum } from '../schema/graphql-enums';
import { KpiGroupByEnum, KpiPeriodUnitEnum } from './kpi-enums';

@InputType('KpiFilter', {
  description:
    'Which leads a KPI table covers and how its rows are grouped. An absent or empty list does not filter. ' +
    'Each measure counts a lead in the period it entered the stage the measure starts from (for example MQL→SAL by MQL entry).',
})
export class KpiFilterInput {
  @Field(() => String, { description: 'First month covered, YYYY-MM, in timeZone.' })
  fromMonth!: string;

  @Field(() => String, { description: 'Last month covered (included), YYYY-MM, in timeZone; at most 36 months after fromMonth.' })
  toMonth!: string;

  @Field(() => String, {
    nullable: true,
    description: 'IANA time zone of the period boundaries, such as Europe/Berlin; UTC when absent.',
  })
  timeZone?: string | null;

  @Field(() => KpiPeriodUnitEnum, { nullable: true, description: 'Period length; MONTH when absent.' })
  periodUnit?: KpiPeriodUnit | null;

  @Field(() => KpiGroupByEnum, { nullable: true, description: 'Attribute to group rows by; NONE when absent.' })
  groupBy?: KpiGroupBy | null;

  @Field(() => [MotionEnum], { nullable: true, description: 'Leads of any of these motions.' })
  motions?: Motion[] | null;

  @Field(() => [String], { nullable: true, description: 'Leads from any of these sources.' })
  sources?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Leads in any of these industries.' })
  industries?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Company size bands by employee count: 1-49, 50-199, 200-999, 1000+, or UNKNOWN for a missing count.',
  })
  sizeBands?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Leads in any of these countries (ISO 3166-1 alpha-2 codes).' })
  countries?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Leads in any of these regions.' })
  regions?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Leads of any of these teams. A manager may name only their own team.' })
  teamIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Leads currently owned by any of these reps (user ids).' })
  ownerIds?: string[] | null;
}
