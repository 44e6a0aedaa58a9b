import { splitScoreBreakdown, type ScoreBreakdownLine } from '@accord/governance';
import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('FitScoreLine', { description: 'One fit weight that matched the lead.' })
export class FitScoreLine {
  @Field(() => String, { description: 'Lead field the weight reads, such as industry.' })
  field!: string;

  @Field(() => String, { description: 'The weight in words, such as `industry is "Banking"`.' })
  matched!: string;

  @Field(() => Float, { description: 'Points the weight adds (negative points subtract).' })
  points!: number;
}

@ObjectType('BehaviourScoreLine', { description: 'The engagement events of one name and what they count now.' })
export class BehaviourScoreLine {
  @Field(() => String, {
    description: 'Event name, such as demo_request; "submitted score" is the behaviour score the lead was submitted with.',
  })
  event!: string;

  @Field(() => Int, { description: 'Number of events of this name.' })
  count!: number;

  @Field(() => Float, { description: 'Points of these events before decay.' })
  points!: number;

  @Field(() => Float, { description: 'Points of these events after decay at the time of the last rescoring, to one decimal place.' })
  decayedPoints!: number;
}

@ObjectType('ScoreBreakdown', { description: 'Why the lead has its fit and behaviour scores.' })
export class ScoreBreakdown {
  @Field(() => [FitScoreLine], { description: 'Fit weights that matched, in the order of the scoring model.' })
  fit!: FitScoreLine[];

  @Field(() => [BehaviourScoreLine], { description: 'Engagement lines; empty until the lead has a scored engagement event.' })
  behaviour!: BehaviourScoreLine[];
}

export function toScoreBreakdown(lines: readonly ScoreBreakdownLine[]): ScoreBreakdown {
  return splitScoreBreakdown(lines);
}
