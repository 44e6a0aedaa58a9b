import type { GovernanceStatus } from '@accord/db';
import { Motion, ReasonKind, Stage, type GovernanceModel } from '@accord/governance';
import { Field, Int, ObjectType } from 'type-graphql';
import { GovernanceStatusEnum, MotionEnum, ReasonKindEnum, StageEnum } from '../schema/graphql-enums';

@ObjectType('ReasonCode', { description: 'A reason that justifies an accept, reject, disqualify, recycle or lost decision.' })
export class ReasonCode {
  @Field(() => String, { description: 'Stable code stored on transitions, such as NO_BUDGET.' })
  code!: string;

  @Field(() => String, { description: 'Label shown to reps and in reports.' })
  label!: string;

  @Field(() => [ReasonKindEnum], { description: 'Actions this code may justify.' })
  kinds!: ReasonKind[];

  @Field(() => Boolean, { description: 'Whether a note must accompany this code.' })
  noteRequired!: boolean;

  @Field(() => Boolean, { description: 'False for a retired code: readable on old leads, not selectable for new actions.' })
  active!: boolean;
}

@ObjectType('StageDefinition', { description: 'One funnel stage as the published governance model defines it.' })
export class StageDefinition {
  @Field(() => StageEnum, { description: 'The stage.' })
  stage!: Stage;

  @Field(() => String, { description: 'Display name.' })
  label!: string;

  @Field(() => Int, { description: 'Position in the funnel from 1; exits share the order of the stage they leave.' })
  order!: number;

  @Field(() => String, { description: 'What the stage means.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Entry criteria in words; null for stages entered by a rep’s action.' })
  entryCriteria!: string | null;

  @Field(() => [String], { description: 'Lead fields that must be present before a lead may enter the stage.' })
  requiredFields!: string[];

  @Field(() => String, { description: 'Team that owns the stage, such as Marketing or Sales.' })
  ownerTeam!: string;

  @Field(() => String, { description: 'The KPI the stage is measured on.' })
  primaryKpi!: string;

  @Field(() => Int, { nullable: true, description: 'Default SLA target in business seconds; null when the stage has no default SLA.' })
  slaTargetSeconds!: number | null;

  @Field(() => String, { nullable: true, description: 'SLA targets in words, per motion where they differ; null when the stage has no SLA.' })
  slaSummary!: string | null;
}

@ObjectType('MotionDefinition', { description: 'A go-to-market motion and its MQL thresholds.' })
export class MotionDefinition {
  @Field(() => MotionEnum, { description: 'The motion.' })
  motion!: Motion;

  @Field(() => String, { description: 'Display name.' })
  label!: string;

  @Field(() => Int, { description: 'Minimum fit score for MQL, in points from 0 to 100.' })
  fitThreshold!: number;

  @Field(() => Int, { description: 'Minimum behaviour (intent) score for MQL, in points from 0 to 100.' })
  intentThreshold!: number;
}

@ObjectType('GovernanceVersion', { description: 'A version of the governance model.' })
export class GovernanceVersion {
  @Field(() => Int, { description: 'Version number, from 1.' })
  version!: number;

  @Field(() => GovernanceStatusEnum, { description: 'Where the version is in its lifecycle.' })
  status!: GovernanceStatus;

  @Field(() => Date, { nullable: true, description: 'When the version was published; null before that.' })
  publishedAt!: Date | null;

  @Field(() => Date, { description: 'When the version was created.' })
  createdAt!: Date;

  @Field(() => Int, { nullable: true, description: 'The version this one was copied from as a draft; null for a version that was not copied.' })
  basedOn!: number | null;

  @Field(() => [StageDefinition], { description: 'Stages in funnel order.' })
  stages!: StageDefinition[];

  @Field(() => [ReasonCode], { description: 'Reason codes the version defines, retired ones included.' })
  reasonCodes!: ReasonCode[];

  @Field(() => [MotionDefinition], { description: 'Motions and their thresholds.' })
  motions!: MotionDefinition[];

  /** Resolved to `createdBy` by the governance version resolver. */
  createdById!: string | null;

  /** Resolved to `publishedBy` by the governance version resolver. */
  publishedById!: string | null;

  /** The whole document, resolved to `model` and `problems` for admins and managers only. */
  document!: GovernanceModel;
}
