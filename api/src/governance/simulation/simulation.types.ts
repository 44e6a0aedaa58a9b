import { Motion } from '@accord/governance';
import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';

import { MotionEnum } from '../../schema/graphql-enums';

export const MAX_SIMULATION_DAYS = 365;
export const DEFAULT_SIMULATION_DAYS = 90;

@ArgsType()
export class SimulateGovernanceArgs {
  @Field(() => Int, { description: 'The version to try, usually a draft.' })
  version!: number;

  @Min(1, { message: `days must be from 1 to ${MAX_SIMULATION_DAYS}` })
  @Max(MAX_SIMULATION_DAYS, { message: `days must be from 1 to ${MAX_SIMULATION_DAYS}` })
  @Field(() => Int, {
    defaultValue: DEFAULT_SIMULATION_DAYS,
    description: `Leads that arrived in this many past days, from 1 to ${MAX_SIMULATION_DAYS}.`,
  })
  days!: number;
}

@ObjectType('MotionSimulation', { description: 'MQLs of one motion under the published version and under the simulated one.' })
export class MotionSimulation {
  @Field(() => MotionEnum, { description: 'The motion.' })
  motion!: Motion;

  @Field(() => Int, { description: 'Leads of the motion in the period.' })
  leadCount!: number;

  @Field(() => Int, { description: 'Leads the published version makes MQL.' })
  baselineMql!: number;

  @Field(() => Int, { description: 'Leads the simulated version would make MQL.' })
  draftMql!: number;
}

@ObjectType('LoadSimulation', { description: 'One row of a load table under the published version and under the simulated one.' })
export class LoadSimulation {
  @Field(() => String, { description: 'A user id, a team key or a stage.' })
  key!: string;

  @Field(() => String, { description: 'The user’s name, the team’s label or the stage’s label.' })
  label!: string;

  @Field(() => Int, { description: 'Under the published version.' })
  baseline!: number;

  @Field(() => Int, { description: 'Under the simulated version.' })
  draft!: number;
}

@ObjectType('OutcomeSimulation', { description: 'How the simulated version’s MQL decisions compare with what happened to the leads.' })
export class OutcomeSimulation {
  @Field(() => Int, { description: 'Accepted leads that the published version made MQL and the simulated one would not.' })
  acceptedKeptOut!: number;

  @Field(() => Int, { description: 'Won leads that the published version made MQL and the simulated one would not.' })
  wonKeptOut!: number;

  @Field(() => Int, { description: 'Rejected leads that the simulated version would make MQL and the published one did not.' })
  rejectedLetIn!: number;

  @Field(() => Int, { description: 'Accepted leads in the period (reached SAL or SQL, not OPPORTUNITY).' })
  acceptedTotal!: number;

  @Field(() => Int, { description: 'Won leads in the period (reached OPPORTUNITY).' })
  wonTotal!: number;

  @Field(() => Int, { description: 'Rejected leads in the period.' })
  rejectedTotal!: number;
}

@ObjectType('SimulationResult', {
  description: 'A governance version replayed over the leads of a past period, next to the published version.',
})
export class SimulationResult {
  @Field(() => Int, { description: 'The simulated version.' })
  version!: number;

  @Field(() => Int, { description: 'The published version it is compared with.' })
  baselineVersion!: number;

  @Field(() => Int, { description: 'Length of the period in days.' })
  days!: number;

  @Field(() => Int, { description: 'Leads that arrived in the period.' })
  leadCount!: number;

  @Field(() => Int, { description: 'Time the server took to load the leads and simulate, in milliseconds.' })
  elapsedMs!: number;

  @Field(() => [MotionSimulation], { description: 'MQLs per motion.' })
  motions!: MotionSimulation[];

  @Field(() => [LoadSimulation], { description: 'MQLs per rep.' })
  repLoad!: LoadSimulation[];

  @Field(() => [LoadSimulation], { description: 'MQLs per team.' })
  teamLoad!: LoadSimulation[];

  @Field(() => [LoadSimulation], { description: 'Per stage: business hours of SLA clocks the MQLs would arm.' })
  slaLoad!: LoadSimulation[];

  @Field(() => OutcomeSimulation, { description: 'MQL decisions against what happened to the leads.' })
  outcomes!: OutcomeSimulation;
}
