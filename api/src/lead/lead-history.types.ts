import { ActorKind } from '@accord/db';
import { Stage } from '@accord/governance';
import { Field, ID, Int, ObjectType } from 'type-graphql';

import { ReasonCode } from '../governance/governance.types';
import { StageEnum } from '../schema/graphql-enums';

@ObjectType('StageTransition', { description: 'One recorded stage change: who, when, from, to, why and under which governance version.' })
export class StageTransition {
  @Field(() => ID, { description: 'Transition id (UUID).' })
  id!: string;

  @Field(() => StageEnum, { nullable: true, description: 'Stage before the change; null for the lead’s creation.' })
  fromStage!: Stage | null;

  @Field(() => StageEnum, { description: 'Stage after the change.' })
  toStage!: Stage;

  @Field(() => ReasonCode, { nullable: true, description: 'Reason code given for the change, with its label.' })
  reasonCode!: ReasonCode | null;

  @Field(() => String, { nullable: true, description: 'Free-text note given with the change.' })
  note!: string | null;

  @Field(() => Int, { description: 'Governance version that applied.' })
  governanceVersion!: number;

  @Field(() => Date, { description: 'When the change happened.' })
  occurredAt!: Date;

  /** Actor of the change, resolved to `actor` and `actorLabel` by the history resolver. */
  actorKind!: ActorKind;
  actorId!: string | null;
}

@ObjectType('SlaEvent', { description: 'One event of a stage’s SLA clock: armed, warning, breached, escalated, reassigned, met or cancelled.' })
export class SlaEvent {
  @Field(() => ID, { description: 'Event id (UUID).' })
  id!: string;

  @Field(() => String, { description: 'ARMED, WARNING, BREACHED, ESCALATED, REASSIGNED, MET or CANCELLED.' })
  kind!: string;

  @Field(() => StageEnum, { description: 'Stage whose SLA the event belongs to.' })
  stage!: Stage;

  @Field(() => Date, { nullable: true, description: 'SLA deadline in force when the event happened.' })
  dueAt!: Date | null;

  @Field(() => Date, { description: 'When the event happened.' })
  occurredAt!: Date;

  @Field(() => String, { nullable: true, description: 'What happened, in words.' })
  detail!: string | null;

  /** Resolved to `owner` by the history resolver. */
  ownerId!: string | null;
}
