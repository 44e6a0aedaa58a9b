import { SlaState, leadEntityToAttributes, type LeadEntity, type RoutingTraceEntry as RoutingTraceRow } from '@accord/db';
import { Motion, Stage, type LeadAttributes } from '@accord/governance';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PartnerStatus, PartnerStatusEnum, toPartnerStatus } from '../partner/partner-status';
import { MotionEnum, SlaStateEnum, StageEnum } from '../schema/graphql-enums';
import { ScoreBreakdown, toScoreBreakdown } from './score-breakdown.type';

@ObjectType('Lead', { description: 'A contact moving through the funnel, with its scores, owner, SLA clock and history.' })
export class Lead {
  @Field(() => ID, { description: 'Lead id (UUID).' })
  id!: string;

  @Field(() => String, { description: 'E-mail address as submitted.' })
  email!: string;

  @Field(() => String, { nullable: true, description: 'First name.' })
  firstName!: string | null;

  @Field(() => String, { nullable: true, description: 'Last name.' })
  lastName!: string | null;

  @Field(() => String, { description: 'First and last name, or the e-mail address when both are empty.' })
  fullName!: string;

  @Field(() => String, { nullable: true, description: 'Job title.' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number as submitted.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Company name.' })
  company!: string | null;

  @Field(() => String, { nullable: true, description: 'Company web domain, such as example.com.' })
  companyDomain!: string | null;

  @Field(() => String, { nullable: true, description: 'Industry of the company.' })
  industry!: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of employees of the company.' })
  employeeCount!: number | null;

  @Field(() => Float, { nullable: true, description: 'Annual revenue of the company in whole US dollars.' })
  annualRevenueUsd!: number | null;

  @Field(() => String, { nullable: true, description: 'Country.' })
  country!: string | null;

  @Field(() => String, { nullable: true, description: 'Region or state.' })
  region!: string | null;

  @Field(() => String, { nullable: true, description: 'City.' })
  city!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the lead came from, such as Web or Partner Referral.' })
  source!: string | null;

  @Field(() => MotionEnum, { description: 'Go-to-market motion.' })
  motion!: Motion;

  @Field(() => String, { nullable: true, description: 'What the contact wants to achieve.' })
  useCase!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether consent to contact was captured; null when unknown.' })
  consent!: boolean | null;

  @Field(() => Int, { description: 'Fit with the ideal-customer profile, in points from 0 to 100.' })
  fitScore!: number;

  @Field(() => Int, { description: 'Behaviour (intent) score, in points from 0 to 100.' })
  behaviourScore!: number;

  @Field(() => ScoreBreakdown, { description: 'Why the lead has its scores: the fit weights that matched and its engagement lines.' })
  scoreBreakdown!: ScoreBreakdown;

  @Field(() => StageEnum, { description: 'Current funnel stage.' })
  stage!: Stage;

  @Field(() => PartnerStatusEnum, { description: 'Status for the partner that submitted the lead, derived from the stage.' })
  partnerStatus!: PartnerStatus;

  @Field(() => String, { nullable: true, description: 'Reason code of the exit stage the lead is in; null while it is open.' })
  reasonCode!: string | null;

  @Field(() => SlaStateEnum, { description: 'State of the current stage’s SLA clock.' })
  slaState!: SlaState;

  @Field(() => Date, { nullable: true, description: 'When the current stage’s SLA is breached; null without a running SLA.' })
  slaDueAt!: Date | null;

  @Field(() => Date, { description: 'When the lead first arrived, in Accord or in the system it was imported from.' })
  arrivedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When routing chose an owner.' })
  routedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the current owner was assigned; SLA time starts here.' })
  assignedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When a rep first acted on the lead; speed-to-lead ends here.' })
  firstTouchAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When a rep accepted the hand-off.' })
  acceptedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the lead entered an exit stage or its opportunity closed as WON or LOST.' })
  closedAt!: Date | null;

  @Field(() => Date, { description: 'When the lead was stored in Accord.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the lead’s row last changed: a stage, owner, SLA or field change.' })
  updatedAt!: Date;

  @Field(() => Int, { description: 'Governance version the current stage was entered under.' })
  governanceVersion!: number;

  @Field(() => String, { nullable: true, description: 'Key of the routing pool the lead was routed through; null before routing.' })
  routingPool!: string | null;

  @Field(() => Int, { description: 'Number of times an SLA escalation gave the lead to another owner.' })
  escalationCount!: number;

  @Field(() => StageEnum, {
    nullable: true,
    description: 'Stage whose SLA policy the running clock follows (SAL while an assigned MQL waits for acceptance); null without a clock.',
  })
  slaStage!: Stage | null;

  @Field(() => Date, { nullable: true, description: 'When the running SLA clock started; null without a clock.' })
  slaStartedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the running SLA clock warns the owner; null without a clock or warning.' })
  slaWarnAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Speed to lead: arrival to the first rep touch, in calendar seconds.' })
  speedToLeadSeconds!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Speed to lead in business seconds on the calendar of the owner who touched the lead first; null without a calendar.',
  })
  speedToLeadBusinessSeconds!: number | null;

  @Field(() => Int, { nullable: true, description: 'SLA time to the first touch: assignment to the first rep touch, in calendar seconds.' })
  responseSeconds!: number | null;

  @Field(() => Int, { nullable: true, description: 'SLA time to the first touch in business seconds on the owner’s calendar.' })
  responseBusinessSeconds!: number | null;

  /** Resolved to `routingTrace` by the lead work field resolver. */
  routingTraceRows!: RoutingTraceRow[];

  /** The fields governance rules read; resolved to `missingFieldsForNextStage`. */
  attributes!: LeadAttributes;

  /** Resolved to `owner` by the lead resolver. */
  ownerId!: string | null;

  /** Resolved to `team` by the lead resolver. */
  teamId!: string | null;
}

const STAGES: readonly string[] = Object.values(Stage);
const MOTIONS: readonly string[] = Object.values(Motion);

export function isStage(value: string): value is Stage {
  return STAGES.includes(value);
}

function isMotion(value: string): value is Motion {
  return MOTIONS.includes(value);
}

function describeFullName(entity: LeadEntity): string {
  const name = [entity.firstName, entity.lastName]
    .filter((part): part is string => part !== null && part.trim() !== '')
    .join(' ');

  return name === '' ? entity.email : name;
}

function toSlaStage(entity: LeadEntity): Stage | null {
  if (entity.slaStage !== null && !isStage(entity.slaStage)) {
    throw new Error(`lead ${entity.id} has the unknown SLA stage "${entity.slaStage}"; fix the leads row`);
  }

  return entity.slaStage;
}

export function toLead(entity: LeadEntity): Lead {
  if (!isStage(entity.stage) || !isMotion(entity.motion)) {
    throw new Error(`lead ${entity.id} has the unknown stage "${entity.stage}" or motion "${entity.motion}"; fix the leads row`);
  }

  return {
    id: entity.id,
    email: entity.email,
    firstName: entity.firstName,
    lastName: entity.lastName,
    fullName: describeFullName(entity),
    title: entity.title,
    phone: entity.phone,
    company: entity.company,
    companyDomain: entity.companyDomain,
    industry: entity.industry,
    employeeCount: entity.employeeCount,
    annualRevenueUsd: entity.annualRevenueUsd === null ? null : Number(entity.annualRevenueUsd),
    country: entity.country,
    region: entity.region,
    city: entity.city,
    source: entity.source,
    motion: entity.motion,
    useCase: entity.useCase,
    consent: entity.consent,
    fitScore: entity.fitScore,
    behaviourScore: entity.behaviourScore,
    scoreBreakdown: toScoreBreakdown(entity.scoreBreakdown),
    stage: entity.stage,
    partnerStatus: toPartnerStatus(entity.stage),
    reasonCode: entity.reasonCode,
    slaState: entity.slaState,
    slaDueAt: entity.slaDueAt,
    arrivedAt: entity.arrivedAt,
    routedAt: entity.routedAt,
    assignedAt: entity.assignedAt,
    firstTouchAt: entity.firstTouchAt,
    acceptedAt: entity.acceptedAt,
    closedAt: entity.closedAt,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    governanceVersion: entity.governanceVersion,
    routingPool: entity.routingPool,
    escalationCount: entity.escalationCount,
    slaStage: toSlaStage(entity),
    slaStartedAt: entity.slaStartedAt,
    slaWarnAt: entity.slaWarnAt,
    speedToLeadSeconds: entity.speedToLeadSeconds,
    speedToLeadBusinessSeconds: entity.speedToLeadBusinessSeconds,
    responseSeconds: entity.responseSeconds,
    responseBusinessSeconds: entity.responseBusinessSeconds,
    routingTraceRows: entity.routingTrace,
    attributes: leadEntityToAttributes(entity),
    ownerId: entity.ownerId,
    teamId: entity.teamId,
  };
}
