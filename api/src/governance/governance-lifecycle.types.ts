import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('ModelProblem', { description: 'One problem of a governance model, with the path of the value at fault.' })
export class ModelProblem {
  @Field(() => String, { description: 'Location in the model, such as stages[2].sla.default.calendarKey.' })
  path!: string;

  @Field(() => String, { description: 'What is wrong and how to fix it.' })
  message!: string;
}

@ObjectType('GovernanceDiffEntry', { description: 'One changed field between two governance versions.' })
export class GovernanceDiffEntry {
  @Field(() => String, { description: 'Location of the change, such as motions[0].fitThreshold.' })
  path!: string;

  @Field(() => String, { description: 'The change in words, such as “MQL fit threshold for inbound: 60 → 70”.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'The old value in words; null when the item is new.' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'The new value in words; null when the item was removed.' })
  after!: string | null;
}

@ObjectType('ReasonCodeUsage', { description: 'How much a reason code of the catalogue is used.' })
export class ReasonCodeUsage {
  @Field(() => String, { description: 'The reason code, such as NO_BUDGET.' })
  code!: string;

  @Field(() => String, { description: 'Label of the code in the catalogue.' })
  label!: string;

  @Field(() => Boolean, { description: 'Whether the published version offers the code for new actions.' })
  active!: boolean;

  @Field(() => Int, { description: 'Open leads (LEAD, MQL, SAL, SQL) whose current reason is the code.' })
  leadCount!: number;

  @Field(() => Int, { description: 'Stage transitions of any lead that name the code.' })
  transitionCount!: number;
}
