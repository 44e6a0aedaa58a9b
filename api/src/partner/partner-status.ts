import { Stage } from '@accord/governance';
import { registerEnumType } from 'type-graphql';

/**
 * A lead's status in partner terms, derived from its stage, so a partner learns how its lead is
 * doing without learning the internal funnel.
 */
export enum PartnerStatus {
  /** LEAD: received and being checked against the entry criteria. */
  Submitted = 'SUBMITTED',
  /** MQL: qualified and handed to sales, waiting for a rep to accept it. */
  InProgress = 'IN_PROGRESS',
  /** SAL, SQL or OPPORTUNITY: a rep accepted it and is working it. */
  Accepted = 'ACCEPTED',
  /** REJECTED: sales sent it back with a reason code. */
  Rejected = 'REJECTED',
  /** RECYCLED or DISQUALIFIED: closed with a reason code. */
  Closed = 'CLOSED',
}

/** The GraphQL enum, named after the values (`IN_PROGRESS`) like every enum of this schema. */
export const PartnerStatusEnum = Object.fromEntries(Object.values(PartnerStatus).map((value) => [value, value])) as {
  [K in PartnerStatus]: K;
};

registerEnumType(PartnerStatusEnum, {
  name: 'PartnerStatus',
  description:
    'A lead’s status for its partner: SUBMITTED (stage LEAD), IN_PROGRESS (MQL), ACCEPTED (SAL, SQL, OPPORTUNITY), ' +
    'REJECTED (REJECTED) or CLOSED (RECYCLED, DISQUALIFIED, WON, LOST; the stage tells which).',
});

const STATUS_BY_STAGE: Record<Stage, PartnerStatus> = {
  [Stage.Lead]: PartnerStatus.Submitted,
  [Stage.Mql]: PartnerStatus.InProgress,
  [Stage.Sal]: PartnerStatus.Accepted,
  [Stage.Sql]: PartnerStatus.Accepted,
  [Stage.Opportunity]: PartnerStatus.Accepted,
  [Stage.Rejected]: PartnerStatus.Rejected,
  [Stage.Recycled]: PartnerStatus.Closed,
  [Stage.Disqualified]: PartnerStatus.Closed,
  [Stage.Won]: PartnerStatus.Closed,
  [Stage.Lost]: PartnerStatus.Closed,
};

export function toPartnerStatus(stage: Stage): PartnerStatus {
  return STATUS_BY_STAGE[stage];
}
